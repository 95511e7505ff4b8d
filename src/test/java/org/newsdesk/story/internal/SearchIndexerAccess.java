package org.newsdesk.story.internal;

/** Lets the ingest benchmark run the search indexer as the desk's scheduler does (the test context schedules nothing). */
public final class SearchIndexerAccess {

    /** How often the desk's scheduler runs {@link SearchIndexer#tick()} (the benchmark may try another pace: -Dbench.indexerTick=MILLIS). */
    public static final long TICK_MILLIS = Long.getLong("bench.indexerTick", SearchIndexer.TICK_MILLIS);

    /** Rows the indexer takes a batch. */
    public static final int BATCH = SearchIndexer.BATCH;

    private SearchIndexerAccess() {}

    public static void tick(SearchIndexer indexer) {
        indexer.tick();
    }

    /** Merges the source items' index's pending list as the indexer does once the desk is quiet; returns the pages merged. */
    public static long mergePendingList(SearchIndexer indexer) {
        return indexer.mergePendingList();
    }
}
