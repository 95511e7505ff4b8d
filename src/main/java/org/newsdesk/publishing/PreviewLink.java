package org.newsdesk.publishing;

import java.time.Instant;

import org.newsdesk.story.StoryId;

/**
 * A shared preview link of a story. {@code url} is known only when the link is made (the desk keeps
 * no copy of its token); later listings show it as null.
 */
public record PreviewLink(long id, StoryId story, String url, String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
