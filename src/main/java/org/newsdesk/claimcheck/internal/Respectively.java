package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * Two lists paired in order by "respectively", "respectivement" or "分别": in "将2024年和2025年的银价预测分别上调至27.40美元和
 * 28.50美元" 27.40美元 is 2024's and 28.50美元 2025's. The figures are the run of figures of one kind around the source figure
 * (at least two); the anchors are as many mentions of one kind right before them (years, names, figures). A draft figure
 * whose own anchor in its sentence (the nearest before it, or after it when the sentence puts figures first) is another anchor of the list than its own ("for 2024 to $28.50") has
 * been moved. A draft sentence that says "respectively" itself is left to the other rules.
 */
final class Respectively {

    private Respectively() {}

    /** Why the draft figure {@code d}, supported by the source figure {@code s} of a paired list, goes with another anchor; or null. */
    static String moved(Mention d, Mention s) {
        if (s.doc == null || d.doc == null || !marked(s.doc, s.sentence) || marked(d.doc, d.sentence)) {
            return null;
        }
        List<Mention> sentence = s.doc.bySentence.get(s.sentence);
        int at = sentence.indexOf(s);
        int first = at;
        while (first > 0 && sentence.get(first - 1).kind == s.kind) {
            first--;
        }
        int last = at;
        while (last + 1 < sentence.size() && sentence.get(last + 1).kind == s.kind) {
            last++;
        }
        int n = last - first + 1;
        if (n < 2 || first < n) {
            return null;
        }
        ClaimKind anchorKind = sentence.get(first - 1).kind;
        if (anchorKind == s.kind) {
            return null;
        }
        for (int k = first - n; k < first; k++) {
            if (sentence.get(k).kind != anchorKind) {
                return null;
            }
        }
        Mention anchor = anchorOf(d, anchorKind);
        if (anchor == null) {
            return null;
        }
        int own = at - first;
        for (int j = 0; j < n; j++) {
            Mention a = sentence.get(first - n + j);
            if (same(anchor, a)) {
                if (j == own) {
                    return null;
                }
                Mention theirs = sentence.get(first + j);
                if (Rule.sameValue(d, theirs)) {
                    return null;
                }
                Mention mine = sentence.get(first - n + own);
                return "moved: in " + s.doc.label() + " " + a.text.strip() + " goes with " + theirs.text.strip() + " and " + mine.text.strip()
                        + " with " + s.text.strip() + ", in that order — “" + s.doc.folded.substring(s.doc.sentences.start(s.sentence),
                                s.doc.sentences.end(s.sentence)).strip() + "”";
            }
        }
        return null;
    }

    /**
     * The draft's anchor of the figure: when its sentence puts anchors first ("for 2024 to $27.40 and for 2025 to $28.50"),
     * the nearest one before the figure; when figures first ("à 27,40 dollars pour 2024 et à 28,50 dollars pour 2025"), the
     * nearest one after; none when a figure of its kind stands between.
     */
    private static Mention anchorOf(Mention d, ClaimKind kind) {
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        boolean anchorsFirst = sentence.stream().filter(m -> m.kind == kind || m.kind == d.kind).findFirst().map(m -> m.kind == kind).orElse(false);
        int at = sentence.indexOf(d);
        int step = anchorsFirst ? -1 : 1;
        for (int i = at + step; i >= 0 && i < sentence.size(); i += step) {
            Mention m = sentence.get(i);
            if (m.kind == kind) {
                // "…paid 7.27 billion yuan, REITs 4.84 billion yuan": an anchor after the figure that a figure of its kind follows
                // straight away opens the next pair, not this one
                boolean opensNext = !anchorsFirst && i + 1 < sentence.size() && sentence.get(i + 1).kind == d.kind
                        && d.doc.folded.substring(m.end, sentence.get(i + 1).start).strip().length() <= 2;
                return opensNext ? null : m;
            }
            if (m.kind == d.kind) {
                return null;
            }
        }
        return null;
    }

    private static boolean same(Mention a, Mention b) {
        return switch (a.kind) {
            case ENTITY -> a.sameEntity(b);
            case DATE -> Objects.equals(a.value, b.value);
            case AMOUNT, COUNT, PERCENT -> Rule.sameValue(a, b);
            default -> false;
        };
    }

    private static boolean marked(Doc doc, int sentence) {
        if (sentence < 0 || sentence >= doc.sentences.count()) {
            return false;
        }
        String t = doc.folded.substring(doc.sentences.start(sentence), doc.sentences.end(sentence));
        return t.contains("分别") || t.toLowerCase(Locale.ROOT).contains("respective");
    }
}
