package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds multiples stated with a number: "19 times", "fivefold", "10x", "multiplié par sept", "sept fois plus",
 * "décuplé", "是…的20倍", "增长逾43倍", and gives the band the larger figure over the smaller must lie in.
 *
 * <p>Chinese "增长N倍" (grew by N times) is read strictly as ×(N+1): "增长了两倍" is a tripling, "增长逾一倍" more
 * than a doubling; "N倍" alone is ×N. A hedge widens the band: "nearly" up to 17.5% below, "more than" up to
 * 40% above, "about" 15% either side; a plain multiple allows the rounding of 7.5%.
 */
final class Multiples {

    /** A multiple found: its span, the band for larger/smaller, and its meaning in English. */
    record Found(int start, int end, double low, double high, String meaning) {}

    private static final String L = "A-Za-z\\u00C0-\\u024F";
    private static final String EN_N = "\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred";
    private static final String FR_N = "\\d+(?:,\\d+)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent";
    private static final Pattern EN = Pattern.compile("(?i)(?<![" + L + "])(?:(nearly|almost|close\\s+to|roughly|about|around|more\\s+than|over|some)\\s+)?"
            + "(?:(" + EN_N + ")(\\s+and\\s+a\\s+half)?(?:\\s+times|-?fold|x)(?![" + L + "])(?!\\s+(?:a|per)\\s+(?:year|day|week|month))|(five|six|seven|eight|nine|ten|twenty|hundred)fold|(quadrupl(?:ed|ing|e)|quintupl(?:ed|ing|e)))");
    private static final Pattern FR = Pattern.compile("(?i)(?<![" + L + "])(?:(presque|quasiment|près\\s+de|environ|plus\\s+de)\\s+)?"
            + "(?:multipliée?s?\\s+par\\s+(?:(?:presque|quasiment|près\\s+de|environ|plus\\s+de)\\s+)?(" + FR_N + ")|(" + FR_N + ")\\s+fois(\\s+et\\s+demie)?(?:\\s+plus)?|(quadruplée?s?|quintuplée?s?|décuplée?s?|centuplée?s?))(?![" + L + "])");
    private static final Pattern ZH = Pattern.compile("(增长|增加|提升|上涨|上升|扩大|提高|增至|达到|是|为)?了?(近|逾|超过|超|约|接近|将近)?(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)倍");

    private Multiples() {}

    static List<Found> find(String text, String language) {
        List<Found> out = new ArrayList<>();
        String lower = Anchored.asciiLower(text);
        Anchored.find(ZH, text, lower, new String[] {"倍"}, 14, 1, m -> zh(text, m, out));
        if ("zh".equals(language)) {
            return out;
        }
        String[] triggers = "fr".equals(language) ? new String[] {"fois", "multipli", "quadrupl", "quintupl", "décupl", "centupl"}
                : new String[] {"times", "fold", "quadrupl", "quintupl", "0x", "1x", "2x", "3x", "4x", "5x", "6x", "7x", "8x", "9x"};
        Anchored.find("fr".equals(language) ? FR : EN, text, lower, triggers, 40, 30, m -> latin(m, out));
        return out;
    }

    /**
     * "777X" and "1000x" glued to their number are designations (Boeing's 777X), not multiples: a multiple written
     * with an x is a small number and a lower-case x ("10x", "3x faster").
     */
    private static boolean designation(Matcher m) {
        String g = m.group();
        char last = g.charAt(g.length() - 1);
        if (m.group(2) == null || last != 'x' && last != 'X' || g.length() < 2 || !Character.isDigit(g.charAt(g.length() - 2))) {
            return false;
        }
        return last == 'X' || Double.parseDouble(m.group(2)) > 100;
    }

