package org.newsdesk.story;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Role.Names;
import org.newsdesk.story.internal.SearchIndexer;
import org.newsdesk.story.internal.SearchRepository;
import org.newsdesk.story.internal.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's search box: stories (every field of their latest revision, in every language) and
 * source items (title and text), in English, French and Chinese, most relevant first, the matched
 * words marked. PostgreSQL full-text search only (V28, docs/decisions/0010). The two lists are
 * asked at once, each in a read-only transaction on a connection of its own, so the search box
 * waits for the slower of them rather than for both in turn.
 */
@Service
public class SearchService {

    private final SearchRepository repository;
    private final SearchIndexer indexer;
    private final TransactionTemplate readOnly;
    /** Where the stories' list is asked while the calling thread asks the source items'. */
    private final ExecutorService beside = Executors.newVirtualThreadPerTaskExecutor();

    SearchService(SearchRepository repository, SearchIndexer indexer, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.indexer = indexer;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public SearchResults search(SearchQuery query) {
        String text = query.text() == null ? "" : query.text();
        if (text.length() > SearchQuery.MAX_LENGTH) {
            throw new IllegalArgumentException("A search is at most " + SearchQuery.MAX_LENGTH + " characters long.");
        }
        SearchTerms terms = SearchTerms.parse(text);
        if (terms.isEmpty()) {
            return SearchResults.NONE;
        }
        // its own transaction: whoever searches finds what was saved before, unless a large import runs ahead of the index
        long waiting = indexer.catchUpBeforeSearch();
        Supplier<List<SearchHit>> stories = () -> read(() -> repository.stories(terms, query.stories(), query.limit()));
        Supplier<List<SearchHit>> items = () -> read(() -> repository.sourceItems(terms, query.sources(), query.limit()));
        return switch (query.scope()) {
            case STORIES -> new SearchResults(stories.get(), List.of(), waiting);
            case SOURCE_ITEMS -> new SearchResults(List.of(), items.get(), waiting);
            case EVERYTHING -> {
                Future<List<SearchHit>> storiesBeside = beside.submit(stories::get);
                List<SearchHit> itemHits = items.get();
                yield new SearchResults(joined(storiesBeside), itemHits, waiting);
            }
        };
    }

    private List<SearchHit> read(Supplier<List<SearchHit>> query) {
        return readOnly.execute(status -> query.get());
    }

    private static List<SearchHit> joined(Future<List<SearchHit>> hits) {
        try {
            return hits.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The search was interrupted.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
