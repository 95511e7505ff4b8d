package org.newsdesk.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk's search indexer after an import burst: everything imported becomes searchable in one run of the indexer,
 * however many batches it takes (a second connection indexes beside the first while the backlog lasts), each item once;
 * while the import is still storing items, it leaves the cores to the import and takes one batch a second.
 */
@IntegrationTest
class SearchIndexerIntegrationTest {

    @Autowired SearchIndexer indexer;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @Test
    void anImportOfSeveralBatchesIsAllSearchableAfterOneRunOfTheIndexer() {
        String word = "zqburst" + new java.util.Random().ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        int items = SearchIndexer.BATCH * 3 + 17;
        // as the import stores a feed's items: one insert, each row noted for the indexer by the table's trigger
        jdbc.sql("""
                insert into source_item (kind, source_name, title, language, clean_text, content_hash, cluster_id)
                select 'FEED', 'Burst outlet', 'Story ' || g || ' about ' || ?, (array['en', 'fr', 'zh'])[1 + g % 3],
                       'Burst text ' || g || ' 数据中心建设 ' || md5(g::text), md5(? || g), 0
                  from generate_series(1, ?) g""").params(word, word, items).update();
        jdbc.sql("update source_item set cluster_id = id where cluster_id = 0 and title like ?").param("% " + word).update();

        indexer.tick();

        assertThat(jdbc.sql("select count(*) from search_pending p join source_item i on p.kind = 'i' and p.id = i.id where i.title like ?")
                .param("% " + word).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from search_source_item s join source_item i on i.id = s.item_id
                 where s.doc @@ newsdesk_search_query(?, '数据 <-> 据中') and s.rank_doc @@ newsdesk_search_query(?, null)""")
                .params(word, word).query(Long.class).single()).isEqualTo(items);
    }

    @Test
    void whileAnImportIsStoringItemsTheIndexerTakesOneBatchARunAndCatchesUpOnceItPauses() {
        // a second on from now: any import an earlier test ran is over
        var now = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() + 1_000_000_000L);
        var desksClock = indexer.clock;
        indexer.clock = now::get;
        try {
            indexer.tick(); // what earlier tests left waiting
            now.addAndGet(SearchIndexer.BATCH_PERIOD_WHILE_IMPORTING_NANOS);
            String word = "zqlag" + new java.util.Random().ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            int items = SearchIndexer.BATCH * 3 + 17;
            jdbc.sql("""
                    insert into source_item (kind, source_name, title, language, clean_text, content_hash, cluster_id)
                    select 'FEED', 'Lagging outlet', 'Story ' || g || ' about ' || ?, 'en', 'Lag text ' || g || ' ' || md5(g::text), md5(? || g), 0
                      from generate_series(1, ?) g""").params(word, word, items).update();
            jdbc.sql("update source_item set cluster_id = id where cluster_id = 0 and title like ?").param("% " + word).update();
            long last = jdbc.sql("select max(id) from source_item where title like ?").param("% " + word).query(Long.class).single();
            // the import is still storing: its last item came a moment ago
            events.publishEvent(new org.newsdesk.ingest.SourceItemImported(new org.newsdesk.ingest.SourceItemId(last), "FEED", last));
            now.addAndGet(SearchIndexer.IMPORT_GAP_NANOS / 2);

            indexer.tick();
            assertThat(searchable(word)).as("one batch while the import runs, not the whole backlog").isEqualTo(SearchIndexer.BATCH);
            indexer.tick();
            assertThat(searchable(word)).as("and no other within the second").isEqualTo(SearchIndexer.BATCH);

            now.addAndGet(SearchIndexer.IMPORT_GAP_NANOS);
            indexer.tick();
            assertThat(searchable(word)).as("the import paused: everything it stored is searchable after one run").isEqualTo(items);
        } finally {
            indexer.clock = desksClock;
            indexer.lastImported = SearchIndexer.NEVER; // noted on the test's clock
        }
    }

    private long searchable(String word) {
        return jdbc.sql("select count(*) from search_source_item where doc @@ newsdesk_search_query(?, null)").param(word).query(Long.class).single();
    }

    @Test
    void whatABurstLeftInTheIndexsPendingListIsMergedOnceTheDeskIsQuiet() {
        var now = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        var desksClock = indexer.clock;
        indexer.clock = now::get;
        try {
            String word = "zqquiet" + new java.util.Random().ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
            jdbc.sql("""
                    insert into source_item (kind, source_name, title, language, clean_text, content_hash, cluster_id)
                    select 'FEED', 'Quiet outlet', 'Story ' || g || ' about ' || ?, 'en', 'Quiet text ' || g || ' ' || md5(g::text), md5(? || g), 0
                      from generate_series(1, 300) g""").params(word, word).update();
            jdbc.sql("update source_item set cluster_id = id where cluster_id = 0 and title like ?").param("% " + word).update();

            indexer.tick();
            now.addAndGet(SearchIndexer.QUIET_BEFORE_MERGE_NANOS / 2);
            indexer.tick();
            assertThat(pendingPages()).as("during the burst the new entries wait in the pending list").isPositive();

            now.addAndGet(SearchIndexer.QUIET_BEFORE_MERGE_NANOS);
            indexer.tick();

            assertThat(pendingPages()).as("merged into the index once nothing was indexed for a while").isZero();
            assertThat(jdbc.sql("select count(*) from search_source_item where doc @@ newsdesk_search_query(?, null)").param(word)
                    .query(Long.class).single()).isEqualTo(300);
        } finally {
            indexer.clock = desksClock;
        }
    }

    /** Pages in the source items' index's pending list (read from its metapage, without merging it). */
    private long pendingPages() {
        jdbc.sql("create extension if not exists pageinspect").update();
        return jdbc.sql("select n_pending_pages from gin_metapage_info(get_raw_page('search_source_item_doc_recency_idx', 0))").query(Long.class).single();
    }
}
