package org.newsdesk.claimcheck.internal;

import java.time.LocalDate;
import java.util.List;

import org.newsdesk.claimcheck.ClaimValue;
import org.newsdesk.claimcheck.Evidence;

/**
 * Dates, quarters and halves: supported by the same date in a source, or by a date written without a year that
 * the publication date fixes; a year the sources do not fix is flagged as added, another one as wrong.
 */
final class DateRule extends Rule {

    DateRule(Verifier check) {
        super(check);
    }

    @Override
    Outcome verify(Mention d) {
        String weekday = wrongWeekday(d);
        return weekday != null ? Outcome.unsupported(weekday) : date(d);
    }

    /**
     * A date written with its weekday whose year is known (written, or fixed by the latest publication date) must fall
     * on that weekday: "Tuesday, May 22" in a story of 2023 is wrong, May 22, 2023 was a Monday.
     */
    private String wrongWeekday(Mention d) {
        if (d.weekday == null || !(d.value instanceof ClaimValue.DateValue v) || v.day() == 0 || v.month() == 0) {
            return null;
        }
        int year = v.year();
        if (year == 0 && index.latestPublication != null) {
            Dates.Resolved r = Dates.resolve(d, index.latestPublication);
            year = r.unambiguous() ? r.year() : 0;
        }
        if (year == 0 || v.day() > java.time.YearMonth.of(year, v.month()).lengthOfMonth()) {
            return null;
        }
        LocalDate day = LocalDate.of(year, v.month(), v.day());
        if (day.getDayOfWeek() == d.weekday) {
            return null;
        }
        return "wrong weekday: " + day + " was a " + name(day.getDayOfWeek()) + ", not a " + name(d.weekday);
    }