    private static void zh(String text, Matcher m, List<Found> out) {
        String n = m.group(3);
        BigDecimal v = Character.isDigit(n.charAt(0)) ? new BigDecimal(n) : ChineseNumerals.parse(n);
        if (v == null || v.signum() <= 0) {
            return;
        }
        boolean growth = m.group(1) != null && "增长增加提升上涨上升扩大提高".contains(m.group(1));
        double base = v.doubleValue() + (growth ? 1 : 0);
        String hedge = m.group(2) == null ? "" : switch (m.group(2)) {
            case "近", "接近", "将近" -> "nearly";
            case "约" -> "about";
            default -> "more than";
        };
        if (!growth && base <= 3 || m.start() > 0 && text.charAt(m.start() - 1) == '翻') {
            return; // "两倍", "翻近一倍", "三倍" are read by the ratio words (double, triple)
        }
        int start = growth ? m.start() : m.group(2) != null ? m.start(2) : m.start(3);
        Found f = found(start, m.end(), base, hedge, growth ? "grew " + (hedge.isEmpty() ? "" : hedge + " ") + plain(v.doubleValue()) + " times (×"
                + plain(base) + ")" : null);
        if (growth && hedge.isEmpty() && v.doubleValue() >= 3) {
            // "增长了5倍" is strictly ×6, but the press writes it for ×5 as often: a draft's "fivefold" stands
            f = new Found(f.start(), f.end(), band(v.doubleValue(), hedge)[0], f.high(), "grew " + (hedge.isEmpty() ? "" : hedge + " ")
                    + plain(v.doubleValue()) + " times (×" + plain(v.doubleValue()) + " to ×" + plain(base) + ")");
        }
        out.add(f);
    }

    private static void latin(Matcher m, List<Found> out) {
        boolean fr = m.pattern() == FR;
        String word = m.group(2) != null ? m.group(2) : fr && m.group(3) != null ? m.group(3) : m.group(4) != null && !fr ? m.group(4) : m.group(5);
        // "four and a half times", "quatre fois et demie"
        double base = number(word) + (!fr && m.group(3) != null || fr && m.group(4) != null ? 0.5 : 0);
        if (base <= 1 || designation(m)) {
            return;
        }
        String q = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String hedge = switch (q) {
            case "nearly", "almost", "close to", "presque", "quasiment", "près de" -> "nearly";
            case "roughly", "about", "around", "some", "environ" -> "about";
            case "more than", "over", "plus de" -> "more than";
            default -> "";
        };
        out.add(found(m.start(), m.end(), base, hedge, null));
    }


    private static Found found(int start, int end, double base, String hedge, String meaning) {
        double[] band = band(base, hedge);
        return new Found(start, end, band[0], band[1], meaning != null ? meaning : (hedge.isEmpty() ? "" : hedge + " ") + "×" + plain(base));
    }

    /**
     * The band larger/smaller must lie in for a multiple with a hedge: "nearly" up to 17.5% below, "about" 15%
     * either side, "more than" up to 40% above, none the rounding of 7.5%.
     */
    static double[] band(double base, String hedge) {
        return switch (hedge) {
            case "nearly" -> new double[] {base * 0.825, base};
            case "about" -> new double[] {base * 0.85, base * 1.15};
            case "more than" -> new double[] {base, base * 1.4};
            default -> new double[] {base * 0.925, base * 1.075};
        };
    }

    private static double number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Double.parseDouble(w.replace(',', '.'));
        }
        if (w.startsWith("quadrupl")) {
            return 4;
        }
        if (w.startsWith("quintupl")) {
            return 5;
        }
        if (w.startsWith("décupl")) {
            return 10;
        }
        if (w.startsWith("centupl")) {
            return 100;
        }
        return switch (w) {
            case "two", "deux" -> 2;
            case "three", "trois" -> 3;
            case "four", "quatre" -> 4;
            case "five", "cinq" -> 5;
            case "six" -> 6;
            case "seven", "sept" -> 7;
            case "eight", "huit" -> 8;
            case "nine", "neuf" -> 9;
            case "ten", "dix" -> 10;
            case "eleven", "onze" -> 11;
            case "twelve", "douze" -> 12;
            case "fifteen", "quinze" -> 15;
            case "twenty", "vingt" -> 20;
            case "thirty", "trente" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "hundred", "cent" -> 100;
            default -> 0;
        };
    }

    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
