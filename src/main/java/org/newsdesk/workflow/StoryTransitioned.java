package org.newsdesk.workflow;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryState;

/**
 * A story moved through the workflow, by a person or by the system ({@code actor} null). Published
 * inside the transaction of the move, so a listener's own writes commit or roll back with it.
 */
public record StoryTransitioned(StoryId story, Transition transition, StoryState from, StoryState to, UserId actor, String note) {}
