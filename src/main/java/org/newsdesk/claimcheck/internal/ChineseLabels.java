package org.newsdesk.claimcheck.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ties a figure in Chinese to the words just before it in its comma-separated segment, its label ("蔚来涨3.04%",
 * "签发口岸签证同比上升182.9%"): Chinese lists give each item its own segment, and a name is seldom marked otherwise.
 * A draft figure whose label shares no distinctive pair of characters (or word in Latin letters) with the label of the source figure of the same
 * value, while it shares more with the label of another figure of that kind in the same source sentence, has been
 * moved ("理想汽车涨3.04%" where the source says "蔚来涨3.04%，…理想汽车涨4.58%"). A pair is distinctive when no more
 * than one label of the source sentence has it; the verbs and words of change that end a label are left out.
 */
final class ChineseLabels {

    private static final String BOUNDARY = "，,；;。：:、（）()\\n";
    private static final String TRAILING = "涨跌升降增减长少上下为达报至约超逾近共累计同比环比较分别均已将了到于在的";

    private ChineseLabels() {}

    static String otherLabel(Mention d, Mention s) {
        Set<String> draft = pairs(label(d));
        if (draft.isEmpty()) {
            return null;
        }
        List<Mention> sentence = s.doc.bySentence.get(s.sentence);
        Map<String, Integer> spread = new HashMap<>();
        Map<Mention, Set<String>> labels = new HashMap<>();
        for (Mention x : sentence) {
            if (x.kind == s.kind) {
                Set<String> p = pairs(label(x));
                labels.put(x, p);
                for (String w : p) {
                    spread.merge(w, 1, Integer::sum);
                }
            }
        }
        if (labels.get(s).isEmpty()) {
            return null;
        }
        int own = shared(draft, labels.get(s), spread);
        Mention best = null;
        int bestShared = own;
        for (Map.Entry<Mention, Set<String>> e : labels.entrySet()) {
            Mention x = e.getKey();
            if (x == s || Rule.sameValue(d, x)) {
                continue;
            }
            int n = shared(draft, e.getValue(), spread);
            if (n > bestShared) {
                best = x;
                bestShared = n;
            }
        }
        if (best == null || own > 0 && bestShared < own + 2) {
            return null;
        }
        return "swapped: in " + s.doc.label() + " " + s.text + " goes with \"" + label(s) + "\"; \"" + label(d) + "\" goes with " + best.text;
    }

    /** Distinctive pairs the two labels share. */
    private static int shared(Set<String> draft, Set<String> source, Map<String, Integer> spread) {
        int n = 0;
        for (String w : source) {
            if (draft.contains(w) && spread.getOrDefault(w, 0) <= 1) {
                n++;
            }
        }
        return n;
    }

    /** The Chinese characters right before a figure in its segment, without the verb that ends them. */
    static String label(Mention m) {
        String t = m.doc.folded;
        int from = m.doc.sentences.start(m.sentence);
        int i = m.start;
        while (i > from && BOUNDARY.indexOf(t.charAt(i - 1)) < 0) {
            i--;
        }
        int end = m.start;
        while (end > i && (TRAILING.indexOf(t.charAt(end - 1)) >= 0 || Character.isWhitespace(t.charAt(end - 1)))) {
            end--;
        }
        return t.substring(i, end);
    }

    /** Pairs of Chinese characters, and words in Latin letters (a name such as "OpenAI" inside a Chinese label). */
    private static Set<String> pairs(String label) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < label.length(); i++) {
            char a = label.charAt(i);
            if (Fold.isLatinLetter(a)) {
                int e = i;
                while (e < label.length() && (Fold.isLatinLetter(label.charAt(e)) || Character.isDigit(label.charAt(e)))) {
                    e++;
                }
                out.add(Lexicon.fold(label.substring(i, e)));
                i = e - 1;
            } else if (i + 1 < label.length() && Fold.isCjk(a) && Fold.isCjk(label.charAt(i + 1))) {
                out.add(label.substring(i, i + 2));
            }
        }
        return out;
    }
}
