package org.newsdesk.drafting;

import java.util.Map;

import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryId;

/** What an open editor hears while a story is drafted. */
public sealed interface DraftEvent {

    StoryId story();

    /**
     * Text arrived: the content drafted so far, per language; {@code done} of {@code total} section
     * calls finished; {@code note} says what drafting waits for, if anything ("rate limited, retrying at 10:42:05").
     */
    record Progress(StoryId story, Map<String, LocalizedContent> partial, int done, int total, String note) implements DraftEvent {

        public Progress(StoryId story, Map<String, LocalizedContent> partial, int done, int total) {
            this(story, partial, done, total, null);
        }
    }

    /** The draft was saved as a new revision (a partial one when some parts failed: then {@code message} lists them). */
    record Finished(StoryId story, String message) implements DraftEvent {}

    /** Drafting stopped; nothing was saved and nothing already saved was touched. */
    record Failed(StoryId story, String message) implements DraftEvent {}
}
