package org.newsdesk.story;

import org.newsdesk.identity.UserId;

/** Who made one revision of a story (a person, or the model: then {@code author} is null), without its content. */
public record RevisionAuthor(RevisionId revision, int number, AuthorKind kind, UserId author) {}
