package org.newsdesk.story.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsdesk.story.Marked;

/**
 * The words typed in a search box, split the way the index is built (V28): Chinese runs become
 * phrases of character bigrams (a single character: any bigram starting with it), everything
 * else goes to PostgreSQL's {@code websearch_to_tsquery} in English, French and as is.
 */
public record SearchTerms(String latin, String cjkQuery, List<String> cjkRuns) {

    static final Pattern CJK = Pattern.compile("[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]+");

    public static SearchTerms parse(String input) {
        String text = input == null ? "" : input.replaceAll("\\p{Cntrl}", " ").replace(Marked.START, ' ').replace(Marked.END, ' ').strip();
        List<String> runs = new ArrayList<>();
        Matcher m = CJK.matcher(text);
        while (m.find()) {
            if (!runs.contains(m.group())) {
                runs.add(m.group());
            }
        }
        String latin = CJK.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (latin.codePoints().noneMatch(Character::isLetterOrDigit)) {
            latin = "";
        }
        String cjk = runs.stream().map(SearchTerms::phrase).collect(Collectors.joining(" & "));
        return new SearchTerms(latin, cjk, List.copyOf(runs));
    }

    private static String phrase(String run) {
        if (run.length() == 1) {
            return "'" + run + "':*";
        }
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < run.length(); i++) {
            grams.add("'" + run.substring(i, i + 2) + "'");
        }
        return String.join(" <-> ", grams);
    }

    public boolean isEmpty() {
        return latin.isEmpty() && cjkRuns.isEmpty();
    }

    /** Marks every occurrence of the Chinese runs in {@code text} (which may carry marks already, around other words). */
    public String markCjk(String text) {
        String out = text;
        // a run inside a longer one is marked with it
        for (String run : cjkRuns.stream().filter(r -> cjkRuns.stream().noneMatch(o -> o.length() > r.length() && o.contains(r))).toList()) {
            out = out.replace(run, Marked.START + run + Marked.END);
        }
        return out;
    }

    /**
     * A window of about {@code width} characters of {@code text} around the first Chinese run it
     * holds, or null when it holds none.
     */
    public String cjkWindow(String text, int width) {
        int at = -1;
        for (String run : cjkRuns) {
            int i = text.indexOf(run);
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        int from = Math.max(0, at - width / 3);
        int to = Math.min(text.length(), from + width);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }
}
