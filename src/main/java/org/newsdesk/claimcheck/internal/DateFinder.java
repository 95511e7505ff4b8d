package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/**
 * Finds dates: ISO and French numeric dates, "March 5, 2026", "5 mars", "2025年3月5日", "3月", quarters and halves
 * ({@link PartsOfYear}) and, in a source, relative dates resolved against its publication ({@link RelativeDates}).
 */
final class DateFinder extends Finder {

    /** Quarters and halves, dates, then (in a source) relative dates, in that order. */
    void find() {
        partsOfYear(scan.publishedOn, scan.source);
        dates();
        if (scan.source) {
            relativeDates(scan.publishedOn);
        }
    }

    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\\d|3[01])(?![\\d])");

    private static final Pattern FR_NUMERIC_DATE = Pattern.compile("(?<![\\d/])(0?[1-9]|[12]\\d|3[01])/(0?[1-9]|1[0-2])/((?:19|20)\\d{2})(?!\\d)");

    private static final String CJK_MONTH = "1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]";

    private static final String CJK_DAY = "[12]\\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]";

    private static final Pattern ZH_YEAR_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2}|[一二][〇零九][一二三四五六七八九〇零]{2})\\s*年(?:\\s*(" + CJK_MONTH
            + ")\\s*月份?(?:\\s*(" + CJK_DAY + ")\\s*[日号])?)?");

    private static final Pattern ZH_MONTH_DATE = Pattern.compile("(?<![\\d年个一二三四五六七八九十])(去年|今年|明年)?(" + CJK_MONTH + ")\\s*月份?(?:\\s*(" + CJK_DAY
            + ")\\s*[日号])?");

    private static final Pattern ZH_MONTH_RANGE_BEFORE = Pattern.compile("(?<!\\d)(1[0-2]|0?[1-9])\\s*[-–—~至到]\\s*$");

    private static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static final Pattern EN_DATE = Pattern.compile("(?<![" + LATIN + "])(?:((?i:last|this|next))\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?("
            + EN_MONTHS + ")(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]))?(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?(?:\\s+((?i:last\\s+year)))?(?![" + LATIN + "])");

    private static final Pattern FR_DATE = Pattern.compile("(?<![" + LATIN + "])(?:(1er|\\d{1,2})\\s+)?((?i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout"
            + "|septembre|octobre|novembre|décembre|decembre|janv\\.|févr\\.|fév\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|déc\\.))(?:\\s+((?:19|20)\\d{2})(?!\\d))?"
            + "(?:\\s+((?i:dernier|prochain|de\\s+l'année\\s+dernière|l'an\\s+dernier)))?(?![" + LATIN + "])");

    private static final String[] EN_MONTH_TRIGGERS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final String[] FR_MONTH_TRIGGERS = {"janv", "févr", "fevr", "fév", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept",
        "oct", "nov", "déc", "dec"};

    private void dates() {
        String lower = Anchored.asciiLower(text);
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            addDate(iso.start(), iso.end(), Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)), null);
        }
        if (fr()) {
            Matcher numeric = FR_NUMERIC_DATE.matcher(text);
            while (numeric.find()) {
                addDate(numeric.start(), numeric.end(), Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)), null);
            }
        }
        for (MatchResult m : Anchored.all(ZH_YEAR_DATE, text, lower, new String[] {"年"}, 8, 12)) {
            int year = cjkOrArabic(m.group(1));
            addDate(m.start(), m.end(), year, m.group(2) == null ? 0 : cjkOrArabic(m.group(2)), m.group(3) == null ? 0 : cjkOrArabic(m.group(3)), null);
            if (m.group(2) != null) {
                zhSecondDay(m, year, cjkOrArabic(m.group(2)), m.group(3), null);
            }
        }
        for (MatchResult m : Anchored.all(ZH_MONTH_DATE, text, lower, new String[] {"月"}, 6, 8)) {
            Integer relative = m.group(1) == null ? null : switch (m.group(1)) {
                case "去年" -> -1;
                case "明年" -> 1;
                default -> 0;
            };
            addDate(m.start(), m.end(), 0, cjkOrArabic(m.group(2)), m.group(3) == null ? 0 : cjkOrArabic(m.group(3)), relative);
            zhSecondDay(m, 0, cjkOrArabic(m.group(2)), m.group(3), relative);
            if (m.group(3) == null) {
                zhFirstMonth(m.start(2), cjkOrArabic(m.group(2)), relative);
            }
        }
        if (!fr()) {
            for (MatchResult m : Anchored.all(EN_DATE, text, lower, EN_MONTH_TRIGGERS, 24, 34)) {
                String month = m.group(3);
                boolean hasDay = m.group(2) != null || m.group(4) != null;
                boolean hasYear = m.group(5) != null;
                if ((month.equals("May") || month.equals("March") || month.equals("Mar")) && !hasDay && !hasYear
                        && m.group(1) == null && !precededBy(m.start(), "in", "since", "early", "late", "mid", "until", "by", "from", "of", "in early", "in late")) {
                    continue;
                }
                int day = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(4) != null ? Integer.parseInt(m.group(4)) : 0;
                Integer relative = null;
                if (m.group(1) != null && !hasYear) {
                    relative = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "last" -> Integer.MIN_VALUE;
                        case "next" -> Integer.MAX_VALUE;
                        default -> 0;
                    };
                }
                if (m.group(6) != null && !hasYear) {
                    relative = -1;
                }
                int enYear = hasYear ? Integer.parseInt(m.group(5)) : 0;
                Matcher pair = m.group(4) != null && !hasYear && m.group(6) == null
                        ? EN_DAY_PAIR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16)) : null;
                if (pair != null && pair.lookingAt()) {
                    int year = pair.group(2) == null ? 0 : Integer.parseInt(pair.group(2));
                    Integer rel = year > 0 ? null : relative;
                    addDate(m.start(), m.end(), year, Lexicon.month(month), day > 31 ? 0 : day, rel);
                    int second = Integer.parseInt(pair.group(1));
                    addDate(pair.start(1), pair.end(), year, Lexicon.month(month), second > 31 ? 0 : second, rel);
                    continue;
                }
                addDate(m.start(), m.end(), enYear, Lexicon.month(month), day > 31 ? 0 : day, relative);
            }
        } else {
            for (MatchResult m : Anchored.all(FR_DATE, text, lower, FR_MONTH_TRIGGERS, 8, 48)) {
                if (m.group(1) == null && m.group(3) == null && m.group(4) == null && m.group(2).equals("Mars")) {
                    continue;
                }
                int day = m.group(1) == null ? 0 : m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
                Integer relative = null;
                if (m.group(4) != null && m.group(3) == null) {
                    String r = m.group(4).toLowerCase(Locale.ROOT);
                    relative = r.equals("dernier") ? Integer.MIN_VALUE : r.equals("prochain") ? Integer.MAX_VALUE : -1;
                }
                int frYear = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                if (day > 0) {
                    Matcher pair = FR_DAY_PAIR_BEFORE.matcher(text).region(Math.max(0, m.start() - 10), m.start());
                    if (pair.find()) {
                        int first = pair.group(1).equals("1er") ? 1 : Integer.parseInt(pair.group(1));
                        addDate(pair.start(1), pair.end(1), frYear, Lexicon.month(m.group(2)), first > 31 ? 0 : first, relative);
                    }
                }
                addDate(m.start(), m.end(), frYear, Lexicon.month(m.group(2)), day > 31 ? 0 : day, relative);
            }
        }
    }

    /** "1-7月份", "1至7月": the first month of a range of months is a month of its own (January). */
    private void zhFirstMonth(int lastMonthStart, int lastMonth, Integer relative) {
        Matcher r = ZH_MONTH_RANGE_BEFORE.matcher(text).useTransparentBounds(true).region(Math.max(0, lastMonthStart - 6), lastMonthStart);
        if (r.find()) {
            int first = Integer.parseInt(r.group(1));
            if (first >= 1 && first < lastMonth) {
                addDate(r.start(1), r.end(1), 0, first, 0, relative);
            }
        }
    }

    private void zhSecondDay(MatchResult m, int year, int month, String firstDay, Integer relative) {
        if (firstDay == null) {
            return;
        }
        Matcher pair = ZH_DAY_PAIR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8));
        if (pair.lookingAt()) {
            addDate(pair.start(1), pair.end(), year, month, cjkOrArabic(pair.group(1)), relative);
        }
    }

    private boolean precededBy(int pos, String... options) {
        String before = text.substring(Math.max(0, pos - 12), pos).toLowerCase(Locale.ROOT).stripTrailing();
        for (String o : options) {
            if (before.endsWith(" " + o) || before.equals(o) || before.endsWith("-") && o.equals("mid")) {
                return true;
            }
        }
        return false;
    }

    private static int cjkOrArabic(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        BigDecimal v = ChineseNumerals.parse(s);
        return v == null ? 0 : v.intValue();
    }

    private void addDate(int start, int end, int year, int month, int day, Integer relative) {
        if (!free(start, end) || month > 12 || day > 31) {
            return;
        }
        DayOfWeek weekday = null;
        if (day > 0) {
            Matcher before = WEEKDAY_BEFORE.matcher(text).region(Math.max(0, start - 14), start);
            Matcher after = WEEKDAY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6));
            if (before.find() && free(before.start(1), start)) {
                weekday = weekday(before.group(1));
                start = before.start(1);
            } else if (after.lookingAt()) {
                weekday = weekday(after.group(1));
                end = after.end();
            }
        }
        Mention m = Mention.date(start, end, text.substring(start, end), new ClaimValue.DateValue(year, month, day), relative);
        m.weekday = weekday;
        add(m);
    }

    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)(?<![" + LATIN + "])(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\\s+(?:le\\s+)?$");

    private static final Pattern WEEKDAY_AFTER = Pattern.compile("\\s*[（(](?:周|星期|礼拜)([一二三四五六日天])[）)]");

    private static DayOfWeek weekday(String w) {
        int zh = "一二三四五六日天".indexOf(w);
        if (zh >= 0) {
            return DayOfWeek.of(Math.min(zh + 1, 7));
        }
        String l = w.toLowerCase(Locale.ROOT);
        int fr = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche").indexOf(l);
        return fr >= 0 ? DayOfWeek.of(fr + 1) : DayOfWeek.valueOf(l.toUpperCase(Locale.ROOT));
    }

    /** "les 3 et 4 septembre", "3 au 5 mars": the first day of a pair written before the month the second one gives. */
    private static final Pattern FR_DAY_PAIR_BEFORE = Pattern.compile("(?<![\\d,.])(1er|\\d{1,2})\\s+(?:et|au|à|-|–)\\s+$");

    /** "September 3-4, 2018", "May 5 and 6": the second day of a pair, in the month of the first, and the year after both. */
    private static final Pattern EN_DAY_PAIR_AFTER = Pattern.compile("\\s*(?:-|–|and|to|through)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d" + LATIN + "])(?:,?\\s+((?:19|20)\\d{2})(?!\\d))?");

    /** "9月3日至4日": the second day of a pair, in the month of the first. */
    private static final Pattern ZH_DAY_PAIR_AFTER = Pattern.compile("\\s*(?:至|到|-|—|–|~|～)\\s*(" + CJK_DAY + ")\\s*[日号]");

    /** Quarters and halves ("Q3 2025", "T3", "第三季度", "上半年"); in a source, a missing year is the latest such part. */
    private void partsOfYear(LocalDate publishedOn, boolean source) {
        for (PartsOfYear.Found f : PartsOfYear.find(text, language)) {
            if (!free(f.start(), f.end())) {
                continue;
            }
            ClaimValue.YearPart v = f.value();
            String how = null;
            if (v.year() == 0 && publishedOn != null && (f.relativeYear() != null || source)) {
                int year = f.relativeYear() != null ? publishedOn.getYear() + f.relativeYear()
                        : v.firstMonth() <= publishedOn.getMonthValue() ? publishedOn.getYear() : publishedOn.getYear() - 1;
                ClaimValue.YearPart resolved = new ClaimValue.YearPart(year, v.firstMonth(), v.lastMonth());
                how = "\"" + text.substring(f.start(), f.end()) + "\" in a story of " + publishedOn + " = " + resolved.display();
                v = resolved;
            }
            Mention m = Mention.other(f.start(), f.end(), text.substring(f.start(), f.end()), ClaimKind.DATE, v, Mention.Hedge.EXACT);
            m.resolved = how;
            add(m);
        }
    }

    private void relativeDates(LocalDate publishedOn) {
        for (RelativeDates.Found f : RelativeDates.find(text, language, publishedOn)) {
            if (free(f.start(), f.end())) {
                Mention m = Mention.date(f.start(), f.end(), text.substring(f.start(), f.end()), f.value(), null);
                m.resolved = f.how();
                add(m);
            }
        }
    }

    DateFinder(Scan scan) {
        super(scan);
    }
}
