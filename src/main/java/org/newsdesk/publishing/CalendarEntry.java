package org.newsdesk.publishing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.newsdesk.story.StoryId;

/**
 * One story on the publishing calendar: a release to come, a publication (on time or late), a
 * release that failed, or an article since withdrawn. {@code zone} is the one the release was set
 * in (null for an article published at once); {@code detail} says what happened, in words.
 */
public record CalendarEntry(StoryId story, String headline, Status status, Instant at, ZoneId zone, Duration lateness, String detail, String slug) {

    public enum Status {
        SCHEDULED("Scheduled"),
        PUBLISHED("Published"),
        LATE("Published late"),
        FAILED("Release failed"),
        WITHDRAWN("Withdrawn");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a publisher can still move it (it has not gone out). */
    public boolean movable() {
        return status == Status.SCHEDULED || status == Status.FAILED;
    }
}
