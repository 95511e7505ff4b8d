package org.newsdesk.claimcheck.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimValue;

/**
 * Finds time expressions relative to the day a source was published, in English, French and Chinese, and
 * resolves each to a calendar date as precise as it is: "on Thursday" in a story of Fri 2026-03-06 is
 * 2026-03-05, "last month" in a story of March 2026 is February 2026, "il y a deux ans" in 2025 is 2023,
 * "下月" in July 2025 is August 2025. A bare weekday is the latest such day on or before publication (wire
 * stories report what happened); "next Tuesday", "mardi prochain" and "下周二" look forward.
 *
 * <p>Only sources are read this way: a draft has no publication date of its own yet, and what it states
 * must be a date a reader can check.
 */
final class RelativeDates {

    /** A relative expression and what it resolves to, with the resolution in words for the reviewer. */
    record Found(int start, int end, ClaimValue.DateValue value, String how) {}

    private static final String L = "A-Za-z\\u00C0-\\u024F";
    private static final String EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String FR_DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String NUMBER = "\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|a|an|one|un|une";

    private static final Pattern EN = Pattern.compile("(?i)(?<![" + L + "])(?:(last|next|this)\\s+)?(" + EN_DAYS + ")(?![" + L + "])"
            + "|(?<![" + L + "])(today|yesterday|tomorrow|tonight|this\\s+morning|this\\s+afternoon|this\\s+evening|last\\s+night)(?![" + L + "])"
            + "|(?<![" + L + "])(last|next|this|earlier\\s+this|later\\s+this|early\\s+this|late\\s+last|early\\s+last|earlier\\s+last)\\s+(month|year)(?![" + L + "])"
            + "|(?<![" + L + "])(" + NUMBER + ")\\s+years?\\s+ago(?![" + L + "])");
    private static final Pattern FR = Pattern.compile("(?i)(?<![" + L + "])(?:(ce)\\s+)?(" + FR_DAYS + ")(?:\\s+(dernier|prochain))?(?![" + L + "])"
            + "|(?<![" + L + "])(aujourd'hui|avant-hier|hier|demain|ce\\s+matin|cet\\s+après-midi|ce\\s+soir|la\\s+nuit\\s+dernière)(?![" + L + "])"
            + "|(?<![" + L + "])(?:(?:le|du|au)\\s+)?(mois|an|année)\\s+(dernier|dernière|prochain|prochaine|passé|passée)(?![" + L + "])"
            + "|(?<![" + L + "])l'(an|année)\\s+(dernier|dernière|prochain|prochaine|passé|passée)(?![" + L + "])"
            + "|(?<![" + L + "])(?:(ce\\s+mois)(?:-ci)?|(cette\\s+année))(?![" + L + "])"
            + "|(?<![" + L + "])il\\s+y\\s+a\\s+(" + NUMBER + ")\\s+ans?(?![" + L + "])");
    /**
     * What follows a number, not a weekday: "上周三大人民币汇率指数" is "last week, the three main indices"; a
     * measure word or "大" after the digit makes it a count.
     */
    static final String NOT_A_WEEKDAY_AFTER = "[大个家项名位只种成倍条次款座所十百千万亿]";

    private static final Pattern ZH = Pattern.compile("(上|下|本|这)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天])(?!" + NOT_A_WEEKDAY_AFTER + ")"
            + "|(今天|今日|昨天|昨日|前天|明天|明日|今晨|今早|今晚|昨晚|昨夜)"
            + "|(上个?月|下个?月|本月|这个月|当月)(初|底|末|中旬|上旬|下旬)?"
            + "|(去年|今年|明年|前年)(?![一二三四五六七八九十\\d]{1,2}月|第?[一二三四1-4]季度|[上下]半年)");

    private RelativeDates() {}

    static List<Found> find(String text, String language, LocalDate published) {
        List<Found> out = new ArrayList<>();
        if (published == null) {
            return out;
        }
        if ("zh".equals(language) || hasCjk(text)) {
            zh(text, published, out);
        }
        if ("fr".equals(language)) {
            fr(text, published, out);
        } else if (!"zh".equals(language)) {
            en(text, published, out);
        }
        return out;
    }

