package org.newsdesk.claimcheck.internal;

import java.util.Arrays;
import java.util.Set;

/** Where the sentences of a text begin and end, for passages and for the window around a number. */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "mr", "mrs", "ms", "dr", "st",
            "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "janv", "févr", "fév", "avr", "juil", "déc", "env", "approx", "no", "mme", "m", "cf", "p", "ca");

    private final String text;
    private final int[] starts;

    private Sentences(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static Sentences of(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean boundary = switch (c) {
                case '\n', '。', '！', '？', '；', '!', '?', ';', '…' -> true;
                case '.' -> endsSentence(text, i);
                default -> false;
            };
            if (boundary) {
                int next = i + 1;
                while (next < n && "\"'”’）)」』".indexOf(text.charAt(next)) >= 0) {
                    next++;
                }
                if (next < n) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    if (next > starts[count - 1]) {
                        starts[count++] = next;
                    }
                }
                i = next - 1;
            }
        }
        return new Sentences(text, Arrays.copyOf(starts, count));
    }

    private static boolean endsSentence(String text, int dot) {
        int n = text.length();
        if (dot + 1 < n && !Character.isWhitespace(text.charAt(dot + 1)) && !Fold.isCjk(text.charAt(dot + 1))) {
            return false;
        }
        int w = dot;
        while (w > 0 && (Fold.isLatinLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".")
                || ABBREVIATIONS.contains(word.toLowerCase())) {
            return false;
        }
        int next = dot + 1;
        while (next < n && Character.isWhitespace(text.charAt(next))) {
            if (text.charAt(next) == '\n') {
                return true;
            }
            next++;
        }
        return next >= n || !Character.isLowerCase(text.charAt(next));
    }

    int count() {
        return starts.length;
    }

    /** The sentence that holds the character at {@code offset}. */
    int indexOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int start(int sentence) {
        int s = starts[sentence];
        int e = end(sentence);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    int end(int sentence) {
        int e = sentence + 1 < starts.length ? starts[sentence + 1] : text.length();
        while (e > starts[sentence] && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
