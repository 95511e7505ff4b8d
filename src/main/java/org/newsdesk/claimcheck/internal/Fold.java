package org.newsdesk.claimcheck.internal;

/**
 * Folds full-width digits, letters and signs to ASCII and curly apostrophes to straight ones, one
 * character for one, so that offsets in the folded text are offsets in the original.
 */
final class Fold {

    private Fold() {}

    static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
                out[i] = (char) (c - 0xFEE0);
            } else {
                out[i] = switch (c) {
                    case '\uFF05' -> '%';
                    case '\uFF0E' -> '.';
                    case '\uFF04' -> '$';
                    case '\uFF08' -> '(';
                    case '\uFF09' -> ')';
                    case '\uFF5E', '\u301C' -> '~';
                    case '\u2019', '\u2018', '\u02BC' -> '\'';
                    case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
                    default -> c;
                };
            }
        }
        return new String(out);
    }

    /** A space inside a number or between a number and its unit: ordinary, no-break, narrow no-break, thin. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c == '\u3007';
    }

    static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7';
    }
}
