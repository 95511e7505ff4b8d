package org.newsdesk.story;

import java.util.List;

/**
 * What a search found: the best-matching stories and source items, each list most relevant first, and how many saved or
 * imported rows were still waiting to be indexed when it ran (during a large import the index runs a few seconds behind:
 * docs/decisions/0011).
 */
public record SearchResults(List<SearchHit> stories, List<SearchHit> sourceItems, long notYetSearchable) {

    public static final SearchResults NONE = new SearchResults(List.of(), List.of());

    /** How far a search counts the rows still waiting for the indexer (a count, not a scan of a whole burst's backlog). */
    public static final int WAITING_COUNTED_UP_TO = 100_000;

    public SearchResults(List<SearchHit> stories, List<SearchHit> sourceItems) {
        this(stories, sourceItems, 0);
    }

    public boolean isEmpty() {
        return stories.isEmpty() && sourceItems.isEmpty();
    }
}