    private static String name(java.time.DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    /** The rule for a date a source supports: how it was resolved, when it was written relative to the publication. */
    private static String dateRule(Mention s, String plain) {
        return s.resolved != null ? s.resolved : plain;
    }

    private Outcome yearPart(Mention d, ClaimValue.YearPart p) {
        Mention otherYear = null;
        Mention otherPart = null;
        Mention noYear = null;
        for (Mention s : index.yearParts) {
            ClaimValue.YearPart sp = (ClaimValue.YearPart) s.value;
            if (sp.firstMonth() == p.firstMonth() && sp.lastMonth() == p.lastMonth()) {
                if (p.year() == 0 || sp.year() == p.year()) {
                    return Outcome.supported(dateRule(s, "same " + (p.lastMonth() - p.firstMonth() == 2 ? "quarter" : "half")), List.of(evidence(s)));
                }
                if (sp.year() == 0) {
                    noYear = s;
                } else {
                    otherYear = s;
                }
            } else if (otherPart == null) {
                otherPart = s;
            }
        }
        if (otherYear != null) {
            return Outcome.unsupported("wrong year: " + otherYear.doc.label() + " gives " + otherYear.value.display() + " (\"" + otherYear.text
                    + "\"), not " + p.display());
        }
        if (noYear != null) {
            return Outcome.unsupported("year added: " + noYear.doc.label() + " says only \"" + noYear.text + "\" and has no publication date");
        }
        if (otherPart != null) {
            return Outcome.unsupported("another part of the year: " + otherPart.doc.label() + " gives " + otherPart.value.display() + " (\""
                    + otherPart.text + "\"), not " + p.display());
        }
        return Outcome.unsupported("no source gives " + p.display());
    }

    private Outcome date(Mention d) {
        if (d.value instanceof ClaimValue.YearPart p) {
            return yearPart(d, p);
        }
        ClaimValue.DateValue v = (ClaimValue.DateValue) d.value;
        int year = v.year();
        if (year == 0 && d.relativeYear != null && index.latestPublication != null) {
            year = Dates.resolve(d, index.latestPublication).year();
        }
        if (v.month() == 0) {
            List<Mention> same = index.datesByYear.getOrDefault(year, List.of());
            if (!same.isEmpty()) {
                Mention s = same.stream().filter(x -> x.resolved != null).findFirst().orElse(same.get(0));
                return Outcome.supported(dateRule(s, "same year"), List.of(evidence(s)));
            }
            for (Doc s : index.docs) {
                if (s.publishedOn != null && s.publishedOn.getYear() == year && index.relativeYears.isEmpty()) {
                    return Outcome.supported("year of publication of " + s.label() + " (" + s.publishedOn + ")", List.of(publication(s)));
                }
            }
            return Outcome.unsupported("no source gives the year " + year);
        }
        String added = null;
        String contradicted = null;
        boolean dayAdded = false;
        for (Mention s : index.datesByMonth.getOrDefault(v.month(), List.of())) {
            ClaimValue.DateValue sv = (ClaimValue.DateValue) s.value;
            if (v.day() > 0 && sv.day() > 0 && v.day() != sv.day()) {
                continue;
            }
            if (v.day() > 0 && sv.day() == 0) {
                dayAdded = true;
                continue;
            }
            if (year == 0) {
                return Outcome.supported(sv.hasYear() ? "same month (the source also gives the year " + sv.year() + ")"
                        : "month without year matches", List.of(evidence(s)));
            }
            Dates.Resolved r = Dates.resolve(s, s.doc.publishedOn);
            if (r.year() == year && r.stated()) {
                return Outcome.supported(dateRule(s, v.day() > 0 ? "same date" : "same month"), List.of(evidence(s)));
            }
            if (r.year() == year && r.unambiguous()) {
                return Outcome.supported("\"" + s.text + "\" without a year, resolved against the publication date of "
                        + s.doc.label() + " (" + s.doc.publishedOn + ")", List.of(evidence(s)));
            }
            String month = new ClaimValue.DateValue(0, v.month(), 0).display();
            if (!r.stated() && !r.unambiguous()) {
                String when = s.doc.publishedOn == null ? "has no publication date"
                        : "was published " + s.doc.publishedOn + ", so it may be " + shortMonth(v.month()) + " " + r.pastYear() + " or " + shortMonth(v.month()) + " " + r.futureYear();
                if (added == null && (s.doc.publishedOn == null || year == r.pastYear() || year == r.futureYear())) {
                    added = "year added: " + s.doc.label() + " says only \"" + s.text + "\" and " + when + "; no source gives the year " + year;
                } else if (contradicted == null) {
                    contradicted = "wrong year: " + s.doc.label() + " says \"" + s.text + "\" and " + when + ", not " + year;
                }
            } else if (contradicted == null) {
                contradicted = "wrong year: " + s.doc.label() + " gives " + month + " " + r.year() + ", not " + year;
            }
        }
        for (Doc s : index.docs) {
            LocalDate p = s.publishedOn;
            if (p != null && p.getMonthValue() == v.month() && (year == 0 || p.getYear() == year) && (v.day() == 0
                    && index.relativeMonths.stream().allMatch(r -> r.equals(java.time.YearMonth.from(p))) || v.day() == p.getDayOfMonth()
                    && index.relativeDays.stream().allMatch(r -> r.equals(p)))) {
                return Outcome.supported("publication date of " + s.label() + " (" + p + ")", List.of(publication(s)));
            }
        }
        Outcome week = WeekSpans.supported(d, index);
        if (week != null) {
            return week;
        }
        if (added != null) {
            return Outcome.unsupported(added);
        }
        if (contradicted != null) {
            return Outcome.unsupported(contradicted);
        }
        if (dayAdded) {
            return Outcome.unsupported("day added: the sources give the month but not the day");
        }
        return Outcome.unsupported("no source gives " + d.text.strip());
    }

    private static String shortMonth(int month) {
        return new ClaimValue.DateValue(1, month, 0).display().substring(0, 3);
    }

    static Evidence publication(Doc s) {
        String p = "published " + s.publishedOn;
        return new Evidence(s.sourceId, p, 0, 0, p, 0, 0, s.title);
    }
}
