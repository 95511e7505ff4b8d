package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.Claim;
import org.newsdesk.claimcheck.ClaimId;
import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.DraftText;
import org.newsdesk.claimcheck.Evidence;
import org.newsdesk.claimcheck.Verdict;

/**
 * Decides, claim by claim, whether the sources support a draft.
 *
 * <ul>
 * <li>A figure is supported by a source figure of the same kind, currency and unit with the same value
 * within the rounding the draft writes it with ("€3B" for "€3.2 billion", "~$4B" for "$3.96 billion"),
 * unless the source says it of another name (a swapped entity: see {@code consistentSubject}), counts
 * something else ("13,800 employees" for "13,800 GPUs") or is another kind of money (debt for revenue).
 * <li>An amount in a currency the sources do not give it in is an unsourced conversion when it is about what
 * another amount beside it, or in the sources, comes to at a plausible exchange rate.
 * <li>A date is supported by the same date in a source, or by a date written without a year that the
 * publication date fixes; a year the sources do not fix is flagged as added.
 * <li>A percentage may be derived from two amounts of its sentence, and a difference in points from two
 * percentages of a source sentence; a ratio ("nearly double") and a period
 * ("half a year") are supported only when figures or dates stand in that relation.
 * <li>A name is supported when a source spells it, a gazetteer alias of it, or a distinctive word of it.
 * </ul>
 */
public final class Verifier {

    private static final Pattern CONVERSION_GAP = Pattern.compile("[\\s(\\[~≈约合折,/:：=]*(?:(?:or|soit|i\\.e\\.|about|approximately|roughly|around|environ|près de|some|即)[\\s(~≈约]*)?");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMPACT = Pattern.compile("[\\s\\u00A0\\u202F~≈]");

    record Outcome(Verdict verdict, String rule, List<Evidence> evidence) {
        static Outcome supported(String rule, List<Evidence> evidence) {
            return new Outcome(Verdict.SUPPORTED, rule, evidence);
        }

        static Outcome unsupported(String rule) {
            return new Outcome(Verdict.UNSUPPORTED, rule, List.of());
        }
    }

    private final SourceIndex index;
    private final List<Doc> draft = new ArrayList<>();
    private final Set<String> draftAliasIds = new HashSet<>();
    private final Set<String> draftNameWords = new HashSet<>();
    private final Set<String> draftUnaliasedNameWords = new HashSet<>();
    private final Map<List<Mention>, Map<String, List<Mention>>> groupedScopes = new java.util.IdentityHashMap<>();
    private List<Mention> wholeDraft;
    private final Map<String, List<Mention>> draftByLanguage = new HashMap<>();

    private Verifier(SourceIndex index) {
        this.index = index;
    }

    /** Checks every field of a draft against prepared sources. */
    public static List<Claim> check(List<DraftText> texts, SourceIndex index) {
        return new Verifier(index).run(texts);
    }

