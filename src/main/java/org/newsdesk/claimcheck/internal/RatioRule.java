package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Evidence;

/** Multiples ("nearly double", "19 times"): supported only when figures of the draft or the sources stand in that relation. */
final class RatioRule extends Rule {

    RatioRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        return ratio(d);
    }

    private final Map<List<Mention>, Map<String, List<Mention>>> groupedScopes = new java.util.IdentityHashMap<>();
    private List<Mention> wholeDraft;
    private final Map<String, List<Mention>> draftByLanguage = new HashMap<>();

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
        Outcome stated = ownOperands(d, r, sentence, low, high);
        if (stated != null) {
            return stated;
        }
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
            Outcome inSources = Ratios.stated(d, r, index);
            if (inSources != null) {
                return inSources;
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
            Map<String, List<Mention>> groups = groupedScopes.computeIfAbsent(scopes.get(k), RatioRule::groupFigures);
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
            // the sentence's own figures are in no such ratio, but a source may state the multiple in words
            // ("对印度增长了5倍" for "shipments to India grew fivefold" beside June's and July's totals)
            Outcome inSources = Ratios.stated(d, r, index);
            return inSources != null ? inSources : Outcome.unsupported(miss);
        }
        return Outcome.unsupported("no two figures in the draft or the sources stand in the ratio " + r.meaning());
    }

    private static final java.util.regex.Pattern OPERAND_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:that\\s+of\\s+|those\\s+of\\s+)?(?:the|its|their|les|la|le|des|ses)?\\s*([a-zà-ÿ]+|\\d[\\d,.]*)");

    /**
     * "The 30-jet order is ten times the five jets sold earlier": when the draft writes both figures of its multiple,
     * the figure before it and the one right after ("the five", "the €11.7 billion"), the multiple is checked on them
     * and on nothing else (30/5 = 6, so not ten times), or null when the sentence does not write both.
     */
    private static Outcome ownOperands(Mention d, ClaimValue.Ratio r, List<Mention> sentence, double low, double high) {
        Mention before = null;
        Mention after = null;
        for (Mention m : sentence) {
            if (!m.isFigure() || m.number() <= 0) {
                continue;
            }
            if (m.end <= d.start) {
                before = m;
            } else if (m.start >= d.end && after == null && m.start - d.end <= 12) {
                after = m;
            }
        }
        if (before == null) {
            return null;
        }
        double b = before.number();
        double a;
        String afterText;
        if (after != null) {
            if (!comparable(before, after)) {
                return null;
            }
            a = after.number();
            afterText = after.text;
        } else {
            java.util.regex.Matcher w = OPERAND_AFTER.matcher(d.doc.folded).region(d.end, Math.min(d.doc.folded.length(), d.end + 30));
            Integer n = w.lookingAt() ? Lexicon.NUMBER_WORDS.get(w.group(1).toLowerCase(Locale.ROOT)) : null;
            if (n == null || !(before.value instanceof ClaimValue.Count)) {
                return null;
            }
            a = n;
            afterText = w.group(1);
        }
        double q = Math.max(a, b) / Math.min(a, b);
        String pair = after == null ? Rule.plain(Math.max(a, b)) + "/" + Rule.plain(Math.min(a, b))
                : a >= b ? Rule.ratioText(after, before) : Rule.ratioText(before, after);
        if (q >= low && q <= high) {
            return Outcome.supported(String.format(Locale.ROOT, "ratio %s = %.2f ≈ %s (%s and %s, both in the draft's sentence)", pair, q, r.meaning(),
                    before.text.strip(), afterText), List.of());
        }
        return Outcome.unsupported(String.format(Locale.ROOT, "ratio %s = %.2f is not %s (%.2f–%.2f): the draft's own figures %s and %s", pair, q,
                r.meaning(), r.low(), r.high(), before.text.strip(), afterText));
    }

    private static boolean comparable(Mention x, Mention y) {
        if (x.value instanceof ClaimValue.Amount a && y.value instanceof ClaimValue.Amount b) {
            return a.currency().equals(b.currency());
        }
        return x.value instanceof ClaimValue.Count && y.value instanceof ClaimValue.Count;
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
}
