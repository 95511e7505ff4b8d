package org.newsdesk.story.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index up to date outside the transactions that save stories and import items
 * (V43): those only note what changed; this indexes what is noted, in batches, every second on
 * every node (rows another node is indexing are skipped), and before each search.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final int BATCH = 500;
    /** Before a search, at most this many batches: a search right after a large import answers from what is indexed by then. */
    private static final int BATCHES_BEFORE_A_SEARCH = 4;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SearchIndexer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(initialDelay = 1000, fixedDelay = 1000)
    void tick() {
        try {
            catchUp(Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            log.warn("Search indexing failed; it is tried again in a second", e);
        }
    }

    /** Indexes what was saved or imported and is not yet searchable; called before a search. */
    public void catchUpBeforeSearch() {
        catchUp(BATCHES_BEFORE_A_SEARCH);
    }

    private void catchUp(int batches) {
        for (int i = 0; i < batches; i++) {
            Integer taken = tx.execute(status -> jdbc.sql("select newsdesk_index_pending(?)").param(BATCH).query(Integer.class).single());
            if (taken == null || taken < BATCH) {
                return;
            }
        }
    }
}
