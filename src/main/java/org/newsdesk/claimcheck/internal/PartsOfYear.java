package org.newsdesk.claimcheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimValue;

/**
 * Finds quarters and halves of a year in English, French and Chinese, with their year when the text gives
 * it: "Q3 2025", "the third quarter of 2025", "2025Q3", "T3", "au troisième trimestre", "第三季度", "第二财季" (a fiscal quarter), "今年三季度",
 * "H1 2025", "the first half", "premier semestre", "2025年上半年". A relative year ("今年", "this year's") is
 * resolved against the publication date when there is one.
 */
final class PartsOfYear {

    /** A quarter or half found in a text; {@code relativeYear} is the offset from the publication year, or null. */
    record Found(int start, int end, ClaimValue.YearPart value, Integer relativeYear) {}

    private static final String L = "A-Za-z\\u00C0-\\u024F";
    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final Pattern EN = Pattern.compile("(?i)(?<![" + L + "\\d])(?:" + YEAR + "\\s*)?(?-i:Q([1-4]))(?:\\s*(?:FY\\s*)?'?" + YEAR + ")?(?![" + L + "\\d])"
            + "|(?<![" + L + "\\d])" + YEAR + "\\s*(?-i:H([12]))(?![" + L + "\\d])"
            + "|(?<![" + L + "\\d])(?-i:H([12]))(?:\\s*" + YEAR + ")?(?![" + L + "\\d])"
            + "|(?<![" + L + "])(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(quarter|half)(?:\\s+of\\s+(?:fiscal\\s+(?:year\\s+)?)?" + YEAR + ")?(?![" + L + "])");
    private static final Pattern FR = Pattern.compile("(?i)(?<![" + L + "\\d])(?-i:([TS])([1-4]))(?:\\s*" + YEAR + ")?(?![" + L + "\\d])"
            + "|(?<![" + L + "])(premier|1er|deuxième|2e|second|seconde|troisième|3e|quatrième|4e)\\s+(trimestre|semestre)(?:\\s+(?:de\\s+l'(?:année|exercice)\\s+)?" + YEAR + ")?(?![" + L + "])");
    private static final Pattern ZH = Pattern.compile("(?:" + YEAR + "\\s*年(?:度)?|(今年|去年|明年))?\\s*(?:第?([一二三四1-4])(?:财?季度|财季)|([上下])半年(?!度?内)|Q([1-4]))");

    private static final String[] ZH_TRIGGERS = {"季度", "财季", "半年", "q1", "q2", "q3", "q4"};
    private static final String[] EN_TRIGGERS = {"q1", "q2", "q3", "q4", "h1", "h2", "quarter", "half"};
    private static final String[] FR_TRIGGERS = {"t1", "t2", "t3", "t4", "s1", "s2", "trimestre", "semestre"};

    private PartsOfYear() {}

    static List<Found> find(String text, String language) {
        List<Found> out = new ArrayList<>();
        String lower = Anchored.asciiLower(text);
        for (MatchResult m : Anchored.all(ZH, text, lower, ZH_TRIGGERS, 16, 12)) {
            int year = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            Integer rel = m.group(2) == null ? null : switch (m.group(2)) {
                case "去年" -> -1;
                case "明年" -> 1;
                default -> 0;
            };
            if (m.group(3) != null) {
                out.add(new Found(m.start(), m.end(), quarter(year, "一二三四1234".indexOf(m.group(3)) % 4 + 1), rel));
            } else if (m.group(4) != null) {
                out.add(new Found(m.start(), m.end(), half(year, m.group(4).equals("上") ? 1 : 2), rel));
            } else if (year > 0 || rel != null) {
                out.add(new Found(m.start(), m.end(), quarter(year, Integer.parseInt(m.group(5))), rel));
            }
        }
        if ("fr".equals(language)) {
            for (MatchResult m : Anchored.all(FR, text, lower, FR_TRIGGERS, 16, 30)) {
                if (m.group(1) != null) {
                    int n = Integer.parseInt(m.group(2));
                    int year = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                    if (m.group(1).equals("T")) {
                        out.add(new Found(m.start(), m.end(), quarter(year, n), null));
                    } else if (n <= 2 && (year > 0 || precededBy(text, m.start(), "au", "du", "le", "ce", "sur le", "en"))) {
                        out.add(new Found(m.start(), m.end(), half(year, n), null));
                    }
                } else {
                    int n = ordinal(m.group(4));
                    int year = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                    boolean quarter = m.group(5).equalsIgnoreCase("trimestre");
                    if (quarter || n <= 2) {
                        out.add(new Found(m.start(), m.end(), quarter ? quarter(year, n) : half(year, n), null));
                    }
                }
            }
        } else {
            for (MatchResult m : Anchored.all(EN, text, lower, EN_TRIGGERS, 16, 30)) {
                if (m.group(2) != null) {
                    String y = m.group(1) != null ? m.group(1) : m.group(3);
                    out.add(new Found(m.start(), m.end(), quarter(y == null ? 0 : Integer.parseInt(y), Integer.parseInt(m.group(2))), null));
                } else if (m.group(5) != null) {
                    out.add(new Found(m.start(), m.end(), half(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))), null));
                } else if (m.group(6) != null) {
                    out.add(new Found(m.start(), m.end(), half(m.group(7) == null ? 0 : Integer.parseInt(m.group(7)), Integer.parseInt(m.group(6))), null));
                } else {
                    int n = ordinal(m.group(8));
                    int year = m.group(10) == null ? 0 : Integer.parseInt(m.group(10));
                    boolean quarter = m.group(9).equalsIgnoreCase("quarter");
                    if (quarter || n <= 2) {
                        out.add(new Found(m.start(), m.end(), quarter ? quarter(year, n) : half(year, n), null));
                    }
                }
            }
        }
        return out;
    }

    private static boolean precededBy(String text, int at, String... words) {
        String before = text.substring(Math.max(0, at - 8), at).toLowerCase(Locale.ROOT).stripTrailing();
        for (String w : words) {
            if (before.endsWith(" " + w) || before.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static int ordinal(String w) {
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "first", "1st", "premier", "1er" -> 1;
            case "second", "2nd", "deuxième", "2e", "seconde" -> 2;
            case "third", "3rd", "troisième", "3e" -> 3;
            default -> 4;
        };
    }

    static ClaimValue.YearPart quarter(int year, int q) {
        return new ClaimValue.YearPart(year, 3 * q - 2, 3 * q);
    }

    static ClaimValue.YearPart half(int year, int h) {
        return new ClaimValue.YearPart(year, 6 * h - 5, 6 * h);
    }
}