    private List<Claim> run(List<DraftText> texts) {
        Set<String> lower = new HashSet<>();
        for (DraftText t : texts) {
            Doc d = new Doc(null, t.field(), t.language(), t.text(), null);
            d.lowerCaseWords(lower);
            draft.add(d);
        }
        Extractor.Words words = new Extractor.Words() {
            @Override
            public boolean seenInLowerCase(String w) {
                return lower.contains(w) || index.lowerCaseWords.contains(w);
            }

            @Override
            public boolean knownName(String key) {
                return index.knownName(key);
            }
        };
        for (Doc d : draft) {
            d.extract(words);
            for (Mention m : d.mentions) {
                if (m.kind == ClaimKind.ENTITY) {
                    if (m.aliasId != null) {
                        draftAliasIds.add(m.aliasId);
                    } else {
                        draftUnaliasedNameWords.addAll(m.words);
                    }
                    draftNameWords.addAll(m.words);
                }
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (Doc d : draft) {
            Map<String, Integer> occurrences = new HashMap<>();
            for (Mention m : d.mentions) {
                if (m.weak) {
                    continue;
                }
                Outcome o = verify(m);
                String text = d.text.substring(m.start, m.end);
                String key = d.field + ":" + d.language + ":" + m.kind + ":" + WHITESPACE.matcher(text).replaceAll(" ");
                int n = occurrences.merge(key, 1, Integer::sum);
                claims.add(new Claim(new ClaimId(key + "#" + n), d.field, d.language, m.start, m.end, text, m.kind,
                        m.value, o.verdict(), cited(o), o.evidence()));
            }
        }
        return claims;
    }

    /**
     * The rule with the source that decided it, by title, and the passage quoted: "same value: €3B = 3 milliards
     * d'euros — «Mistral AI lève 3 milliards»: “Mistral AI lève 3 milliards d'euros.”".
     */
    static String cited(Outcome o) {
        if (o.evidence().isEmpty() || o.rule() == null) {
            return o.rule();
        }
        Evidence e = o.evidence().get(0);
        String title = e.sourceTitle() == null ? e.sourceId().value() : e.sourceTitle();
        String name = title.equals(e.sourceId().value()) ? title : "«" + title + "»";
        if (e.passageEnd() == 0) {
            return o.rule() + " — " + name + ", " + e.passage();
        }
        String passage = e.passage().strip().replaceAll("\\s+", " ");
        if (passage.length() > 200) {
            int at = Math.max(0, passage.indexOf(e.matched().strip()));
            int from = Math.max(0, at - 90);
            int to = Math.min(passage.length(), at + e.matched().length() + 90);
            passage = (from > 0 ? "…" : "") + passage.substring(from, to).strip() + (to < passage.length() ? "…" : "");
        }
        return o.rule() + " — " + name + ": “" + passage + "”";
    }

    private Outcome verify(Mention m) {
        return switch (m.kind) {
            case AMOUNT -> amount(m);
            case COUNT -> count(m);
            case PERCENT -> percent(m);
            case DATE -> date(m);
            case PERIOD -> period(m);
            case RATIO -> ratio(m);
            case ENTITY -> name(m);
        };
    }

    // ---------------------------------------------------------------- figures

    private static List<Mention> candidates(NavigableMap<Double, List<Mention>> map, Mention d) {
        List<Mention> out = new ArrayList<>();
        if (map == null) {
            return out;
        }
        double v = d.number();
        double low = v >= 0 ? v * 0.6 : v * 1.7;
        double high = v >= 0 ? v * 1.7 : v * 0.6;
        for (List<Mention> ms : map.subMap(low, true, high, true).values()) {
            for (Mention s : ms) {
                if (sameValue(d, s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static boolean sameValue(Mention d, Mention s) {
        double dv = d.number();
        double sv = s.number();
        if (equal(dv, sv)) {
            return true;
        }
        if (sv == 0) {
            return false;
        }
        double rel = Math.abs(dv - sv) / Math.abs(sv);
        return switch (d.hedge) {
            case APPROX -> rel <= 0.12;
            case AT_LEAST -> sv >= dv * 0.999 && sv <= dv * 1.6;
            case AT_MOST -> sv <= dv * 1.001 && sv >= dv * 0.6;
            case EXACT -> rel <= 0.1 && d.digits > 0 && equal(roundTo(sv, d.digits), dv);
        };
    }

    static boolean equal(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    static double roundTo(double v, int digits) {
        return new BigDecimal(Double.toString(v)).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
    }

    private String matchRule(Mention d, Mention s) {
        String rule;
        if (!equal(d.number(), s.number())) {
            rule = "within rounding: " + d.text + " ≈ " + s.text;
        } else if (compact(d.text).equals(compact(s.text))) {
            rule = "same value";
        } else if (d.wanYi != s.wanYi) {
            rule = "unit conversion " + d.text + " = " + s.text;
        } else {
            rule = "same value: " + d.text + " = " + s.text;
        }
        Mention partner = conversionPartner(s);
        if (partner != null && s.kind == ClaimKind.AMOUNT) {
            rule += " (conversion given in " + s.doc.label() + ": " + partner.text + " = " + s.text + ")";
        }
        return rule;
    }

    private static String compact(String s) {
        return COMPACT.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static Evidence evidence(Mention s) {
        Doc d = s.doc;
        int ps = d.passageStart(s);
        int pe = d.passageEnd(s);
        return new Evidence(d.sourceId, d.text.substring(ps, pe), ps, pe, d.text.substring(s.start, s.end), s.start, s.end, d.title);
    }

    /** Supported by the first candidate said of the same name; a swapped entity when all are said of another. */
    private Outcome attach(Mention d, List<Mention> candidates, String note) {
        Mention conflict = null;
        Mention best = null;
        String otherClause = null;
        for (Mention s : candidates) {
            if (d.subject == null || consistentSubject(d, s)) {
                String clash = Clauses.otherClause(d, s);
                if (clash != null) {
                    otherClause = otherClause == null ? clash : otherClause;
                    continue;
                }
                if (best == null || !equal(best.number(), d.number()) && equal(s.number(), d.number())) {
                    best = s;
                }
            } else if (conflict == null) {
                conflict = s;
            }
        }
        if (best != null) {
            return Outcome.supported(matchRule(d, best) + note, List.of(evidence(best)));
        }
        if (conflict == null) {
            return Outcome.unsupported(otherClause);
        }
        if (conflict.subject == null) {
            return Outcome.unsupported("swapped name: in " + conflict.doc.label() + " \"" + conflict.text + "\" is not said of " + d.subject.text
                    + ", which goes with another figure there");
        }
        return Outcome.unsupported("swapped name: in " + conflict.doc.label() + " \"" + conflict.text + "\" goes with "
                + conflict.subject.text + ", not " + d.subject.text);
    }

    /**
     * Whether a source figure may be the draft's: it is said of the same name or of none, or of another name
     * that neither owns a different figure of the draft's name in that sentence nor is missing from the
     * sentence while the draft names the source's one elsewhere.
     */
    private boolean consistentSubject(Mention d, Mention s) {
        Mention sourceSubject = s.subject;
        Mention draftSubject = d.subject;
        if (sourceSubject != null && draftSubject.sameEntity(sourceSubject)) {
            return true;
        }
        List<Mention> sentence = index.sentenceOf(s);
        boolean draftSubjectOwnsAnother = sentence.stream().anyMatch(x -> x != s && x.kind == s.kind && x.subject != null
                && x.subject.sameEntity(draftSubject) && !sameValue(d, x));
        if (draftSubjectOwnsAnother) {
            return false;
        }
        if (sourceSubject == null) {
            return true;
        }
        boolean named = sentence.stream().anyMatch(x -> x.kind == ClaimKind.ENTITY && x.sameEntity(draftSubject));
        return named || !namedInDraft(sourceSubject);
    }

    /** Whether the draft names this entity anywhere (the test of {@link Mention#sameEntity}, by set lookups). */
    private boolean namedInDraft(Mention e) {
        if (e.aliasId != null && draftAliasIds.contains(e.aliasId)) {
            return true;
        }
        Set<String> words = e.aliasId == null ? draftNameWords : draftUnaliasedNameWords;
        for (String w : e.words) {
            if (w.length() >= 3 && !Lexicon.NOT_NAMES.contains(w) && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Outcome amount(Mention d) {
        ClaimValue.Amount a = (ClaimValue.Amount) d.value;
        List<Mention> found = candidates(index.amounts.get(a.currency()), d);
        if (!found.isEmpty()) {
            List<Mention> sameMeaning = found.stream().filter(s -> d.meaning == null || s.meaning == null || d.meaning.equals(s.meaning)).toList();
            if (sameMeaning.isEmpty()) {
                Mention other = found.get(0);
                return Outcome.unsupported("different meaning: in " + other.doc.label() + " " + other.text + " is " + other.meaning
                        + ", not " + d.meaning);
            }
            return attach(d, sameMeaning, "");
        }
        Mention partner = conversionPartner(d);
        if (partner != null) {
            ClaimValue.Amount p = (ClaimValue.Amount) partner.value;
            double rate = a.value() / p.value();
            double[] band = rateBand(p.currency(), a.currency());
            if (band != null) {
                String rateText = String.format(Locale.ROOT, "%.3f %s per %s", rate, a.currency(), p.currency());
                if (rate >= band[0] && rate <= band[1]) {
                    return new Outcome(Verdict.UNSOURCED_CONVERSION, "converted from " + partner.text + " at " + rateText
                            + "; no source gives this " + a.currency() + " figure", List.of());
                }
                return Outcome.unsupported("as a conversion of " + partner.text + " it implies " + rateText
                        + ", which is no plausible rate; no source gives this " + a.currency() + " figure");
            }
        }
        for (Map.Entry<String, NavigableMap<Double, List<Mention>>> e : index.amounts.entrySet()) {
            double[] band = rateBand(e.getKey(), a.currency());
            if (e.getKey().equals(a.currency()) || band == null) {
                continue;
            }
            double mid = (band[0] + band[1]) / 2;
            Mention closest = null;
            for (List<Mention> ms : e.getValue().subMap(a.value() / band[1], true, a.value() / band[0], true).values()) {
                for (Mention s : ms) {
                    if (closest == null || Math.abs(a.value() / s.number() - mid) < Math.abs(a.value() / closest.number() - mid)) {
                        closest = s;
                    }
                }
            }
            if (closest != null) {
                return new Outcome(Verdict.UNSOURCED_CONVERSION, "looks like " + closest.text + " (" + closest.doc.label()
                        + ") converted at " + String.format(Locale.ROOT, "%.3f %s per %s", a.value() / closest.number(), a.currency(), e.getKey())
                        + "; no source gives this " + a.currency() + " figure", List.of());
            }
        }
        return Outcome.unsupported(missing(d, index.amounts.get(a.currency())));
    }

    /** Units of {@code to} per unit of {@code from}, as wide as the rates of the last decade. */
    static double[] rateBand(String from, String to) {
        double[] f = Lexicon.usdBand(from);
        double[] t = Lexicon.usdBand(to);
        if (f == null || t == null) {
            return null;
        }
        return new double[] {f[0] / t[1], f[1] / t[0]};
    }

    /** An amount in another currency written right beside this one: "€3B ($3.5B)", "30亿欧元(约35亿美元)". */
    private static Mention conversionPartner(Mention m) {
        if (m.kind != ClaimKind.AMOUNT || m.doc == null) {
            return null;
        }
        List<Mention> all = m.doc.mentions;
        int i = m.position;
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= all.size() || all.get(j).kind != ClaimKind.AMOUNT) {
                continue;
            }
            Mention o = all.get(j);
            if (((ClaimValue.Amount) o.value).currency().equals(((ClaimValue.Amount) m.value).currency())) {
                continue;
            }
            int from = Math.min(m.end, o.end);
            int to = Math.max(m.start, o.start);
            if (to - from <= 20 && to >= from && CONVERSION_GAP.matcher(m.doc.folded.substring(from, to).toLowerCase(Locale.ROOT)).matches()) {
                return o;
            }
        }
        return null;
    }

    private String missing(Mention d, NavigableMap<Double, List<Mention>> map) {
        String base = "no source gives " + d.text.strip();
        if (map == null || map.isEmpty() || d.number() <= 0) {
            return base;
        }
        double v = d.number();
        for (double factor : new double[] {1e3, 1e-3, 1e6, 1e-6, 1e4, 1e-4, 10, 0.1, 100, 0.01}) {
            List<Mention> ms = map.get(v * factor);
            if (ms == null) {
                for (List<Mention> near : map.subMap(v * factor * 0.999, true, v * factor * 1.001, true).values()) {
                    ms = near;
                }
            }
            if (ms != null && !ms.isEmpty()) {
                Mention s = ms.get(0);
                String ratio = factor >= 1 ? "×" + plain(factor) : "÷" + plain(1 / factor);
                return base + "; " + s.doc.label() + " gives " + s.text + " (wrong magnitude: " + ratio + ")";
            }
        }
        return base;
    }

    private Outcome count(Mention d) {
        ClaimValue.Count c = (ClaimValue.Count) d.value;
        if (c.unit() == null) {
            List<Mention> found = candidates(index.figures, d);
            return found.isEmpty() ? Outcome.unsupported(missing(d, index.figures)) : attach(d, found, "");
        }
        List<Mention> found = candidates(index.counts, d);
        List<Mention> sameUnit = new ArrayList<>();
        List<Mention> noUnit = new ArrayList<>();
        Mention other = null;
        for (Mention s : found) {
            String u = ((ClaimValue.Count) s.value).unit();
            if (u == null) {
                noUnit.add(s);
            } else if (Lexicon.compatibleUnits(u, c.unit())) {
                sameUnit.add(s);
            } else if (other == null) {
                other = s;
            }
        }
        if (!sameUnit.isEmpty()) {
            return attach(d, sameUnit, "");
        }
        if (other != null) {
            return Outcome.unsupported("different meaning: in " + other.doc.label() + " " + other.text + " counts "
                    + ((ClaimValue.Count) other.value).unit() + ", not " + c.unit());
        }
        if (!noUnit.isEmpty()) {
            return attach(d, noUnit, " (the source does not say what it counts)");
        }
        return Outcome.unsupported(missing(d, index.counts));
    }

    private Outcome percent(Mention d) {
        List<Mention> found = candidates(index.percents, d);
        if (!found.isEmpty()) {
            return attach(d, found, "");
        }
        double p = d.number();
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        for (Mention a : sentence) {
            for (Mention b : sentence) {
                if (a == b || !comparable(a, b) || b.number() == 0) {
                    continue;
                }
                double q = a.number() / b.number();
                double[] derived = {(q - 1) * 100, q * 100, (1 - q) * 100};
                String[] how = {" − 1", "", "1 − "};
                for (int i = 0; i < derived.length; i++) {
                    if (derived[i] > 0 && (equal(roundTo(derived[i], d.digits), p) || d.hedge != Mention.Hedge.EXACT && Math.abs(derived[i] - p) <= 0.1 * p)) {
                        String ratio = ratioText(a, b);
                        String expr = i == 2 ? "1 − " + ratio : ratio + how[i];
                        return Outcome.supported(String.format(Locale.ROOT, "derived: %s = %s%%", expr, plain(roundTo(derived[i], 3))), List.of());
                    }
                }
            }
        }
        Outcome derived = Ratios.derivedPercent(d, index);
        if (derived != null) {
            return derived;
        }
        for (List<Mention[]> pairs : index.percentDifferences.subMap(p * 0.85, true, p * 1.15, true).values()) {
            for (Mention[] pair : pairs) {
                double diff = pair[0].number() - pair[1].number();
                if (equal(roundTo(diff, d.digits), p) || d.hedge != Mention.Hedge.EXACT && Math.abs(diff - p) <= 0.1 * p) {
                    return Outcome.supported("derived: " + pair[0].text + " − " + pair[1].text + " = " + plain(roundTo(diff, 3))
                            + " points (" + pair[0].doc.label() + ")", List.of(evidence(pair[0]), evidence(pair[1])));
                }
            }
        }
        return Outcome.unsupported(missing(d, index.percents));
    }

    private static boolean comparable(Mention a, Mention b) {
        if (a.kind == ClaimKind.AMOUNT && b.kind == ClaimKind.AMOUNT) {
            return ((ClaimValue.Amount) a.value).currency().equals(((ClaimValue.Amount) b.value).currency());
        }
        if (a.kind == ClaimKind.COUNT && b.kind == ClaimKind.COUNT) {
            String ua = ((ClaimValue.Count) a.value).unit();
            return ua != null && ua.equals(((ClaimValue.Count) b.value).unit());
        }
        return false;
    }

    static String ratioText(Mention a, Mention b) {
        double scale = 1;
        double small = Math.min(Math.abs(a.number()), Math.abs(b.number()));
        for (double s : new double[] {1e12, 1e9, 1e6, 1e3}) {
            if (small >= s) {
                scale = s;
                break;
            }
        }
        return plain(a.number() / scale) + "/" + plain(b.number() / scale);
    }

    static String plain(double v) {
        return new BigDecimal(Double.toString(v)).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    // ---------------------------------------------------------------- dates and periods

    /** The rule for a date a source supports: how it was resolved, when it was written relative to the publication. */
    private static String dateRule(Mention s, String plain) {
        return s.resolved != null ? s.resolved : plain;
    }

    private Outcome yearPart(Mention d, ClaimValue.YearPart p) {
        Mention otherYear = null;
        Mention otherPart = null;
        Mention noYear = null;
        for (Mention s : index.yearParts) {
            ClaimValue.YearPart sp = (ClaimValue.YearPart) s.value;
            if (sp.firstMonth() == p.firstMonth() && sp.lastMonth() == p.lastMonth()) {
                if (p.year() == 0 || sp.year() == p.year()) {
                    return Outcome.supported(dateRule(s, "same " + (p.lastMonth() - p.firstMonth() == 2 ? "quarter" : "half")), List.of(evidence(s)));
                }
                if (sp.year() == 0) {
                    noYear = s;
                } else {
                    otherYear = s;
                }
            } else if (otherPart == null) {
                otherPart = s;
            }
        }
        if (otherYear != null) {
            return Outcome.unsupported("wrong year: " + otherYear.doc.label() + " gives " + otherYear.value.display() + " (\"" + otherYear.text
                    + "\"), not " + p.display());
        }
        if (noYear != null) {
            return Outcome.unsupported("year added: " + noYear.doc.label() + " says only \"" + noYear.text + "\" and has no publication date");
        }
        if (otherPart != null) {
            return Outcome.unsupported("another part of the year: " + otherPart.doc.label() + " gives " + otherPart.value.display() + " (\""
                    + otherPart.text + "\"), not " + p.display());
        }
        return Outcome.unsupported("no source gives " + p.display());
    }

    private Outcome date(Mention d) {
        if (d.value instanceof ClaimValue.YearPart p) {
            return yearPart(d, p);
        }
        ClaimValue.DateValue v = (ClaimValue.DateValue) d.value;
        int year = v.year();
        if (year == 0 && d.relativeYear != null && index.latestPublication != null) {
            year = Dates.resolve(d, index.latestPublication).year();
        }
        if (v.month() == 0) {
            List<Mention> same = index.datesByYear.getOrDefault(year, List.of());
            if (!same.isEmpty()) {
                Mention s = same.stream().filter(x -> x.resolved != null).findFirst().orElse(same.get(0));
                return Outcome.supported(dateRule(s, "same year"), List.of(evidence(s)));
            }
            for (Doc s : index.docs) {
                if (s.publishedOn != null && s.publishedOn.getYear() == year && index.relativeYears.isEmpty()) {
                    return Outcome.supported("year of publication of " + s.label() + " (" + s.publishedOn + ")", List.of(publication(s)));
                }
            }
            return Outcome.unsupported("no source gives the year " + year);
        }
        String added = null;
        String contradicted = null;
        boolean dayAdded = false;
        for (Mention s : index.datesByMonth.getOrDefault(v.month(), List.of())) {
            ClaimValue.DateValue sv = (ClaimValue.DateValue) s.value;
            if (v.day() > 0 && sv.day() > 0 && v.day() != sv.day()) {
                continue;
            }
            if (v.day() > 0 && sv.day() == 0) {
                dayAdded = true;
                continue;
            }
            if (year == 0) {
                return Outcome.supported(sv.hasYear() ? "same month (the source also gives the year " + sv.year() + ")"
                        : "month without year matches", List.of(evidence(s)));
            }
            Dates.Resolved r = Dates.resolve(s, s.doc.publishedOn);
            if (r.year() == year && r.stated()) {
                return Outcome.supported(dateRule(s, v.day() > 0 ? "same date" : "same month"), List.of(evidence(s)));
            }
            if (r.year() == year && r.unambiguous()) {
                return Outcome.supported("\"" + s.text + "\" without a year, resolved against the publication date of "
                        + s.doc.label() + " (" + s.doc.publishedOn + ")", List.of(evidence(s)));
            }
            String month = new ClaimValue.DateValue(0, v.month(), 0).display();
            if (!r.stated() && !r.unambiguous()) {
                String when = s.doc.publishedOn == null ? "has no publication date"
                        : "was published " + s.doc.publishedOn + ", so it may be " + shortMonth(v.month()) + " " + r.pastYear() + " or " + shortMonth(v.month()) + " " + r.futureYear();
                if (added == null && (s.doc.publishedOn == null || year == r.pastYear() || year == r.futureYear())) {
                    added = "year added: " + s.doc.label() + " says only \"" + s.text + "\" and " + when + "; no source gives the year " + year;
                } else if (contradicted == null) {
                    contradicted = "wrong year: " + s.doc.label() + " says \"" + s.text + "\" and " + when + ", not " + year;
                }
            } else if (contradicted == null) {
                contradicted = "wrong year: " + s.doc.label() + " gives " + month + " " + r.year() + ", not " + year;
            }
        }
        for (Doc s : index.docs) {
            LocalDate p = s.publishedOn;
            if (p != null && p.getMonthValue() == v.month() && (year == 0 || p.getYear() == year) && (v.day() == 0 || v.day() == p.getDayOfMonth()
                    && index.relativeDays.stream().allMatch(r -> r.equals(p)))) {
                return Outcome.supported("publication date of " + s.label() + " (" + p + ")", List.of(publication(s)));
            }
        }
        if (added != null) {
            return Outcome.unsupported(added);
        }
        if (contradicted != null) {
            return Outcome.unsupported(contradicted);
        }
        if (dayAdded) {
            return Outcome.unsupported("day added: the sources give the month but not the day");
        }
        return Outcome.unsupported("no source gives " + d.text.strip());
    }

    private static String shortMonth(int month) {
        return new ClaimValue.DateValue(1, month, 0).display().substring(0, 3);
    }

    private static Evidence publication(Doc s) {
        String p = "published " + s.publishedOn;
        return new Evidence(s.sourceId, p, 0, 0, p, 0, 0, s.title);
    }

    private Outcome period(Mention d) {
        double months = d.number();
        for (List<Mention> ms : index.periods.subMap(months * 0.85, true, months * 1.15, true).values()) {
            for (Mention s : ms) {
                double rel = Math.abs(s.number() - months) / months;
                if (rel <= (d.hedge == Mention.Hedge.EXACT && s.hedge == Mention.Hedge.EXACT ? 0.02 : 0.15)) {
                    return Outcome.supported(compact(d.text).equals(compact(s.text)) ? "same value" : "same value: " + d.text + " = " + s.text,
                            List.of(evidence(s)));
                }
            }
        }
        double tolerance = months < 2 ? 0.3 * months : Math.max(1.0, 0.25 * months);
        SourceIndex.DatePoint bestA = null;
        SourceIndex.DatePoint bestB = null;
        double bestGap = Double.MAX_VALUE;
        List<SourceIndex.DatePoint> points = index.datePoints;
        long[] days = index.datePointDays;
        for (int i = 0; i < points.size(); i++) {
            long from = days[i] + (long) Math.floor((months - tolerance) * 30.44);
            long to = days[i] + (long) Math.ceil((months + tolerance) * 30.44);
            int j = java.util.Arrays.binarySearch(days, i + 1, days.length, from);
            j = j >= 0 ? j : -j - 1;
            while (j > i + 1 && days[j - 1] == from) {
                j--;
            }
            for (; j < days.length && days[j] <= to; j++) {
                double gap = Math.abs((days[j] - days[i]) / 30.44 - months);
                if (gap <= tolerance && gap < bestGap) {
                    bestGap = gap;
                    bestA = points.get(i);
                    bestB = points.get(j);
                }
                if (gap < 0.05) {
                    break;
                }
            }
        }
        if (bestA != null) {
            SourceIndex.DatePoint first = bestA.date().isBefore(bestB.date()) ? bestA : bestB;
            SourceIndex.DatePoint second = first == bestA ? bestB : bestA;
            double between = ChronoUnit.DAYS.between(first.date(), second.date()) / 30.44;
            List<Evidence> ev = new ArrayList<>();
            for (SourceIndex.DatePoint p : List.of(first, second)) {
                ev.add(p.mention() != null ? evidence(p.mention()) : publication(p.doc()));
            }
            return Outcome.supported(String.format(Locale.ROOT, "dates %s → %s are %.1f months apart ≈ %s", first.label(), second.label(), between,
                    d.value.display()), ev);
        }
        return Outcome.unsupported("no source gives " + d.value.display() + ", and no two dates in the sources are about " + d.value.display() + " apart");
    }

    // ---------------------------------------------------------------- ratios

    /**
     * A ratio holds between two figures of its sentence; or, when its sentence has one figure of the pair
     * ("nearly double at €20B"), between that figure and one elsewhere in the field, the draft or a source;
     * or, when its sentence has no figure ("半年估值翻近一倍"), between any two figures there.
     */
    private Outcome ratio(Mention d) {
        ClaimValue.Ratio r = (ClaimValue.Ratio) d.value;
        double low = r.low() - 1e-9;
        double high = r.high() + 1e-9;
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        Map<String, List<Mention>> own = groupFigures(sentence);
        String miss = null;
        for (List<Mention> group : own.values()) {
            Mention[] pair = pairInRatio(group, group, low, high);
            if (pair != null) {
                return Outcome.supported(String.format(Locale.ROOT, "ratio %s = %.2f ≈ %s", ratioText(pair[0], pair[1]),
                        pair[0].number() / pair[1].number(), r.meaning()), List.of());
            }
            if (miss == null && group.size() >= 2) {
                Mention a = group.get(group.size() - 1);
                Mention b = group.get(0);
                miss = String.format(Locale.ROOT, "ratio %s = %.2f is not %s (%.2f–%.2f)", ratioText(a, b), a.number() / b.number(), r.meaning(),
                        r.low(), r.high());
            }
        }
        if (miss == null) {
            Outcome stated = Ratios.stated(d, r, index);
            if (stated != null) {
                return stated;
            }
        }
        if (wholeDraft == null) {
            wholeDraft = new ArrayList<>();
            for (Doc doc : draft) {
                wholeDraft.addAll(doc.mentions);
                draftByLanguage.computeIfAbsent(doc.language, k -> new ArrayList<>()).addAll(doc.mentions);
            }
        }
        List<List<Mention>> scopes = new ArrayList<>(List.of(d.doc.mentions, draftByLanguage.get(d.doc.language), wholeDraft));
        List<String> names = new ArrayList<>(List.of("the draft's " + d.doc.field, "the draft", "the draft"));
        for (Doc s : index.docs) {
            scopes.add(s.mentions);
            names.add(s.label());
        }
        for (int k = 0; k < scopes.size(); k++) {
            Map<String, List<Mention>> groups = groupedScopes.computeIfAbsent(scopes.get(k), Verifier::groupFigures);
            for (Map.Entry<String, List<Mention>> group : groups.entrySet()) {
                List<Mention> anchors = own.isEmpty() ? group.getValue() : own.get(group.getKey());
                if (anchors == null) {
                    continue;
                }
                Mention[] pair = pairInRatio(anchors, group.getValue(), low, high);
                if (pair != null) {
                    Mention a = pair[0];
                    Mention b = pair[1];
                    List<Evidence> ev = new ArrayList<>();
                    for (Mention x : pair) {
                        if (x.doc.sourceId != null) {
                            ev.add(evidence(x));
                        }
                    }
                    return Outcome.supported(String.format(Locale.ROOT, "ratio %s = %.2f ≈ %s (figures in %s)", ratioText(a, b),
                            a.number() / b.number(), r.meaning(), names.get(k)), ev);
                }
            }
        }
        if (miss != null) {
            return Outcome.unsupported(miss);
        }
        return Outcome.unsupported("no two figures in the draft or the sources stand in the ratio " + r.meaning());
    }

    /** Amounts by currency and counts by unit, each sorted by value. */
    private static Map<String, List<Mention>> groupFigures(List<Mention> mentions) {
        Map<String, List<Mention>> groups = new HashMap<>();
        for (Mention m : mentions) {
            if (m.number() <= 0) {
                continue;
            }
            if (m.value instanceof ClaimValue.Amount a) {
                groups.computeIfAbsent("amount " + a.currency(), k -> new ArrayList<>()).add(m);
            } else if (m.value instanceof ClaimValue.Count) {
                groups.computeIfAbsent("count", k -> new ArrayList<>()).add(m); // "from 400 to 800" and "800人" are one headcount
            }
        }
        groups.values().forEach(g -> g.sort(java.util.Comparator.comparingDouble(Mention::number)));
        return groups;
    }

    /**
     * A figure of {@code anchors} and one of {@code sorted} (by value) whose quotient, larger over smaller,
     * lies in [low, high], found by binary search; larger first, or {@code null}.
     */
    private static Mention[] pairInRatio(List<Mention> anchors, List<Mention> sorted, double low, double high) {
        for (Mention anchor : anchors) {
            double x = anchor.number();
            Mention up = firstIn(sorted, x * low, x * high, anchor);
            if (up != null) {
                return new Mention[] {up, anchor};
            }
            Mention down = firstIn(sorted, x / high, x / low, anchor);
            if (down != null) {
                return new Mention[] {anchor, down};
            }
        }
        return null;
    }

    private static Mention firstIn(List<Mention> sorted, double from, double to, Mention not) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).number() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < sorted.size() && sorted.get(i).number() <= to; i++) {
            if (sorted.get(i) != not) {
                return sorted.get(i);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- names

    private Outcome name(Mention d) {
        Outcome o = nameSpelled(d);
        if (o.verdict() != Verdict.SUPPORTED) {
            return o;
        }
        String number = Names.unsupportedModelNumber(d.words, index.docs);
        if (number != null) {
            return Outcome.unsupported("model number: the sources name " + d.text.replace(number, "").strip() + " but never \"" + number + "\"");
        }
        String swap = Names.investorSwap(d, index.docs);
        if (swap != null) {
            return Outcome.unsupported(swap);
        }
        return o;
    }

    private Outcome nameSpelled(Mention d) {
        if (d.aliasId == null && !d.text.isEmpty() && Fold.isCjk(d.text.charAt(0))) {
            for (Doc s : index.docs) {
                int at = s.folded.indexOf(d.text);
                if (at >= 0) {
                    return Outcome.supported("same name", List.of(evidence(new SourceIndex.Occurrence(s, at, at + d.text.length()))));
                }
            }
            return Outcome.unsupported("no source names " + d.text);
        }
        if (d.aliasId != null) {
            SourceIndex.Occurrence o = index.aliases.get(d.aliasId);
            if (o != null) {
                String seen = o.doc().text.substring(o.start(), o.end());
                return Outcome.supported(Lexicon.fold(seen).equals(Lexicon.fold(d.text)) ? "same name" : "same name in another form: " + d.text + " = " + seen,
                        List.of(evidence(o)));
            }
        }
        List<String> base = d.words.stream().filter(w -> w.chars().noneMatch(Character::isDigit)).toList();
        if (!base.isEmpty() && base.size() < d.words.size()) {
            String id = Aliases.latin(String.join(" ", base));
            SourceIndex.Occurrence named = id == null ? null : index.aliases.get(id);
            if (named != null) {
                return Outcome.supported("same name in another form: " + d.text + " = " + named.doc().text.substring(named.start(), named.end())
                        + " (with its number)", List.of(evidence(named)));
            }
        }
        String key = String.join(" ", d.words);
        SourceIndex.Occurrence o = index.ngrams.get(key);
        if (o != null) {
            return Outcome.supported("same name", List.of(evidence(o)));
        }
        int connector = connectorIndex(d.words);
        if (connector > 0 && distinctive(d.words.subList(0, connector)) && !partSupported(d.words.subList(0, connector))) {
            return Outcome.unsupported("no source names " + String.join(" ", d.text.split("\\s+(?i:of|de|du|des)\\s+", 2)[0]));
        }
        for (String w : d.words.stream().flatMap(w -> java.util.Arrays.stream(w.split("-"))).toList()) {
            if (w.length() >= 3 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.COMMON.contains(w)) {
                SourceIndex.Occurrence part = index.ngrams.get(w);
                if (part != null) {
                    return Outcome.supported("part of the name: " + part.doc().text.substring(part.start(), part.end()), List.of(evidence(part)));
                }
            }
        }
        return Outcome.unsupported("no source names " + d.text);
    }

    /** Where "of", "de", "du" or "des" joins two names in one ("Guillaume Lample of Mistral AI"), or -1. */
    private static int connectorIndex(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (w.equals("of") || w.equals("de") || w.equals("du") || w.equals("des")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean distinctive(String w) {
        return w.length() >= 3 && !Lexicon.NOT_NAMES.contains(w) && !Lexicon.COMMON.contains(w);
    }

    private static boolean distinctive(List<String> words) {
        return words.stream().anyMatch(Verifier::distinctive);
    }

    /** Whether the sources name the head of a joined name, whole or by a distinctive word ("Bank of America" has none: left to the whole). */
    private boolean partSupported(List<String> head) {
        if (index.ngrams.get(String.join(" ", head)) != null) {
            return true;
        }
        return head.stream().filter(Verifier::distinctive).anyMatch(w -> index.ngrams.get(w) != null || Aliases.latin(w) != null
                && index.aliases.get(Aliases.latin(w)) != null);
    }

    private static Evidence evidence(SourceIndex.Occurrence o) {
        Doc d = o.doc();
        int sentence = d.sentences.indexOf(o.start());
        int ps = d.sentences.start(sentence);
        int pe = d.sentences.end(sentence);
        return new Evidence(d.sourceId, d.text.substring(ps, pe), ps, pe, d.text.substring(o.start(), o.end()), o.start(), o.end(), d.title);
    }
}
