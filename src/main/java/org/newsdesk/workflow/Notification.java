package org.newsdesk.workflow;

import java.time.Instant;

import org.newsdesk.story.StoryId;

/** Something a person should know: for now, that someone mentioned them in a review note. */
public record Notification(long id, StoryId story, String message, Instant createdAt, boolean read) {}
