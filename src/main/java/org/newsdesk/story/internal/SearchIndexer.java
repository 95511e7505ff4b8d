package org.newsdesk.story.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsdesk.ingest.SourceItemImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Keeps the search index up to date outside the transactions that save stories and import items
 * (V43): those only note what changed; this indexes what is noted, in batches, five times a second on
 * every node (rows another node is indexing are skipped), and before each search. Each batch commits
 * without waiting for the disk (a batch lost in a crash is still noted and indexed again).
 * <p>
 * While an import is storing items, the import comes first: the indexer takes one batch a second, so the
 * search index may lag a burst by a few seconds (a search still catches up first, {@link #catchUpBeforeSearch()},
 * and says how many are left). Once the import pauses and a batch comes back full (a backlog), a second
 * connection indexes beside the first until nothing is left, so the backlog takes both cores (issue #15,
 * docs/decisions/0011).
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    static final int BATCH = 500;
    /**
     * Pause between two runs. Five a second rather than one: an import burst leaves at most a fifth of a second of
     * items waiting, and a run that finds nothing costs one indexed look at an empty table.
     */
    static final long TICK_MILLIS = 200;
    /** Before a search, at most this many batches: a search right after a large import answers from what is indexed by then. */
    private static final int BATCHES_BEFORE_A_SEARCH = 4;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    /** The second connection's thread, busy only while a backlog lasts. */
    private final ExecutorService beside = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("search-indexer-2").daemon().factory());

    SearchIndexer(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Rows whose adjacent word pairs (V55) are filled at most per run, when nothing waits to be indexed. */
    static final int PAIRS_BATCH = 50;

    /**
     * Pairs are filled only after nothing was indexed for this long. Filling costs about 3 ms of PostgreSQL's CPU per row
     * (its index entries), and the newest rows, filled first, are those an import is writing: in the short pauses of a
     * burst the pairs would take the cores the import needs.
     */
    static final long QUIET_BEFORE_PAIRS_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    /**
     * The source items' index keeps an import burst's entries in a pending list of up to 32 MB (V57), which every search
     * scans: once nothing was indexed for this long, the list is merged into the index (about 0.6 s of PostgreSQL's CPU for
     * a full list, in the background), so searches between bursts do not pay for it.
     */
    static final long QUIET_BEFORE_MERGE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    /**
     * An import counts as running while an item was stored within this long. A worker stores a feed's items every 10-20 ms
     * during a burst; a poller waiting on slow sites leaves longer gaps, and the indexer catches up in them.
     */
    static final long IMPORT_GAP_NANOS = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100);

    /** While an import runs, the indexer takes one batch this often (so a long import never leaves search behind for good). */
    static final long BATCH_PERIOD_WHILE_IMPORTING_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    static final long NEVER = Long.MIN_VALUE;

    /** The monotonic clock the quiet periods are measured on (tests move it). */
    java.util.function.LongSupplier clock = System::nanoTime;

    /** Whether rows may lack their pairs: at start, and after anything was indexed. */
    private volatile boolean pairsToFill = true;
    /** Whether the index's pending list may hold entries: at start, and after anything was indexed. */
    private volatile boolean pendingListToMerge = true;
    private volatile long lastIndexed = System.nanoTime();
    /** When this node last stored an imported item, on {@link #clock} ({@link #NEVER} before the first; tests reset it). */
    volatile long lastImported = NEVER;

    @Scheduled(initialDelay = 1000, fixedDelay = TICK_MILLIS)
    void tick() {
        try {
            if (importing() && clock.getAsLong() - lastIndexed < BATCH_PERIOD_WHILE_IMPORTING_NANOS) {
                return; // the import comes first
            }
            int taken = indexBatch();
            if (taken >= BATCH && !importing()) {
                Future<?> second = beside.submit(() -> catchUp(Integer.MAX_VALUE, false));
                catchUp(Integer.MAX_VALUE, false);
                second.get();
            }
            long now = clock.getAsLong();
            if (taken > 0) {
                pairsToFill = true;
                pendingListToMerge = true;
                lastIndexed = now;
            } else if (pendingListToMerge && now - lastIndexed >= QUIET_BEFORE_MERGE_NANOS) {
                // once per quiet spell, also when it fails (a database user that does not own the index may not merge it:
                // autovacuum still does), so a failure is logged once, not five times a second
                pendingListToMerge = false;
                mergePendingList();
            } else if (pairsToFill && now - lastIndexed >= QUIET_BEFORE_PAIRS_NANOS) {
                // only when the desk is quiet: an import burst and the seconds after it leave the pairs waiting
                pairsToFill = fillPhrasePairs(PAIRS_BATCH) >= PAIRS_BATCH;
            }
        } catch (RuntimeException | ExecutionException e) {
            log.warn("Search indexing failed; it is tried again shortly", e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Notes that the import stored an item (inside its transaction: a plain listener, called on the importing thread). */
    @EventListener
    void imported(SourceItemImported item) {
        lastImported = clock.getAsLong();
    }

    /** Whether an import on this node stored an item a moment ago: the indexer then leaves the cores to it. */
    boolean importing() {
        long last = lastImported;
        return last != NEVER && clock.getAsLong() - last < IMPORT_GAP_NANOS;
    }

    /**
     * Indexes what was saved or imported and is not yet searchable, at most {@value #BATCHES_BEFORE_A_SEARCH} batches;
     * called before a search. Returns how many rows still wait, counted up to {@value #WAITING_COUNTED_UP_TO} (0 unless an
     * import burst is running ahead of the index).
     */
    public long catchUpBeforeSearch() {
        boolean more = catchUp(BATCHES_BEFORE_A_SEARCH, true);
        pairsToFill = true;
        return more ? jdbc.sql("select count(*) from (select 1 from search_pending limit " + WAITING_COUNTED_UP_TO + ") w").query(Long.class).single() : 0;
    }
    private static final int WAITING_COUNTED_UP_TO = org.newsdesk.story.SearchResults.WAITING_COUNTED_UP_TO;

    /**
     * Fills the adjacent word pairs (V55) of at most {@code batch} of the newest indexed rows lacking them; returns how many
     * it filled. A search is right without them (a row without pairs is checked on its whole document), faster with them.
     */
    public int fillPhrasePairs(int batch) {
        Integer filled = tx.execute(status -> jdbc.sql("select newsdesk_fill_search_pairs(?)").param(batch).query(Integer.class).single());
        return filled == null ? 0 : filled;
    }

    /** Merges the source items' index's pending list (V57) into the index; returns how many pending pages it merged. */
    long mergePendingList() {
        Long pages = tx.execute(status -> jdbc.sql("select gin_clean_pending_list('search_source_item_doc_recency_idx'::regclass)")
                .query(Long.class).single());
        return pages == null ? 0 : pages;
    }

    /**
     * Indexes up to {@code batches} batches, until one comes back short or (unless {@code evenWhileImporting}) an import
     * starts; returns whether the last batch came back full (more may wait).
     */
    private boolean catchUp(int batches, boolean evenWhileImporting) {
        for (int i = 0; i < batches; i++) {
            if (indexBatch() < BATCH) {
                return false;
            }
            if (!evenWhileImporting && importing()) {
                return true;
            }
        }
        return true;
    }

    /**
     * One batch of what is noted, in a transaction of its own; returns how many rows it took. The transaction commits
     * without waiting for the disk ({@code synchronous_commit} off for it alone, read at its commit): the indexer does not
     * sit on the disk after each batch while the import needs the cores and the disk for its own commits, which stay
     * synchronous. Nothing can be lost by this: a batch deletes the rows it indexes from search_pending and writes their
     * documents in one transaction, and WAL is written in order, so a crash can only lose the last few hundred
     * milliseconds of such batches whole (any later synchronous commit flushes them too). A lost batch leaves its rows
     * noted and their old documents in place, and the next run indexes them again: the index is computed from
     * source_item and story, which are never written here.
     */
    private int indexBatch() {
        Integer taken = tx.execute(status -> jdbc.sql("select newsdesk_index_pending(?), set_config('synchronous_commit', 'off', true)")
                .param(BATCH).query((rs, n) -> rs.getInt(1)).single());
        return taken == null ? 0 : taken;
    }

    @PreDestroy
    void stop() {
        beside.shutdownNow();
    }
}
