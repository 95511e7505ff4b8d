package org.newsdesk.story;

/** An old revision ({@code restored}) was made the newest again, as revision {@code as}. */
public record RevisionRestored(StoryId story, RevisionId restored, RevisionId as) {}
