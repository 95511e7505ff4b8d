package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/** Finds periods of time: "18 months", "half a year", "un an et demi", "一年半", "三个月". */
final class PeriodFinder extends Finder {

    void find() {
        periods();
    }

    private static final String EN_NUMBER_WORD = "\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty";

    private static final Pattern EN_PERIOD = Pattern.compile("(?i)(?<![" + LATIN + "\\d])(?:(half[\\s-]+a|half)[\\s-]+(year|decade|month)|(?:a|an|one)\\s+(year|month)\\s+and\\s+a\\s+half"
            + "|(" + EN_NUMBER_WORD + ")(\\s+and\\s+a\\s+half)?[\\s-]+(years?|months?|weeks?|days?|decades?|quarters?))(?![" + LATIN + "])(?![\\s-]+old)");

    private static final String FR_NUMBER_WORD = "\\d+(?:,\\d+)?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix-huit|dix|onze|douze|quinze|vingt|trente";

    private static final Pattern FR_PERIOD = Pattern.compile("(?i)(?<![" + LATIN + "\\d])(?:(?:un|une)\\s+(an|année|mois|semaine|décennie)\\s+et\\s+demie?|(?:un\\s+)?(semestre)"
            + "|(" + FR_NUMBER_WORD + ")\\s+(ans?|années?|mois|semaines?|jours?|décennies?|trimestres?|semestres?))(?![" + LATIN + "])");

    private static final Pattern ZH_PERIOD = Pattern.compile("(?<![\\d零〇一二两三四五六七八九十上下])(近|约|将近|大约)?(半年|一年半|半个月|(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)(个)?多?(年半|年|月|周|星期|天|日))$");

    private void periods() {
        if (!fr()) {
            Matcher m = EN_PERIOD.matcher(text);
            while (m.find()) {
                double months;
                if (m.group(2) != null) {
                    months = unitMonths(m.group(2)) / 2;
                } else if (m.group(3) != null) {
                    months = unitMonths(m.group(3)) * 1.5;
                } else {
                    Double n = numberWord(m.group(4));
                    if (n == null) {
                        continue;
                    }
                    months = (n + (m.group(5) != null ? 0.5 : 0)) * unitMonths(m.group(6));
                }
                addPeriod(m.start(), m.end(), months, Mention.Hedge.EXACT);
            }
        } else {
            Matcher m = FR_PERIOD.matcher(text);
            while (m.find()) {
                double months;
                if (m.group(1) != null) {
                    months = unitMonths(m.group(1)) * 1.5;
                } else if (m.group(2) != null) {
                    months = 6;
                } else {
                    Double n = numberWord(m.group(3));
                    if (n == null || m.group(3).equalsIgnoreCase("un") || m.group(3).equalsIgnoreCase("une")) {
                        continue; // "un an" is "a year", not a figure (as "a year" in English)
                    }
                    months = n * unitMonths(m.group(4));
                }
                addPeriod(m.start(), m.end(), months, Mention.Hedge.EXACT);
            }
        }
        for (int at = 1; at <= text.length(); at++) {
            if ("年月周期天日".indexOf(text.charAt(at - 1)) < 0) {
                continue; // the pattern is anchored at the unit: tried only where one is
            }
            Matcher m = ZH_PERIOD.matcher(text).useTransparentBounds(true).region(Math.max(0, at - 14), at);
            if (!m.find()) {
                continue;
            }
            double months;
            String whole = m.group(2);
            if (whole.equals("半年")) {
                months = 6;
            } else if (whole.equals("一年半")) {
                months = 18;
            } else if (whole.equals("半个月")) {
                months = 0.5;
            } else {
                String unit = m.group(5);
                if (unit.equals("月") && m.group(4) == null) {
                    continue;
                }
                boolean past = "近".equals(m.group(1)) || text.startsWith("过去", Math.max(0, m.start(3) - 2)) || text.startsWith("最近", Math.max(0, m.start(3) - 2));
                if (unit.equals("日") && !past) {
                    continue; // "30日" is a day of the month; "近30日", "过去30日" are the past 30 days
                }
                BigDecimal n = Character.isDigit(m.group(3).charAt(0)) ? new BigDecimal(m.group(3)) : ChineseNumerals.parse(m.group(3));
                if (n == null || unit.startsWith("年") && n.doubleValue() >= 100) {
                    continue;
                }
                months = switch (unit) {
                    case "年" -> 12 * n.doubleValue();
                    case "年半" -> 12 * n.doubleValue() + 6;
                    case "月" -> n.doubleValue();
                    case "周", "星期" -> n.doubleValue() * 7 / 30.44;
                    default -> n.doubleValue() / 30.44;
                };
            }
            boolean pastDays = m.group(5) != null && m.group(5).equals("日");
            addPeriod(m.start(), m.end(), months, m.group(1) == null || pastDays ? Mention.Hedge.EXACT : Mention.Hedge.APPROX);
        }
    }

    private static Double numberWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (Character.isDigit(l.charAt(0))) {
            return Double.parseDouble(l.replace(',', '.'));
        }
        Integer n = Lexicon.NUMBER_WORDS.get(l);
        return n == null ? null : n.doubleValue();
    }

    private static double unitMonths(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("year") || u.startsWith("an") || u.startsWith("ann")) {
            return 12;
        }
        if (u.startsWith("decade") || u.startsWith("décenn")) {
            return 120;
        }
        if (u.startsWith("quarter") || u.startsWith("trimestre")) {
            return 3;
        }
        if (u.startsWith("semestre")) {
            return 6;
        }
        if (u.startsWith("month") || u.equals("mois")) {
            return 1;
        }
        if (u.startsWith("week") || u.startsWith("semaine")) {
            return 7 / 30.44;
        }
        return 1 / 30.44;
    }

    private void addPeriod(int start, int end, double months, Mention.Hedge hedge) {
        if (free(start, end)) {
            add(Mention.other(start, end, text.substring(start, end), ClaimKind.PERIOD, new ClaimValue.Period(months), hedge));
        }
    }

    PeriodFinder(Scan scan) {
        super(scan);
    }
}
