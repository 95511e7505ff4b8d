package org.newsdesk.story;

import org.newsdesk.identity.UserId;

/** A story got a new assigned editor or reviewer (either may be null: unassigned); {@code by} made the change. */
public record StoryAssigned(StoryId story, UserId editor, UserId reviewer, UserId previousEditor, UserId previousReviewer, UserId by) {}
