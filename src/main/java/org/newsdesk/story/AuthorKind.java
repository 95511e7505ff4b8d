package org.newsdesk.story;

/** Who made a revision: a person, or the model drafting on a person's request (which makes nobody an author). */
public enum AuthorKind {
    PERSON,
    MODEL
}
