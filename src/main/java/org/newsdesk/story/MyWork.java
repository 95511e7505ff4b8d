package org.newsdesk.story;

/** The counts of a person's queues: drafts they own, stories waiting for their review, approved stories waiting for a publisher. */
public record MyWork(long drafts, long toReview, long toPublish) {
    public long total() {
        return drafts + toReview + toPublish;
    }
}
