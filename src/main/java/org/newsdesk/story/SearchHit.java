package org.newsdesk.story;

import java.time.Instant;

import org.newsdesk.ingest.SourceItemId;

/**
 * One search result: a story or a source item, its title and a snippet with the matched words
 * marked, the language the snippet is in, its state (story) or status (source item), when it last
 * changed (story) or was published (source item), and its relevance (higher is better).
 */
public record SearchHit(Kind kind, long id, Marked title, Marked snippet, String language, String status, Instant time, double rank) {

    public enum Kind { STORY, SOURCE_ITEM }

    public StoryId storyId() {
        if (kind != Kind.STORY) {
            throw new IllegalStateException("This result is a source item, not a story.");
        }
        return new StoryId(id);
    }

    public SourceItemId sourceItemId() {
        if (kind != Kind.SOURCE_ITEM) {
            throw new IllegalStateException("This result is a story, not a source item.");
        }
        return new SourceItemId(id);
    }
}
