package org.newsdesk.review;

import java.time.Instant;

import org.newsdesk.story.StoryId;

/** Something addressed to one person: a mention, changes requested of them, their story approved, scheduled, published, or assigned to them. */
public record Notification(long id, StoryId story, Kind kind, String message, Instant createdAt, boolean read) {

    public enum Kind {
        MENTION, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, ASSIGNED;

        /** Where the story opens for it: the notes for what was written to the person, the history for a step. */
        public String tab() {
            return this == MENTION || this == CHANGES_REQUESTED ? "notes" : "history";
        }
    }

    /** The editor's address for it: "stories/12?tab=notes". */
    public String link() {
        return "stories/" + story.value() + "?tab=" + kind.tab();
    }
}
