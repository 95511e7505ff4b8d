package org.newsdesk.story;

/** Identifies a story. */
public record StoryId(long value) {
    @Override
    public String toString() {
        return "story " + value;
    }
}
