package org.newsdesk.story;

/** The counts of a person's queues: drafts they own, stories waiting for their review, approved stories waiting for a publisher. */
public record MyWork(long drafts, long toReview, long toPublish) {

    /** The {@link org.newsdesk.platform.DeskSignals} topic sent when someone's queues may have changed (a step, an assignment, a mention). */
    public static final String CHANGED = "my-work";

    public long total() {
        return drafts + toReview + toPublish;
    }
}
