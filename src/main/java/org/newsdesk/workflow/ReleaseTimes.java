package org.newsdesk.workflow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;
import java.util.Optional;

import org.newsdesk.story.Schedule;

/**
 * The rules for release times, as pure functions: what instant a publisher's wall-clock time in a
 * named zone stands for (across daylight-saving changes), and whether it is acceptable. The service
 * enforces them; the schedule dialog shows what they say before the publisher confirms.
 */
public final class ReleaseTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONE_ABBREVIATION = DateTimeFormatter.ofPattern("zzz '('xxx')'", Locale.ENGLISH);

    private ReleaseTimes() {}

    /**
     * The release time meant by {@code local} on the wall clock of {@code zone}. A time that does not
     * exist there (skipped when the clocks go forward) is refused; a time that exists twice (when they
     * go back) means the first of the two, and {@link #ambiguity} says so.
     */
    public static Schedule resolve(LocalDateTime local, ZoneId zone) {
        if (local == null) {
            throw new WorkflowException("Pick the date and time of the release.");
        }
        if (zone == null) {
            throw new WorkflowException("Pick the time zone the release time is in.");
        }
        var rules = zone.getRules();
        var offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            throw new WorkflowException(local.toLocalTime() + " does not exist on " + local.toLocalDate() + " in " + zone.getId()
                    + ": the clocks jump from " + gap.getDateTimeBefore().toLocalTime() + " to " + gap.getDateTimeAfter().toLocalTime()
                    + ". Pick another time.");
        }
        return new Schedule(ZonedDateTime.ofLocal(local, zone, offsets.getFirst()).toInstant(), zone);
    }

    /** When {@code local} occurs twice in {@code zone}, which of the two {@link #resolve} means. */
    public static Optional<String> ambiguity(LocalDateTime local, ZoneId zone) {
        if (local == null || zone == null || zone.getRules().getValidOffsets(local).size() < 2) {
            return Optional.empty();
        }
        Schedule first = resolve(local, zone);
        return Optional.of(local.toLocalTime() + " occurs twice on " + local.toLocalDate() + " in " + zone.getId()
                + " (the clocks go back); this means the first one, " + UTC.format(first.at()) + " UTC.");
    }

    /** Why a release at {@code schedule} cannot be accepted at {@code now}, or empty when it can. */
    public static Optional<String> refusal(Schedule schedule, Instant now) {
        if (!schedule.at().isAfter(now)) {
            return Optional.of("The release time must be in the future: " + describe(schedule) + " has passed. Use \"Publish now\" to publish at once.");
        }
        return Optional.empty();
    }

    /** "Sun 28 Mar 2021 09:00 CEST (+02:00), Europe/Paris · 2021-03-28 07:00 UTC", or "Wed 24 Mar 2021 14:00 UTC" for a time set in UTC. */
    public static String describe(Schedule schedule) {
        ZonedDateTime local = schedule.local();
        boolean seconds = local.getSecond() != 0 || local.getNano() != 0;
        String wallClock = (seconds ? LOCAL_SECONDS : LOCAL).format(local);
        var rules = schedule.zone().getRules();
        if (rules.isFixedOffset() && rules.getOffset(schedule.at()).equals(ZoneOffset.UTC)) {
            return wallClock + " UTC";
        }
        return wallClock + " " + ZONE_ABBREVIATION.format(local) + ", " + schedule.zone().getId()
                + " · " + (seconds ? UTC_SECONDS : UTC).format(schedule.at()) + " UTC";
    }
}
