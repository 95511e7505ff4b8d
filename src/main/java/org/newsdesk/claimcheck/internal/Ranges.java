package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lower end of a range the way its upper end is written: in "$10-12 billion", "2 à 3 %",
 * "entre 4 et 6 milliards de dollars", "10亿至12亿美元" or "5 to 6 billion euros" the first number takes the
 * scale, currency or percent sign written after the second, so each end is checked as the figure it is.
 */
final class Ranges {

    /** What the upper end of a range gives its lower end: a scale (or null), and a currency or percent sign. */
    record Upper(BigDecimal scale, boolean wanYi, String currency, boolean percent) {}

    private static final String SP = "[ \\u00A0\\u202F\\u2009]";
    private static final Pattern CONNECTOR = Pattern.compile(SP + "?(?:-|–|—|~|至|到|" + SP + "(?:to|à|au|and|et)" + SP + ")" + SP + "?"
            + "(?:US\\$|\\$|€|£|¥)?(\\d+(?:[.,]\\d+)?)");
    private static final Pattern BETWEEN = Pattern.compile("(?i)(?:between|entre|from|de)" + SP + "+(?:US\\$|\\$|€|£|¥)?$");
    private static final Pattern CJK_SCALE = Pattern.compile("[十百千万亿]+");
    private static final Pattern SCALE = Pattern.compile(SP + "?((?i:trillions?|tn|billions?|bn|milliards?|mds?|millions?|mln|mn|m|b|k))(?![A-Za-z\\u00C0-\\u024F\\d])");
    private static final Pattern CURRENCY = Pattern.compile(SP + "?(€|\\$|(?i:euros?|dollars?|d'euros|de\\s+dollars|yuans?|yens?|pounds?)(?![A-Za-z])|USD|EUR|GBP|CNY|RMB|美元|欧元|人民币|英镑|日元|港元|元)");
    private static final Pattern PERCENT = Pattern.compile(SP + "?(%|(?i:percent|per\\s+cent|pour\\s?cent))");

    private Ranges() {}

    /** "for 2025 to $27.40": a year before a smaller number is no range (a range goes up). */
    private static boolean yearBeforeSmaller(String text, int end, String upper) {
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        if (end - start != 4 || start > 0 && ".,".indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        int year = Integer.parseInt(text.substring(start, end));
        if (year < 1900 || year > 2100) {
            return false;
        }
        try {
            return Double.parseDouble(upper.replace(',', '.')) < year;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * When the number ending at {@code end} is the lower end of a range, what its upper end is written with;
     * otherwise null. "and"/"et" make a range only after "between"/"entre".
     */
    static Upper upperEnd(String text, int end, String language) {
        Matcher c = CONNECTOR.matcher(text).region(end, Math.min(text.length(), end + 40));
        if (!c.lookingAt()) {
            return null;
        }
        String joint = text.substring(end, c.start(1)).strip();
        if (yearBeforeSmaller(text, end, c.group(1))) {
            return null;
        }
        if (joint.equals("and") || joint.equals("et")) {
            int numberStart = end;
            while (numberStart > 0 && (Character.isDigit(text.charAt(numberStart - 1)) || ".,".indexOf(text.charAt(numberStart - 1)) >= 0)) {
                numberStart--;
            }
            if (!BETWEEN.matcher(text).region(Math.max(0, numberStart - 14), numberStart).find()) {
                return null;
            }
        }
        int at = c.end(1);
        BigDecimal scale = null;
        boolean wanYi = false;
        Matcher m = CJK_SCALE.matcher(text).region(at, text.length());
        if (m.lookingAt()) {
            scale = ChineseNumerals.scale(m.group());
            wanYi = m.group().indexOf('万') >= 0 || m.group().indexOf('亿') >= 0;
            at = m.end();
        } else {
            m = SCALE.matcher(text).region(at, Math.min(text.length(), at + 14));
            if (m.lookingAt()) {
                boolean currencyNext = CURRENCY.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20)).lookingAt()
                        || "$€£¥".indexOf(text.charAt(c.start(1) - 1 < 0 ? 0 : c.start(1) - 1)) >= 0;
                double factor = Lexicon.scale(m.group(1), language, m.group().equals(m.group(1)), currencyNext);
                if (factor > 0) {
                    scale = BigDecimal.valueOf(factor);
                    at = m.end();
                }
            }
        }
        String currency = null;
        m = CURRENCY.matcher(text).region(at, Math.min(text.length(), at + 30));
        if (m.lookingAt()) {
            currency = Lexicon.currency(m.group(1).replaceAll("\\s+", ""), language);
        }
        char before = text.charAt(c.start(1) - 1);
        if (currency == null && "$€£¥".indexOf(before) >= 0) {
            currency = Lexicon.currency(String.valueOf(before), language);
        }
        boolean percent = currency == null && PERCENT.matcher(text).region(at, Math.min(text.length(), at + 12)).lookingAt();
        if (scale == null && currency == null && !percent) {
            return null;
        }
        return new Upper(scale, wanYi, currency, percent);
    }
}
