package org.newsdesk.story;

import java.util.List;

/** What a search found: the best-matching stories and source items, each list most relevant first. */
public record SearchResults(List<SearchHit> stories, List<SearchHit> sourceItems) {

    public static final SearchResults NONE = new SearchResults(List.of(), List.of());

    public boolean isEmpty() {
        return stories.isEmpty() && sourceItems.isEmpty();
    }
}
