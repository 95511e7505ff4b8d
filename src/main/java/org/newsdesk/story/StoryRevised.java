package org.newsdesk.story;

import java.util.List;

import org.newsdesk.identity.UserId;

/** A new revision was saved. {@code author} is null when the model drafted it. */
public record StoryRevised(StoryId story, RevisionId revision, StoryState state, AuthorKind authorKind, UserId author,
        List<StoryContent.FieldRef> changedFields) {}
