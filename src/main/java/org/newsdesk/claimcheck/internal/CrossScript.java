package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Map;

import org.newsdesk.claimcheck.Evidence;

/**
 * A name in Latin script that no source spells, when every source is written in Chinese ("Li Auto", "Goldman Sachs"
 * for sources that say 理想汽车, 高盛): the letters cannot be
 * compared, so the name is checked by what its sentence says instead. It is supported when the same sentence of the
 * draft states a figure or a day that a source states in one sentence with a name in Chinese script (the source's sentence
 * is quoted, so the reviewer sees which name it is); without such a figure it stays unsupported. The draft's sentence
 * takes in the parts a semicolon splits from it ("He Xiaopeng said the chip had taped out; the M03 starts at 119,800 yuan").
 */
final class CrossScript {

    private CrossScript() {}

    static Outcome anchored(Mention d, SourceIndex index) {
        if (d.aliasId != null || d.text.isEmpty() || !Fold.isLatinLetter(d.text.charAt(0)) || d.doc == null || !index.onlyChineseScript()) {
            return null;
        }
        for (Mention x : sentenceOf(d)) {
            if (!x.isFigure() && x.kind != org.newsdesk.claimcheck.ClaimKind.DATE) {
                continue;
            }
            for (Mention s : x.kind == org.newsdesk.claimcheck.ClaimKind.DATE ? sameDay(x, index) : sameValue(x, index)) {
                if (hasChineseName(s)) {
                    Doc doc = s.doc;
                    int ps = doc.passageStart(s);
                    int pe = doc.passageEnd(s);
                    Evidence e = new Evidence(doc.sourceId, doc.text.substring(ps, pe), ps, pe, doc.text.substring(s.start, s.end), s.start, s.end,
                            doc.title);
                    return Outcome.supported("name in another script: every source writes names in Chinese characters, and "
                            + doc.label() + " states this sentence's " + x.text.strip() + " (" + s.text.strip() + ") with the name it is about",
                            List.of(e));
                }
            }
        }
        return null;
    }

    /** The draft sentence of the name with the parts a semicolon splits from it ("X said …; the M03 starts at 119,800 yuan"). */
    private static List<Mention> sentenceOf(Mention d) {
        List<Mention> out = new java.util.ArrayList<>(d.doc.bySentence.get(d.sentence));
        String t = d.doc.folded;
        for (int i = d.sentence - 1; i >= 0 && semicolonAt(t, d.doc.sentences.end(i)); i--) {
            out.addAll(d.doc.bySentence.get(i));
        }
        for (int i = d.sentence; i + 1 < d.doc.bySentence.size() && semicolonAt(t, d.doc.sentences.end(i)); i++) {
            out.addAll(d.doc.bySentence.get(i + 1));
        }
        return out;
    }

    private static boolean semicolonAt(String t, int end) {
        int i = end - 1;
        while (i >= 0 && Character.isWhitespace(t.charAt(i))) {
            i--;
        }
        return i >= 0 && (t.charAt(i) == ';' || t.charAt(i) == '；');
    }

    /** Source dates with the same month and day as a draft date that writes both. */
    private static List<Mention> sameDay(Mention x, SourceIndex index) {
        if (!(x.value instanceof org.newsdesk.claimcheck.ClaimValue.DateValue v) || v.month() == 0 || v.day() == 0) {
            return List.of();
        }
        return index.datesByMonth.getOrDefault(v.month(), List.of()).stream()
                .filter(s -> s.value instanceof org.newsdesk.claimcheck.ClaimValue.DateValue w && w.day() == v.day()).toList();
    }

    private static List<Mention> sameValue(Mention x, SourceIndex index) {
        Map<Double, List<Mention>> map = switch (x.kind) {
            case PERCENT -> index.percents;
            case COUNT -> index.counts;
            default -> index.figures;
        };
        List<Mention> exact = map.get(x.number());
        return exact == null ? Rule.candidates(x.kind == org.newsdesk.claimcheck.ClaimKind.PERCENT ? index.percents : index.figures, x) : exact;
    }

    /** Whether the source sentence of a figure has Chinese characters before the figure in its clause (the name it is said of). */
    private static boolean hasChineseName(Mention s) {
        String t = s.doc.folded;
        int from = s.doc.sentences.start(s.sentence);
        int cjk = 0;
        for (int i = s.start - 1; i >= from && cjk < 2; i--) {
            char c = t.charAt(i);
            if (c == '，' || c == '；' || c == ';' || c == '。') {
                break;
            }
            if (Fold.isCjk(c)) {
                cjk++;
            }
        }
        return cjk >= 2;
    }
}
