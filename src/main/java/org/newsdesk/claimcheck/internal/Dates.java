package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.newsdesk.claimcheck.ClaimValue;

/**
 * Resolves a date written without a year against the day its text was published. A month up to the
 * publication month is read as that year ("30 mars" in a story of 2026-03-30 is 2026-03-30). A later month
 * is ambiguous: "September" in a story of February 2024 may be a past September (2023) or a coming one
 * (2024), so the text does not fix the year. Across the turn of the year, a month up to the publication month that
 * comes again within three months ("January" in a story of November 2019) is the coming one when its clause speaks
 * of the future ("goes on sale in late January": 2020), the past one when it speaks of the past ("appointed in
 * February": 2019), and either when it says neither ({@link Tense}); likewise a later month that was within the last three
 * months is the past one when its clause speaks of the past ("founded in December" in a story of February 2024: 2023). "last September", "septembre dernier" and "去年9月" fix it.
 */
final class Dates {

    private Dates() {}

    /**
     * What a date mention says about its year.
     *
     * @param year the year, when stated or fixed by the publication date; otherwise 0
     * @param stated whether the text writes the year
     * @param unambiguous whether the year is fixed (stated, or resolved without doubt)
     * @param pastYear the year of the most recent such date before publication (0 without a publication date)
     * @param futureYear the year of the next such date after publication (0 without a publication date)
     */
    record Resolved(int year, boolean stated, boolean unambiguous, int pastYear, int futureYear) {}

    static Resolved resolve(Mention m, LocalDate published) {
        ClaimValue.DateValue v = (ClaimValue.DateValue) m.value;
        if (v.year() > 0) {
            return new Resolved(v.year(), true, true, v.year(), v.year());
        }
        if (published == null || v.month() == 0) {
            return new Resolved(0, false, false, 0, 0);
        }
        int py = published.getYear();
        boolean notAfter = v.month() < published.getMonthValue()
                || v.month() == published.getMonthValue() && (v.day() == 0 || v.day() <= published.getDayOfMonth());
        Integer rel = m.relativeYear;
        if (rel == null) {
            if (notAfter) {
                LocalDate next = LocalDate.of(py + 1, v.month(), v.day() == 0 ? 1 : Math.min(v.day(), YearMonth.of(py + 1, v.month()).lengthOfMonth()));
                if (!next.isAfter(published.plusMonths(3))) {
                    // across the turn of the year ("goes on sale in late January" in a story of November): the tense says which
                    return switch (Tense.before(m)) {
                        case FUTURE -> new Resolved(py + 1, false, true, py, py + 1);
                        case PAST -> new Resolved(py, false, true, py, py + 1);
                        case NONE -> new Resolved(0, false, false, py, py + 1);
                    };
                }
                return new Resolved(py, false, true, py, py + 1);
            }
            // a date within the coming three months is what the story announces ("将于9月3日至4日举行" on Aug 29),
            // not the same day of the year before, which a story would date with its year
            LocalDate ahead = LocalDate.of(py, v.month(), v.day() == 0 ? 1 : Math.min(v.day(), YearMonth.of(py, v.month()).lengthOfMonth()));
            boolean upcoming = !ahead.isAfter(published.plusMonths(3));
            if (upcoming) {
                return new Resolved(py, false, true, py - 1, py);
            }
            // the same turn of the year seen from after it ("founded in December" in a story of February 2024): a month
            // that was within the last three months is the past one when its clause speaks of the past
            LocalDate before = ahead.minusYears(1);
            if (!before.isBefore(published.minusMonths(3).withDayOfMonth(1)) && Tense.before(m) == Tense.Of.PAST) {
                return new Resolved(py - 1, false, true, py - 1, py);
            }
            return new Resolved(0, false, false, py - 1, py);
        }
        int year;
        if (rel == Integer.MIN_VALUE) {
            year = v.month() < published.getMonthValue() ? py : py - 1;
        } else if (rel == Integer.MAX_VALUE) {
            year = v.month() > published.getMonthValue() ? py : py + 1;
        } else {
            year = py + rel;
        }
        return new Resolved(year, false, true, year, year);
    }
}
