package org.newsdesk.claimcheck.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Evidence;

/**
 * A week or weekend the draft names by its days ("in the week of November 11, 2019", "the weekend of August 24-25",
 * "la semaine du 2 septembre", "8月12日至16日当周") is supported by a source's relative week that holds those days:
 * "last week" in a story of Mon 2019-11-18 is Nov 11–17, "上周末" in a story of Wed 2024-08-28 is Aug 24–25, "下周" in
 * that story is Sep 2–8. Weeks run Monday to Sunday; a week named by its Sunday (as American calendars start it)
 * is the same week. A day the draft states on its own is no week and still needs a source that gives that day.
 */
final class WeekSpans {

    /** The draft's words before a day that make it a week's: "week of", "weekend of August 24-", "semaine du". */
    private static final Pattern FRAME_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(week(?:-?end)?|semaine|week-end)\\s+(?:of|du|de|des)\\s+(?:the\\s+)?"
            + "(?:\\p{L}+\\.?\\s+)?(?:(?:1er|\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[-–—]|to|and|au|et|à)\\s*)?$");

    /** The draft's words after a day that make it a week's: "当周", "至16日当周". */
    private static final Pattern FRAME_AFTER = Pattern.compile("\\s*(?:(?:[-–—~至到])\\s*(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日?\\s*)?(?:的)?(当周|那周|这周|该周|那一周|这一周)");

    private static final Pattern EN = Pattern.compile("(?i)(?<![\\p{L}])(last|this|next|previous)\\s+(week(?:-?end)?)(?![\\p{L}])");
    private static final Pattern FR = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:la|le)\\s+)?(semaine|week-end)\\s+(dernière|dernier|passée|passé|prochaine|prochain)(?![\\p{L}])"
            + "|(?<![\\p{L}])(cette\\s+semaine|ce\\s+week-end)(?![\\p{L}])");
    private static final Pattern ZH = Pattern.compile("(上|本|下|这)个?(周末|(?:周|星期|礼拜)(?![一二三四五六日天](?!" + RelativeDates.NOT_A_WEEKDAY_AFTER + ")))");

    private WeekSpans() {}

    /** The source's relative week holding the days of a draft date written as a week's, or null. */
    static Outcome supported(Mention d, SourceIndex index) {
        if (!(d.value instanceof ClaimValue.DateValue v) || v.day() == 0 || v.month() == 0 || d.doc == null) {
            return null;
        }
        String weekend = frame(d);
        if (weekend == null) {
            return null;
        }
        for (Doc s : index.docs) {
            if (s.publishedOn == null) {
                continue;
            }
            Outcome o = in(s, v, weekend.equals("weekend"));
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /** "week" or "weekend" when the draft writes the date as a week's or a weekend's, else null. */
    static String frame(Mention d) {
        String t = d.doc.folded;
        int sentenceStart = d.doc.sentences.start(d.sentence);
        Matcher before = FRAME_BEFORE.matcher(t).region(Math.max(sentenceStart, d.start - 40), d.start);
        if (before.find()) {
            String w = before.group(1).toLowerCase(Locale.ROOT);
            return w.startsWith("weekend") || w.startsWith("week-end") ? "weekend" : "week";
        }
        Matcher after = FRAME_AFTER.matcher(t).region(d.end, Math.min(t.length(), d.end + 16));
        return after.lookingAt() ? "week" : null;
    }

    private static Outcome in(Doc s, ClaimValue.DateValue v, boolean weekend) {
        for (Matcher m : new Matcher[] {EN.matcher(s.folded), FR.matcher(s.folded), ZH.matcher(s.folded)}) {
            while (m.find()) {
                int shift = shift(m);
                boolean sourceWeekend = m.group().toLowerCase(Locale.ROOT).contains("end") || m.group().contains("周末");
                LocalDate monday = s.publishedOn.minusDays(s.publishedOn.getDayOfWeek().getValue() - 1L).plusWeeks(shift);
                LocalDate from = sourceWeekend ? monday.with(DayOfWeek.SATURDAY) : monday.minusDays(1);
                LocalDate to = monday.plusDays(6);
                if (weekend && !sourceWeekend) {
                    from = monday.with(DayOfWeek.SATURDAY);
                }
                int year = v.year() > 0 ? v.year() : monday.getYear();
                if (v.day() > YearMonth.of(year, v.month()).lengthOfMonth()) {
                    continue;
                }
                LocalDate day = LocalDate.of(year, v.month(), v.day());
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    String rule = "\"" + m.group().strip() + "\" " + RelativeDates.story(s.publishedOn) + " = "
                            + (sourceWeekend ? monday.with(DayOfWeek.SATURDAY) : monday) + " to " + to + ", which holds " + day;
                    return Outcome.supported(rule, java.util.List.of(evidence(s, m.start(), m.end())));
                }
            }
        }
        return null;
    }

    /** The week before (-1), this one (0) or the next (1). */
    private static int shift(Matcher m) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (w.startsWith("last") || w.startsWith("previous") || w.startsWith("上") || w.contains("derni") || w.contains("pass")) {
            return -1;
        }
        if (w.startsWith("next") || w.startsWith("下") || w.contains("prochain")) {
            return 1;
        }
        return 0;
    }

    private static Evidence evidence(Doc d, int start, int end) {
        int sentence = d.sentences.indexOf(start);
        int ps = d.sentences.start(sentence);
        int pe = d.sentences.end(sentence);
        return new Evidence(d.sourceId, d.text.substring(ps, pe), ps, pe, d.text.substring(start, end), start, end, d.title);
    }
}
