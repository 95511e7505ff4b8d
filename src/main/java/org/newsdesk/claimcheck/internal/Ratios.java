package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimValue;

/**
 * Rules for multiples and percentage changes that the sources state or imply: a ratio the sources state in
 * words ("doubled", "增长超过40倍"), a growth percentage that is the multiple ("+4230%" is ×43.3, so "增长逾41倍"),
 * and a percentage change between two figures of one source sentence ("$130 million, from $100 million" is
 * +30%).
 */
final class Ratios {

    private static final Pattern GROWTH = Pattern.compile("(?i)(rose|rise|rising|grew|grow|growth|up|increase|increased|jump|jumped|surge|surged|soar|soared"
            + "|hausse|progress|augment|bond|croissance|crû|cru|增长|增加|提升|上涨|上升|同比|环比|增幅|涨)");

    private static final Pattern DECLINE = Pattern.compile("(?i)(fell|fall|falling|dropped|drop|declined|decline|down|slumped|plunged|cut|shrank|lost"
            + "|baisse|recul|chut|diminu|下降|下跌|减少|下滑|跌|降)");

    private Ratios() {}

    /** Supported when a source states the same multiple, or a growth percentage that amounts to it; else null. */
    static Outcome stated(Mention d, ClaimValue.Ratio r, SourceIndex index) {
        for (Mention s : index.ratios) {
            ClaimValue.Ratio sr = (ClaimValue.Ratio) s.value;
            double mid = (sr.low() + sr.high()) / 2;
            boolean eitherReading = sr.meaning().contains(" to ×") && sr.low() <= r.high() + 1e-9 && sr.high() >= r.low() - 1e-9;
            if (mid >= r.low() - 1e-9 && mid <= r.high() + 1e-9 || eitherReading) {
                return new Outcome(org.newsdesk.claimcheck.Verdict.SUPPORTED, "same multiple: " + s.doc.label() + " says \"" + s.text
                        + "\" (" + sr.meaning() + ")", List.of(Rule.evidence(s)));
            }
        }
        for (Mention s : index.percents.values().stream().flatMap(List::stream).toList()) {
            double factor = 1 + s.number() / 100;
            if (s.number() > 0 && factor >= r.low() - 1e-9 && factor <= r.high() + 1e-9 && inContext(s, GROWTH)) {
                return new Outcome(org.newsdesk.claimcheck.Verdict.SUPPORTED, String.format(Locale.ROOT, "growth of %s in %s is ×%s ≈ %s",
                        s.text, s.doc.label(), Rule.plain(Rule.roundTo(factor, 3)), r.meaning()), List.of(Rule.evidence(s)));
            }
            double divisor = 100 / (100 - s.number());
            if (r.meaning().equals("halved") && s.number() > 0 && s.number() < 100 && divisor >= r.low() - 1e-9 && divisor <= r.high() + 1e-9
                    && inContext(s, DECLINE)) {
                return new Outcome(org.newsdesk.claimcheck.Verdict.SUPPORTED, String.format(Locale.ROOT, "fall of %s in %s is ÷%s ≈ %s",
                        s.text, s.doc.label(), Rule.plain(Rule.roundTo(divisor, 3)), r.meaning()), List.of(Rule.evidence(s)));
            }
        }
        return null;
    }

    private static boolean inContext(Mention s, Pattern words) {
        String t = s.doc.folded;
        int from = Math.max(s.doc.sentences.start(s.sentence), s.start - 40);
        int to = Math.min(s.doc.sentences.end(s.sentence), s.end + 12);
        return words.matcher(t.substring(from, to)).find();
    }

    /** Percentage changes between comparable figures of one source sentence, keyed by the change. */
    static void indexDerivedPercents(List<Mention> sentence, NavigableMap<Double, List<Mention[]>> into) {
        for (Mention a : sentence) {
            for (Mention b : sentence) {
                if (a != b && comparable(a, b) && a.number() > b.number() && b.number() > 0) {
                    into.computeIfAbsent((a.number() / b.number() - 1) * 100, k -> new ArrayList<>(1)).add(new Mention[] {a, b});
                    into.computeIfAbsent((1 - b.number() / a.number()) * 100, k -> new ArrayList<>(1)).add(new Mention[] {b, a});
                }
            }
        }
    }

    /** Supported when the draft's percentage is the change between two figures of a source sentence; else null. */
    static Outcome derivedPercent(Mention d, SourceIndex index) {
        double p = d.number();
        if (p <= 0) {
            return null;
        }
        for (List<Mention[]> pairs : index.derivedPercents.subMap(p * 0.85, true, p * 1.15, true).values()) {
            for (Mention[] pair : pairs) {
                Mention to = pair[0];
                Mention from = pair[1];
                double change = Math.abs(to.number() / from.number() - 1) * 100;
                boolean within = Rule.equal(Rule.roundTo(change, Math.max(1, d.digits)), p)
                        || d.hedge != Mention.Hedge.EXACT && Math.abs(change - p) <= 0.1 * p;
                if (within) {
                    String sign = to.number() > from.number() ? "+" : "−";
                    return new Outcome(org.newsdesk.claimcheck.Verdict.SUPPORTED, String.format(Locale.ROOT, "derived: %s → %s in %s is %s%s%%",
                            from.text, to.text, to.doc.label(), sign, Rule.plain(Rule.roundTo(change, 3))),
                            List.of(Rule.evidence(from), Rule.evidence(to)));
                }
            }
        }
        return null;
    }

    private static boolean comparable(Mention a, Mention b) {
        if (a.value instanceof ClaimValue.Amount x && b.value instanceof ClaimValue.Amount y) {
            return x.currency().equals(y.currency());
        }
        if (a.value instanceof ClaimValue.Count x && b.value instanceof ClaimValue.Count y) {
            return x.unit() == null || y.unit() == null || Lexicon.compatibleUnits(x.unit(), y.unit());
        }
        return false;
    }
}
