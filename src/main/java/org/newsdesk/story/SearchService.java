package org.newsdesk.story;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Role.Names;
import org.newsdesk.story.internal.SearchIndexer;
import org.newsdesk.story.internal.SearchRepository;
import org.newsdesk.story.internal.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's search box: stories (every field of their latest revision, in every language) and
 * source items (title and text), in English, French and Chinese, most relevant first, the matched
 * words marked. PostgreSQL full-text search only (V28, docs/decisions/0010).
 */
@Service
public class SearchService {

    private final SearchRepository repository;
    private final SearchIndexer indexer;

    SearchService(SearchRepository repository, SearchIndexer indexer) {
        this.repository = repository;
        this.indexer = indexer;
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query) {
        String text = query.text() == null ? "" : query.text();
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw new IllegalArgumentException("A search is at most " + SearchQuery.MAX_LENGTH + " characters long.");
        }
        SearchTerms terms = SearchTerms.parse(text);
        if (terms.isEmpty()) {
            return SearchResults.NONE;
        }
        indexer.catchUpBeforeSearch(); // its own transaction: whoever searches finds what was saved before
        List<SearchHit> stories = query.scope() == SearchQuery.Scope.SOURCE_ITEMS ? List.of()
                : repository.stories(terms, query.stories(), query.limit());
        List<SearchHit> items = query.scope() == SearchQuery.Scope.STORIES ? List.of()
                : repository.sourceItems(terms, query.sources(), query.limit());
        return new SearchResults(stories, items);
    }
}
