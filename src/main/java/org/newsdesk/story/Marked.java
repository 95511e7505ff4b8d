package org.newsdesk.story;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the words a search matched marked: {@link #START} and {@link #END} (two private-use
 * characters that content never holds) around each match. Views turn it into plain text and
 * {@code <mark>} elements, so nothing in it is ever taken as markup.
 */
public record Marked(String text) {

    public static final char START = '\uE000';
    public static final char END = '\uE001';

    /** One stretch of the text, matched or not. */
    public record Segment(String text, boolean match) {}

    public Marked {
        text = text == null ? "" : text;
    }

    public static Marked plain(String text) {
        return new Marked(text == null ? "" : text.replace(START, ' ').replace(END, ' '));
    }

    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START || c == END) {
                if (!current.isEmpty()) {
                    out.add(new Segment(current.toString(), inMatch));
                    current.setLength(0);
                }
                inMatch = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            out.add(new Segment(current.toString(), inMatch));
        }
        return out;
    }

    /** The matched words, in order (what a reader sees highlighted). */
    public List<String> matches() {
        return segments().stream().filter(Segment::match).map(Segment::text).toList();
    }

    /** The text without marks. */
    public String plainText() {
        return text.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }

    public boolean hasMatch() {
        return text.indexOf(START) >= 0;
    }
}
