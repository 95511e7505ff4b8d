package org.newsdesk.review;

import java.time.Instant;

import org.newsdesk.story.ContentField;
import org.newsdesk.story.StoryId;

/** A reviewer's or editor's comment on a story, or on one field of it; replies point at their parent. */
public record ReviewNote(long id, StoryId story, Long parentId, ContentField field, String language, String author, String body,
        String resolvedBy, Instant resolvedAt, Instant createdAt) {

    public boolean resolved() {
        return resolvedAt != null;
    }

    public String where() {
        return field == null ? "the story" : field.label() + (language == null ? "" : " (" + org.newsdesk.platform.Languages.name(language) + ")");
    }
}
