package org.newsdesk.claimcheck.internal;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only around the places where one of its trigger words occurs ("倍", "times", "季度"), so that a
 * finder costs a few fast substring searches on a text that has none of them, instead of a regex attempt at
 * every position.
 */
final class Anchored {

    private Anchored() {}

    /** Text with ASCII letters in lower case, of the same length, for case-insensitive trigger searches. */
    static String asciiLower(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 32;
            }
        }
        return new String(c);
    }

    /** The matches {@link #find} visits, as results. */
    static java.util.List<java.util.regex.MatchResult> all(Pattern pattern, String text, String lower, String[] triggers, int before, int after) {
        java.util.List<java.util.regex.MatchResult> out = new java.util.ArrayList<>();
        find(pattern, text, lower, triggers, before, after, m -> out.add(m.toMatchResult()));
        return out;
    }

    /**
     * Each match of {@code pattern} in a window of {@code before} characters before and {@code after} after each
     * occurrence of a trigger (searched in {@code lower}, triggers in lower case), in text order, once each.
     */
    static void find(Pattern pattern, String text, String lower, String[] triggers, int before, int after, Consumer<Matcher> each) {
        int[] starts = new int[8];
        int count = 0;
        for (String t : triggers) {
            for (int at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at;
            }
        }
        if (count == 0) {
            return;
        }
        java.util.Arrays.sort(starts, 0, count);
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int done = 0;
        for (int i = 0; i < count; i++) {
            int from = Math.max(done, starts[i] - before);
            int to = Math.min(text.length(), starts[i] + after);
            if (from >= to) {
                continue;
            }
            m.region(from, to);
            while (m.find()) {
                int start = m.start();
                if (to < text.length() && to < start + after) {
                    // the window may have cut the match short ("Oct." of "Oct. 11" when "laughed" opened it): read it again with room
                    to = Math.min(text.length(), start + after);
                    m.region(start, to);
                    if (!m.lookingAt()) {
                        break;
                    }
                }
                each.accept(m);
                done = Math.max(done, m.end());
            }
        }
    }
}
