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

    /** Rows whose adjacent word pairs (V55) are filled at most per second, when nothing waits to be indexed. */
    static final int PAIRS_BATCH = 50;

    /** Whether rows may lack their pairs: at start, and after anything was indexed. */
    private volatile boolean pairsToFill = true;

    @Scheduled(initialDelay = 1000, fixedDelay = 1000)
    void tick() {
        try {
            if (catchUp(Integer.MAX_VALUE) == 0 && pairsToFill) {
                // only when idle: during an import burst every tick has indexed something, and the pairs wait
                pairsToFill = fillPhrasePairs(PAIRS_BATCH) >= PAIRS_BATCH;
            }
        } catch (RuntimeException e) {
            log.warn("Search indexing failed; it is tried again in a second", e);
        }
    }

    /** Indexes what was saved or imported and is not yet searchable; called before a search. */
    public void catchUpBeforeSearch() {
        catchUp(BATCHES_BEFORE_A_SEARCH);
    }

    /**
     * Fills the adjacent word pairs (V55) of at most {@code batch} of the newest indexed rows lacking them; returns how many
     * it filled. A search is right without them (a row without pairs is checked on its whole document), faster with them.
     */
    public int fillPhrasePairs(int batch) {
        Integer filled = tx.execute(status -> jdbc.sql("select newsdesk_fill_search_pairs(?)").param(batch).query(Integer.class).single());
        return filled == null ? 0 : filled;
    }

    /** Indexes at most {@code batches} batches of what is noted; returns how many rows it indexed. */
    private int catchUp(int batches) {
        int total = 0;
        for (int i = 0; i < batches; i++) {
            Integer taken = tx.execute(status -> jdbc.sql("select newsdesk_index_pending(?)").param(BATCH).query(Integer.class).single());
            total += taken == null ? 0 : taken;
            if (taken == null || taken < BATCH) {
                break;
            }
        }
        if (total > 0) {
            pairsToFill = true;
        }
        return total;
    }
}
