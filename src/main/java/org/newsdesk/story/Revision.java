package org.newsdesk.story;

import java.time.Instant;

import org.newsdesk.identity.UserId;

/** An immutable snapshot of a story's content: who (a person, or the model) made it, when and why. */
public record Revision(
        RevisionId id, StoryId storyId, int number, StoryContent content, AuthorKind authorKind, UserId author, String model,
        String reason, Instant createdAt) {}
