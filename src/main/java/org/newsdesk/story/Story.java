package org.newsdesk.story;

import java.time.Instant;
import java.util.List;

import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItemId;

/**
 * A story as read: its state, its latest revision, and the revisions approval and publication
 * point at (never "the latest"). {@code version} guards saves against lost updates.
 * {@code schedule} is set only while the story is {@link StoryState#SCHEDULED}.
 */
public record Story(
        StoryId id,
        StoryState state,
        String slug,
        UserId createdBy,
        Revision current,
        RevisionId approvedRevision,
        UserId approvedBy,
        Instant approvedAt,
        RevisionId publishedRevision,
        Instant publishedAt,
        long version,
        List<SourceItemId> sources,
        Instant createdAt,
        Instant updatedAt,
        UserId assignedEditor,
        UserId assignedReviewer,

        Schedule schedule) {

    public StoryContent content() {
        return current.content();
    }
}
