package org.newsdesk.platform;

/**
 * Text as people may enter it. Control characters (NUL and the rest of C0 except tab and line
 * breaks, DEL, C1) cannot be stored by PostgreSQL or mean nothing to a reader, and bidirectional
 * overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) make text read differently from
 * what it is ("invoice‮fdp.exe"); both are removed wherever text enters the desk: pasted and fetched
 * sources, titles, search boxes, notes, and the model's answers before they are saved.
 */
public final class PlainText {

    /** The longest headline or source title the desk accepts. */
    public static final int MAX_TITLE_LENGTH = 500;
    /** The longest search the desk runs; longer ones are cut here. */
    public static final int MAX_SEARCH_LENGTH = 200;

    private PlainText() {}

    /** {@code text} without control characters and bidirectional overrides; {@code null} stays {@code null}. */
    /** "1 item", "3 items": a count with its noun in the right number (English). */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && allowed(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowed(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** What a search box sends: stripped, trimmed and at most {@link #MAX_SEARCH_LENGTH} characters. */
    public static String search(String text) {
        String t = strip(text);
        if (t == null) {
            return null;
        }
        t = t.strip();
        return t.length() > MAX_SEARCH_LENGTH ? t.substring(0, MAX_SEARCH_LENGTH) : t;
    }

    /** Whether {@code text} holds a character that {@link #strip} removes. */
    public static boolean hasForbidden(String text) {
        return text != null && !strip(text).equals(text);
    }

    static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        return !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069');
    }
}
