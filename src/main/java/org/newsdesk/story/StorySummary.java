package org.newsdesk.story;

import java.time.Instant;
import java.util.List;

/** One row of the story list. */
public record StorySummary(StoryId id, String headline, StoryState state, String createdBy, String assignedEditor, String assignedReviewer,
        List<String> categories, List<String> languages, Instant updatedAt) {}
