package org.newsdesk.story;

import org.newsdesk.identity.UserId;

/** A reviewer accepted a stale translation as it stands, with a note (the workflow records it in the audit log). */
public record TranslationAccepted(StoryId story, RevisionId revision, StoryState state, StoryContent.FieldRef field, UserId reviewer, String note) {}