    private static boolean hasCjk(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Fold.isCjk(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void en(String text, LocalDate p, List<Found> out) {
        Matcher m = EN.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String rel = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                if (rel.isEmpty() && Character.isLowerCase(m.group(2).charAt(0))) {
                    continue; // "monday" in lower case is no weekday of a wire story
                }
                day(out, m, rel.equals("last") ? inWeek(p, dow, -1) : rel.equals("this") ? inWeek(p, dow, 0)
                        : weekday(p, dow, rel.equals("next") ? 1 : 0), p);
            } else if (m.group(3) != null) {
                int shift = switch (m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
                    case "yesterday", "last night" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                day(out, m, p.plusDays(shift), p);
            } else if (m.group(5) != null) {
                String rel = m.group(4).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                int shift = rel.endsWith("last") ? -1 : rel.equals("next") ? 1 : 0;
                if (m.group(5).equalsIgnoreCase("month")) {
                    month(out, m, p.plusMonths(shift), p);
                } else {
                    year(out, m, p.getYear() + shift, p);
                }
            } else {
                Integer n = count(m.group(6));
                if (n != null) {
                    year(out, m, p.getYear() - n, p);
                }
            }
        }
    }

    private static void fr(String text, LocalDate p, List<Found> out) {
        Matcher m = FR.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                DayOfWeek dow = DayOfWeek.of(List.of(FR_DAYS.split("\\|")).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
                String rel = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
                day(out, m, m.group(1) != null ? inWeek(p, dow, 0)
                        : weekday(p, dow, rel.equals("prochain") ? 1 : rel.equals("dernier") ? -1 : 0), p);
            } else if (m.group(4) != null) {
                int shift = switch (m.group(4).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
                    case "hier", "la nuit dernière" -> -1;
                    case "avant-hier" -> -2;
                    case "demain" -> 1;
                    default -> 0;
                };
                day(out, m, p.plusDays(shift), p);
            } else if (m.group(5) != null || m.group(7) != null) {
                String unit = (m.group(5) != null ? m.group(5) : m.group(7)).toLowerCase(Locale.ROOT);
                String rel = (m.group(5) != null ? m.group(6) : m.group(8)).toLowerCase(Locale.ROOT);
                int shift = rel.startsWith("prochain") ? 1 : -1;
                if (unit.equals("mois")) {
                    month(out, m, p.plusMonths(shift), p);
                } else {
                    year(out, m, p.getYear() + shift, p);
                }
            } else if (m.group(9) != null) {
                month(out, m, p, p);
            } else if (m.group(10) != null) {
                year(out, m, p.getYear(), p);
            } else {
                Integer n = count(m.group(11));
                if (n != null) {
                    year(out, m, p.getYear() - n, p);
                }
            }
        }
    }

    private static void zh(String text, LocalDate p, List<Found> out) {
        Matcher m = ZH.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                String d = m.group(2);
                DayOfWeek dow = DayOfWeek.of(d.equals("日") || d.equals("天") ? 7 : "一二三四五六".indexOf(d) + 1);
                String rel = m.group(1) == null ? "" : m.group(1);
                LocalDate date;
                if (rel.equals("上") || rel.equals("下")) {
                    date = inWeek(p, dow, rel.equals("上") ? -1 : 1);
                } else if (rel.equals("本") || rel.equals("这")) {
                    date = inWeek(p, dow, 0);
                } else {
                    date = weekday(p, dow, 0);
                }
                day(out, m, date, p);
            } else if (m.group(3) != null) {
                int shift = switch (m.group(3)) {
                    case "昨天", "昨日", "昨晚", "昨夜" -> -1;
                    case "前天" -> -2;
                    case "明天", "明日" -> 1;
                    default -> 0;
                };
                day(out, m, p.plusDays(shift), p);
            } else if (m.group(4) != null) {
                String r = m.group(4);
                month(out, m, p.plusMonths(r.startsWith("上") ? -1 : r.startsWith("下") ? 1 : 0), p);
            } else {
                int shift = switch (m.group(6)) {
                    case "去年" -> -1;
                    case "明年" -> 1;
                    case "前年" -> -2;
                    default -> 0;
                };
                year(out, m, p.getYear() + shift, p);
            }
        }
    }

    /**
     * The weekday of the publication's own week (0), of the week before (-1) or after (1), weeks starting on Monday:
     * "ce mardi" and "this Tuesday" in a story of Mon 2021-02-01 are 2021-02-02; "last Tuesday" in a story of Wed
     * 2019-11-20 is 2019-11-12, the day before being just "Tuesday".
     */
    static LocalDate inWeek(LocalDate published, DayOfWeek dow, int weeks) {
        return published.minusDays(published.getDayOfWeek().getValue() - 1L).plusWeeks(weeks).plusDays(dow.getValue() - 1L);
    }

    /** The weekday nearest the publication: on or before it (0), strictly before (-1) or strictly after (1). */
    static LocalDate weekday(LocalDate published, DayOfWeek dow, int direction) {
        int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        if (direction > 0) {
            int ahead = (dow.getValue() - published.getDayOfWeek().getValue() + 7) % 7;
            return published.plusDays(ahead == 0 ? 7 : ahead);
        }
        return published.minusDays(direction < 0 && back == 0 ? 7 : back);
    }

    private static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        if (w.equals("a") || w.equals("an") || w.equals("one") || w.equals("un") || w.equals("une")) {
            return 1;
        }
        return Lexicon.NUMBER_WORDS.get(w);
    }

    static String story(LocalDate p) {
        return "in a story of " + p.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + p;
    }

    private static void day(List<Found> out, Matcher m, LocalDate d, LocalDate p) {
        out.add(new Found(m.start(), m.end(), new ClaimValue.DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                "\"" + m.group().strip() + "\" " + story(p) + " = " + d));
    }

    private static void month(List<Found> out, Matcher m, LocalDate d, LocalDate p) {
        ClaimValue.DateValue v = new ClaimValue.DateValue(d.getYear(), d.getMonthValue(), 0);
        out.add(new Found(m.start(), m.end(), v, "\"" + m.group().strip() + "\" " + story(p) + " = " + v.display()));
    }

    private static void year(List<Found> out, Matcher m, int year, LocalDate p) {
        out.add(new Found(m.start(), m.end(), new ClaimValue.DateValue(year, 0, 0), "\"" + m.group().strip() + "\" " + story(p) + " = " + year));
    }
}
