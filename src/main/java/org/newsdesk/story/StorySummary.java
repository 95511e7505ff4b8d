package org.newsdesk.story;

import java.time.Instant;

/** One row of the story list. */
public record StorySummary(StoryId id, String headline, StoryState state, String createdBy, Instant updatedAt) {}
