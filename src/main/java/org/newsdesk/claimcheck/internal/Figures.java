package org.newsdesk.claimcheck.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Evidence;

/**
 * Second readings of a figure that no source gives as such, tried only when its kind's rule found no source figure
 * of that value: a sum, difference or share of source figures ({@link Derived}); a year written as a bare number
 * ("the 2016 model year" for "2016年款"); a time of day ("by 8 p.m." for "晚间八点"); a small count a Chinese source
 * writes in numerals before a measure word the checker does not know as a unit ("three misconceptions" for
 * "三个认识上的误区", "two or three times" for "两到三次"). Each still needs the sources to state the value.
 */
final class Figures {

    private static final Pattern TIME_AFTER = Pattern.compile("^[ \\u00A0]?(?:([ap])\\.?m\\b\\.?|o'clock|h(?![a-z]))", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_TIME = Pattern.compile("(?<![\\d.,])(\\d{1,2})(?:[ \\u00A0]?(?:[ap]\\.?m\\b|h(?=\\d{2}|\\b)|:\\d{2}|点|时)|(?=\\s*o'clock))"
            + "|([零〇一二两三四五六七八九十]{1,3})(?:点|时)", Pattern.CASE_INSENSITIVE);
    private static final String MEASURES = "个次家名位项只条种款座枚套台块张颗人倍轮届场所起批艘架辆部首";
    private static final Pattern ZH_SMALL = Pattern.compile("(?<![第\\d零〇一二两三四五六七八九十百千万亿])([一二两三四五六七八九十]{1,3})"
            + "(?=[" + MEASURES + "]|[到至或][一二两三四五六七八九十]{1,3}[" + MEASURES + "])");

    private Figures() {}

    /** Supported by a second reading of the figure, or {@code null}. */
    static Outcome support(Mention d, SourceIndex index) {
        Outcome derived = Derived.support(d, index);
        if (derived != null) {
            return derived;
        }
        if (d.kind != ClaimKind.COUNT || d.doc == null) {
            return null;
        }
        double v = d.number();
        if (v != Math.rint(v) || v <= 0) {
            return null;
        }
        Outcome time = timeOfDay(d, (int) v, index);
        if (time != null) {
            return time;
        }
        if (v >= 1900 && v <= 2100 && d.text.strip().matches("\\d{4}")) {
            return year(d, (int) v, index);
        }
        if (v <= 99) {
            return chineseSmallCount(d, (int) v, index);
        }
        return null;
    }

    /** "2016" in "the 2016 model year": a year the sources give ("2016年款", "in 2016"). */
    private static Outcome year(Mention d, int year, SourceIndex index) {
        List<Mention> dates = index.datesByYear.get(year);
        if (dates != null && !dates.isEmpty()) {
            Mention s = dates.get(0);
            return Outcome.supported("a year, not a count: " + s.doc.label() + " gives the year " + year, List.of(Rule.evidence(s)));
        }
        String zh = year + "年";
        for (Doc s : index.docs) {
            int at = s.text.indexOf(zh);
            if (at >= 0) {
                return Outcome.supported("a year, not a count: " + s.label() + " writes " + zh, List.of(passage(s, at, at + zh.length())));
            }
        }
        return null;
    }

    /** "by 8 p.m.": supported by a source that gives that hour ("晚间八点", "20h", "8:30 p.m."). */
    private static Outcome timeOfDay(Mention d, int hour, SourceIndex index) {
        String after = d.doc.text.substring(d.end, Math.min(d.doc.text.length(), d.end + 10));
        Matcher t = TIME_AFTER.matcher(after);
        if (hour > 24 || !t.find()) {
            return null;
        }
        boolean pm = t.group(1) != null && t.group(1).toLowerCase(Locale.ROOT).equals("p");
        int h24 = pm && hour < 12 ? hour + 12 : hour;
        for (Doc s : index.docs) {
            Matcher m = SOURCE_TIME.matcher(s.text);
            while (m.find()) {
                Integer h = m.group(1) != null ? Integer.valueOf(m.group(1)) : numeral(m.group(2));
                if (h != null && (h == hour || h == h24 || h + 12 == h24)) {
                    return Outcome.supported("a time of day: " + s.label() + " gives " + m.group(), List.of(passage(s, m.start(), m.end())));
                }
            }
        }
        return null;
    }

    /** A small count a Chinese source writes in numerals before a measure word: "三个误区", "两到三次". */
    private static Outcome chineseSmallCount(Mention d, int n, SourceIndex index) {
        for (Doc s : index.docs) {
            if (s.text.indexOf('个') < 0 && !"zh".equals(s.language)) {
                continue;
            }
            Matcher m = ZH_SMALL.matcher(s.text);
            while (m.find()) {
                Integer value = numeral(m.group(1));
                if (value != null && value == n) {
                    int end = Math.min(s.text.length(), m.end() + 1);
                    return Outcome.supported("same count: " + d.text.strip() + " = " + s.text.substring(m.start(), end) + " (" + s.label() + ")",
                            List.of(passage(s, m.start(), end)));
                }
            }
        }
        return null;
    }

    private static Integer numeral(String run) {
        BigDecimal v = ChineseNumerals.parse(run);
        return v == null ? null : v.intValue();
    }

    private static Evidence passage(Doc s, int start, int end) {
        int i = s.sentences.indexOf(start);
        int ps = s.sentences.start(i);
        int pe = s.sentences.end(i);
        return new Evidence(s.sourceId, s.text.substring(ps, pe), ps, pe, s.text.substring(start, end), start, end, s.title);
    }
}
