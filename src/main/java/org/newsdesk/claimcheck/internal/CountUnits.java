package org.newsdesk.claimcheck.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Every unit a count's next few words name, not only the first: "157家A股产业链公司" counts shares by its first unit word (A股)
 * but companies too (公司), "157 A-share chip companies" chips and companies. Two counts whose first units differ still
 * count the same thing when their next words name a unit in common, so "different meaning" needs the two to share
 * none ("13,800 GPUs" and "13,800 employees" share none).
 */
final class CountUnits {

    private static final int LATIN_WORDS = 3;
    private static final int CJK_CHARS = 8;

    private CountUnits() {}

    /** Whether the words after two counts name a unit in common. */
    static boolean shareAUnit(Mention a, Mention b) {
        Set<String> ours = named(a);
        if (ours.isEmpty()) {
            return false;
        }
        for (String u : named(b)) {
            for (String o : ours) {
                if (Lexicon.compatibleUnits(u, o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The units the few words after a count name. */
    static Set<String> named(Mention m) {
        return m.doc == null ? new HashSet<>() : named(m.doc.folded, m.end, Math.min(m.doc.folded.length(), m.end + CJK_CHARS), LATIN_WORDS);
    }

    /** The units the words of a mention's sentence name. */
    static Set<String> inSentence(Mention m) {
        Sentences s = m.doc.sentences;
        return named(m.doc.folded, s.start(m.sentence), s.end(m.sentence), Integer.MAX_VALUE);
    }

    private static Set<String> named(String t, int from, int cjkEnd, int latinWords) {
        Set<String> out = new HashSet<>();
        int n = latinWords == Integer.MAX_VALUE ? cjkEnd : t.length();
        int i = from;
        for (int k = from; k < cjkEnd; k++) {
            char c = t.charAt(k);
            if (latinWords != Integer.MAX_VALUE && "，。；：！？,.;:!?".indexOf(c) >= 0) {
                break;
            }
            for (String u : Lexicon.CJK_UNITS) {
                if (t.startsWith(u, k)) {
                    out.add(Lexicon.unit(u));
                }
            }
        }
        int words = 0;
        while (i < n && words < latinWords) {
            while (i < n && !Fold.isLatinLetter(t.charAt(i)) && (latinWords == Integer.MAX_VALUE || Fold.isSpace(t.charAt(i)) || t.charAt(i) == '-')) {
                i++;
            }
            if (i >= n || !Fold.isLatinLetter(t.charAt(i))) {
                break;
            }
            int w = i;
            while (w < n && Fold.isLatinLetter(t.charAt(w))) {
                w++;
            }
            String unit = Lexicon.unit(t.substring(i, w));
            if (unit != null) {
                out.add(unit);
            }
            words += w - i > 1 ? 1 : 0; // "A-share": a letter is no word of its own
            i = w;
        }
        return out;
    }
}
