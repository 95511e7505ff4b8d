package org.newsdesk.story;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a scheduled story goes live: the instant (the only thing the scheduler looks at) and the
 * named time zone the publisher chose it in (so people see it as they meant it).
 */
public record Schedule(Instant at, ZoneId zone) {

    public Schedule {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    /** The release time on the wall clock of the zone it was set in. */
    public ZonedDateTime local() {
        return at.atZone(zone);
    }
}
