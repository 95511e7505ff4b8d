package org.newsdesk.story;

import org.newsdesk.ingest.InboxQuery;

/**
 * A search: the words typed (any of English, French, Chinese, mixed; websearch syntax: "quoted
 * phrase", -excluded, or), what to look in, the story list's filters for stories and the inbox's
 * filters for source items (their text and sort are ignored: the words and relevance rule), and
 * how many results of each kind.
 */
public record SearchQuery(String text, Scope scope, StoryFilter stories, InboxQuery sources, int limit) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_RESULTS = 100;

    public enum Scope {
        EVERYTHING, STORIES, SOURCE_ITEMS;

        public boolean stories() {
            return this != SOURCE_ITEMS;
        }

        public boolean sourceItems() {
            return this != STORIES;
        }
    }

    public SearchQuery {
        scope = scope == null ? Scope.EVERYTHING : scope;
        stories = stories == null ? StoryFilter.ALL : stories;
        sources = sources == null ? InboxQuery.ALL : sources;
        limit = limit <= 0 ? 20 : Math.min(limit, MAX_RESULTS);
    }

    /** Everything that holds these words, 20 of each kind. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Scope.EVERYTHING, StoryFilter.ALL, InboxQuery.ALL, 20);
    }

    public SearchQuery in(Scope s) {
        return new SearchQuery(text, s, stories, sources, limit);
    }

    public SearchQuery withStories(StoryFilter f) {
        return new SearchQuery(text, scope, f, sources, limit);
    }

    public SearchQuery withSources(InboxQuery q) {
        return new SearchQuery(text, scope, stories, q, limit);
    }
}
