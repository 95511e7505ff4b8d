package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Evidence;

/**
 * The rule for one kind of claim, with what every rule shares: finding source figures of the same value within
 * the draft's rounding, and tying a figure to the name it is said of ({@link #attach}).
 */
abstract class Rule {

    private static final Pattern CONVERSION_GAP = Pattern.compile("[\\s(\\[~≈约合折,/:：=]*(?:(?:or|soit|i\\.e\\.|about|approximately|roughly|around|environ|près de|some|即)[\\s(~≈约]*)?");

    private static final Pattern COMPACT = Pattern.compile("[\\s\\u00A0\\u202F~≈]");

    final SourceIndex index;
    final List<Doc> draft;
    private final Set<String> draftAliasIds;
    private final Set<String> draftNameWords;
    private final Set<String> draftUnaliasedNameWords;

    Rule(Verifier check) {
        this.index = check.index;
        this.draft = check.draft;
        this.draftAliasIds = check.draftAliasIds;
        this.draftNameWords = check.draftNameWords;
        this.draftUnaliasedNameWords = check.draftUnaliasedNameWords;
    }

    /** Whether the sources support the claim, by which rule, with what evidence. */
    abstract Outcome verify(Mention d);

    static List<Mention> candidates(NavigableMap<Double, List<Mention>> map, Mention d) {
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
            case EXACT -> rel <= 0.1 && d.digits > 0 && (equal(roundTo(sv, d.digits), dv) || equal(truncateTo(sv, d.digits), dv));
        };
    }

    static boolean equal(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The value cut to so many significant digits, as a writer who drops the rest does ("505,796" as "50.5万"). */
    static double truncateTo(double v, int digits) {
        return new BigDecimal(Double.toString(v)).round(new MathContext(digits, RoundingMode.DOWN)).doubleValue();
    }

    static double roundTo(double v, int digits) {
        return new BigDecimal(Double.toString(v)).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
    }

    String matchRule(Mention d, Mention s) {
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

    static String compact(String s) {
        return COMPACT.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static Evidence evidence(Mention s) {
        Doc d = s.doc;
        int ps = d.passageStart(s);
        int pe = d.passageEnd(s);
        return new Evidence(d.sourceId, d.text.substring(ps, pe), ps, pe, d.text.substring(s.start, s.end), s.start, s.end, d.title);
    }

    /** Supported by the first candidate said of the same name; a swapped entity when all are said of another. */
    Outcome attach(Mention d, List<Mention> candidates, String note) {
        Mention conflict = null;
        Mention best = null;
        String otherClause = null;
        String otherLabel = null;
        List<Mention> viable = new ArrayList<>(candidates.size());
        for (Mention s : candidates) {
            String label = FigureLabels.conflict(d, s);
            if (label != null) {
                otherLabel = otherLabel == null ? label : otherLabel;
                continue;
            }
            viable.add(s);
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
            String moved = d.isFigure() ? Substitution.moved(d, index) : null;
            if (moved == null && d.isFigure()) {
                moved = Respectively.moved(d, best);
            }
            if (moved == null && d.isFigure()) {
                moved = Attribution.moved(d, viable, index);
            }
            if (moved != null) {
                return Outcome.unsupported(moved);
            }
            return Outcome.supported(matchRule(d, best) + note, List.of(evidence(best)));
        }
        if (otherLabel != null && (conflict == null || conflict.subject == null)) {
            return Outcome.unsupported(otherLabel);
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
        if (sourceSubject == null || namedJustBefore(d, sourceSubject)) {
            return true;
        }
        boolean named = sentence.stream().anyMatch(x -> x.kind == ClaimKind.ENTITY && x.sameEntity(draftSubject));
        return named || !namedInDraft(sourceSubject);
    }

    /**
     * Whether the draft's own sentence names the source's subject before the figure, with no other figure between
     * ("HKEX said the LME's core profit rose 82%", "Samsung and SK Hynix said DDR5 prices will rise 15%"): the draft
     * says the figure of that name too, whatever name opens its sentence.
     */
    static boolean namedJustBefore(Mention d, Mention subject) {
        if (d.doc == null || d.sentence < 0 || d.sentence >= d.doc.bySentence.size()) {
            return false;
        }
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        for (Mention x : sentence) {
            if (x.kind != ClaimKind.ENTITY || x.end > d.start || !x.sameEntity(subject)) {
                continue;
            }
            boolean figureBetween = sentence.stream().anyMatch(y -> y != d && y.isFigure() && y.start >= x.end && y.end <= d.start);
            if (!figureBetween) {
                return true;
            }
        }
        return false;
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

    /** An amount in another currency written right beside this one: "€3B ($3.5B)", "30亿欧元(约35亿美元)". */
    static Mention conversionPartner(Mention m) {
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

    String missing(Mention d, NavigableMap<Double, List<Mention>> map) {
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
}
