package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals, also mixed with Arabic digits: 一, 两, 十, 百, 千, 万, 亿, 点 ("三十亿" = 3,000,000,000,
 * "1.38万" = 13,800, "1612.5亿" = 161,250,000,000, "一千零五" = 1,005, "二〇二三" = 2023).
 */
public final class ChineseNumerals {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);

    private ChineseNumerals() {}

    /** The digit a character stands for, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value of a small unit (十, 百, 千), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    /** The factor a run of scale characters stands for ("万" = 10^4, "亿" = 10^8, "千万" = 10^7, "万亿" = 10^12). */
    static BigDecimal scale(String units) {
        BigDecimal f = BigDecimal.ONE;
        for (char c : units.toCharArray()) {
            f = f.multiply(switch (c) {
                case '万' -> TEN_THOUSAND;
                case '亿' -> HUNDRED_MILLION;
                default -> BigDecimal.valueOf(smallUnit(c));
            });
        }
        return f;
    }

    static boolean isNumeral(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || c == '万' || c == '亿';
    }

    /** The value of a numeral, or {@code null} when it is none. */
    public static BigDecimal parse(String s) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal number = null;
        boolean lastWasDigit = false;
        boolean any = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) {
                    j++;
                }
                number = new BigDecimal(s.substring(i, j).replace(",", ""));
                any = true;
                lastWasDigit = false;
                i = j;
                continue;
            }
            int d = digit(c);
            if (d >= 0) {
                number = lastWasDigit && number != null ? number.multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d))
                        : BigDecimal.valueOf(d);
                lastWasDigit = true;
                any = true;
            } else if (c == '点' && i + 1 < n && digit(s.charAt(i + 1)) >= 0) {
                StringBuilder fraction = new StringBuilder("0.");
                int j = i + 1;
                while (j < n && digit(s.charAt(j)) >= 0) {
                    fraction.append(digit(s.charAt(j)));
                    j++;
                }
                number = (number == null ? BigDecimal.ZERO : number).add(new BigDecimal(fraction.toString()));
                lastWasDigit = false;
                i = j;
                continue;
            } else if (smallUnit(c) > 0) {
                section = section.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(smallUnit(c))));
                number = null;
                lastWasDigit = false;
                any = true;
            } else if (c == '万') {
                section = section.add(number == null ? BigDecimal.ZERO : number);
                section = (section.signum() == 0 ? BigDecimal.ONE : section).multiply(TEN_THOUSAND);
                number = null;
                lastWasDigit = false;
                any = true;
            } else if (c == '亿') {
                total = total.add(section).add(number == null ? BigDecimal.ZERO : number);
                total = (total.signum() == 0 ? BigDecimal.ONE : total).multiply(HUNDRED_MILLION);
                section = BigDecimal.ZERO;
                number = null;
                lastWasDigit = false;
                any = true;
            } else {
                return null;
            }
            i++;
        }
        if (!any) {
            return null;
        }
        return total.add(section).add(number == null ? BigDecimal.ZERO : number);
    }
}
