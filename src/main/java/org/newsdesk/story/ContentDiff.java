package org.newsdesk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Compares two versions of a story field by field, word by word (character by character in
 * Chinese, which has no spaces), with java-diff-utils.
 */
public final class ContentDiff {

    /** Words, single CJK characters, runs of spaces, and single punctuation marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}_'’.,%€$]+(?<![.,])|\\s+|.",
            Pattern.DOTALL);

    private ContentDiff() {}

    public enum Kind { SAME, ADDED, REMOVED }

    public record Segment(Kind kind, String text) {}

    public record FieldDiff(ContentField field, String language, List<Segment> segments) {}

    /** The fields whose text differs between {@code before} and {@code after}, with their word-level changes. */
    public static List<FieldDiff> compare(StoryContent before, StoryContent after, List<String> languages) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (String lang : languages) {
            for (ContentField f : ContentField.values()) {
                String a = before.in(lang).text(f);
                String b = after.in(lang).text(f);
                if (!a.equals(b)) {
                    diffs.add(new FieldDiff(f, lang, words(a, b)));
                }
            }
        }
        return diffs;
    }

    public static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Kind.SAME, a.subList(pos, start));
            add(out, Kind.REMOVED, delta.getSource().getLines());
            add(out, Kind.ADDED, delta.getTarget().getLines());
            pos = start + delta.getSource().size();
        }
        add(out, Kind.SAME, a.subList(pos, a.size()));
        return out;
    }

    private static void add(List<Segment> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new Segment(kind, out.getLast().text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
