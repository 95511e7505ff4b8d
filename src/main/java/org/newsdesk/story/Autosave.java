package org.newsdesk.story;

import java.time.Instant;

/** A person's unsaved work on a story, kept every few seconds so a crash or a closed tab loses almost nothing. */
public record Autosave(StoryId story, long baseVersion, StoryContent content, Instant savedAt) {}
