package org.newsdesk.drafting;

import java.time.Instant;
import java.util.List;

/**
 * A drafting run as the editor sees it. {@code PARTIAL}: the sections that succeeded were saved as
 * one revision marked partial, {@code failedParts} were not written (each with its cause).
 * {@code reference} finds the run's technical detail in the log.
 */
public record DraftJob(DraftJobId id, org.newsdesk.story.StoryId story, Status status, String model, String error, Instant createdAt, Instant finishedAt,
        List<FailedPart> failedParts) {

    public enum Status { RUNNING, SUCCEEDED, PARTIAL, FAILED, CANCELLED }

    public DraftJob {
        failedParts = failedParts == null ? List.of() : List.copyOf(failedParts);
    }

    public String reference() {
        return reference(id);
    }

    /** The run's name in the log ("draft-42"). */
    public static String reference(DraftJobId id) {
        return "draft-" + id.value();
    }
}
