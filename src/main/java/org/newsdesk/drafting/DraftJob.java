package org.newsdesk.drafting;

import java.time.Instant;

import org.newsdesk.story.StoryId;

/** A drafting run as the editor sees it. */
public record DraftJob(DraftJobId id, StoryId story, Status status, String model, String error, Instant createdAt, Instant finishedAt) {

    public enum Status { RUNNING, SUCCEEDED, FAILED, CANCELLED }
}
