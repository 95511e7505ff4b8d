package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.Feed;
import org.newsdesk.ingest.FeedId;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.ingest.internal.ItemStore.Stored;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingest throughput on a generated corpus, against the test suite's PostgreSQL. Not part of the
 * test suite (surefire runs *Test classes only); run it with {@code ./newsdesk bench ingest}.
 * <ol>
 *   <li>feed items per second: RSS documents parsed (Rome), items cleaned, language-detected,
 *   MinHash-signed, deduplicated and clustered against the database, and stored, on two
 *   workers as the poller runs them;</li>
 *   <li>article pages per second extracted (jsoup + readability4j), on two workers;</li>
 *   <li>inbox queries on a table of at least 100,000 items (first page, deep page, count,
 *   search, sort by cluster size).</li>
 * </ol>
 * Figures go to standard output and to target/bench-ingest.txt.
 */
@IntegrationTest
class IngestBenchmark {

    /** Feeds timed per pass; {@link #WARMUP_FEEDS} more go first, through the same path, untimed. */
    static final int FEEDS = Integer.getInteger("bench.feeds", 195);
    /**
     * The store's per-feed code (ItemStore's store and insert, the JDBC driver's statement calls) runs once or a few times per
     * feed, and HotSpot compiles such a method with C2 only after about 600 calls: with 150 feeds of warm-up (and with 600)
     * that happened during the timed pass, and the compiler took 13 % of the two cores then (perf), 0.07-0.20 ms of CPU per
     * item. With 1,000 the timed pass runs on compiled code, as a desk's import does after its first thousand feeds.
     */
    static final int WARMUP_FEEDS = Integer.getInteger("bench.warmupFeeds", 1000);
    static final boolean FEEDS_ONLY = Boolean.getBoolean("bench.feedsOnly");
    static final int ITEMS_PER_FEED = Integer.getInteger("bench.items", 50);
    static final int PAGES = Integer.getInteger("bench.pages", 400);
    static final int INBOX_ROWS = Integer.getInteger("bench.inbox", 100_000);
    static final int WORKERS = Integer.getInteger("bench.workers", 2);

    @Autowired ItemStore store;
    @Autowired FeedRepository feedRepository;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager tm;
    @Autowired org.newsdesk.story.internal.SearchIndexer searchIndexer;

    final StringBuilder report = new StringBuilder();
    final Random random = new Random(System.nanoTime());
    final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void measure() throws Exception {
        line("Newsdesk ingest benchmark, %s, %d cores, Java %s", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        machineCheck();
        feedItems();
        if (!FEEDS_ONLY) {
            articlePages();
            inbox();
        }
        Files.writeString(Path.of("target", "bench-ingest.txt"), report.toString());
        System.out.print(report);
    }

    /**
     * The same fixed work in each process, timed, best of five: this machine ran the same code 15-25 % slower from one half
     * hour to the next (session 10, nothing else running, no CPU steal recorded), so a run's rates are read beside how fast
     * the machine was then. Java: counting 1 million words (200,000 distinct) in a hash map; PostgreSQL: the search
     * document of 2,000 copies of an English text; memory: 4 million dependent reads at random places of 256 MB.
     */
    void machineCheck() throws Exception {
        Random seeded = new Random(42);
        String[] words = new String[1_000_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + seeded.nextInt(200_000);
        }
        long javaBest = Long.MAX_VALUE;
        long pgBest = Long.MAX_VALUE;
        String text = "The regulators said the models were trained on data centres built in France and Germany, and the money came "
                + "from investors who expect returns within five years. ";
        for (int i = 0; i < 5; i++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (String w : words) {
                counts.merge(w, 1, Integer::sum);
            }
            javaBest = Math.min(javaBest, THREADS.getCurrentThreadCpuTime() - t0);
            long t1 = System.nanoTime();
            jdbc.sql("select sum(length(to_tsvector('english', repeat(?, 8) || g::text)))::bigint from generate_series(1, 2000) g").param(text)
                    .query(Long.class).single();
            pgBest = Math.min(pgBest, System.nanoTime() - t1);
        }
        // (a neighbour on the host taking the shared cache and memory bandwidth shows here more than in the two checks above,
        // which fit in a core's own cache)
        int[] next = new int[64 << 20];
        for (int i = 0; i < next.length; i++) {
            next[i] = i;
        }
        for (int i = next.length - 1; i > 0; i--) { // Sattolo's shuffle: one cycle through every slot
            int j = seeded.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        long memoryBest = Long.MAX_VALUE;
        int at = 0;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            for (int step = 0; step < 4_000_000; step++) {
                at = next[at];
            }
            memoryBest = Math.min(memoryBest, System.nanoTime() - t0);
        }
        line("Machine check (the same work every run, best of five; a slower machine shows here): Java %.0f ms, PostgreSQL %.0f ms, memory %.0f ns a read",
                javaBest / 1e6, pgBest / 1e6, memoryBest / 4e6);
        if (at < 0) { // never: keeps the walk from being optimised away
            line("%d", at);
        }
    }

    void feedItems() throws Exception {
        Vocabulary words = Vocabulary.fromFixtures();
        feedPass(words, true);
        if (!Boolean.getBoolean("bench.searchIndexOnly")) {
            feedPass(words, false);
        }
    }

    /**
     * One pass over {@link #FEEDS} new feeds. With {@code searchIndexed} false, each store transaction runs with
     * {@code session_replication_role = replica}, which skips triggers: the search module's index of source items
     * (V28, a row trigger computing each item's tsvector) and the foreign-key checks. That pass tells what ingest itself
     * costs and what indexing for search adds; the desk always runs with the index.
     */
    void feedPass(Vocabulary words, boolean searchIndexed) throws Exception {
        String pass = run + (searchIndexed ? "" : "-x");
        List<byte[]> documents = new ArrayList<>();
        List<Feed> feeds = new ArrayList<>();
        int total = WARMUP_FEEDS + FEEDS;
        for (int f = 0; f < total; f++) {
            long id = jdbc.sql("insert into feed (url, title) values (?, ?) returning id").params("https://bench.example/" + pass + "/feed/" + f, "Bench " + f)
                    .query(Long.class).single();
            feeds.add(new Feed(new FeedId(id), "https://bench.example/" + pass + "/feed/" + f, "Bench outlet " + f, null, Duration.ofMinutes(30), true,
                    null, null, null, null, null, 0, 0));
            documents.add(rss(f, words, pass));
        }
        // warm-up: JIT, language profiles, connection pool. Every document is parsed and cleaned once first (nothing
        // stored): with only five feeds stored before timing, the first pass ran its parsing and cleaning still half
        // compiled (0.11 and 0.27 ms an item against 0.08 and 0.21 in the second pass), which charged the JIT's warm-up to
        // search indexing. Then WARMUP_FEEDS feeds go the whole way (stored on the workers, indexed by the indexer): with
        // five, the JVM's compiler threads still spent about 0.4 ms of CPU per item of the timed pass compiling the store
        // path, the JDBC driver and the indexer's calls (session 7: the JVM's whole CPU 0.70 ms an item against its workers'
        // 0.32). A desk's poller runs warm.
        for (int f = 0; f < total; f++) {
            FeedPoller.toItems(feeds.get(f), FeedParser.parse(documents.get(f), "application/rss+xml"), java.net.URI.create(feeds.get(f).url()));
        }
        TransactionTemplate tx = new TransactionTemplate(tm);
        // the warm-up runs as the timed pass does, the search indexer beside the import: without it the indexer's calls
        // (the same JDBC driver and pool) first ran in the timed pass, and the JIT spent 0.07-0.15 ms of CPU per item of it
        // compiling them and recompiling the import's calls they made polymorphic (also after 600 feeds of warm-up)
        java.util.concurrent.ScheduledExecutorService warmIndexer = indexerBeside(searchIndexed);
        runFeeds(tx, feeds, documents, new AtomicInteger(0), WARMUP_FEEDS, searchIndexed, new AtomicInteger(), new AtomicInteger());
        untilIndexed(warmIndexer, searchIndexed);
        if (searchIndexed) {
            // the timed pass starts as a quiet desk leaves the index: its pending list merged (V57)
            org.newsdesk.story.internal.SearchIndexerAccess.mergePendingList(searchIndexer);
        }
        parseNanos.set(0);
        prepareNanos.set(0);
        storeNanos.set(0);
        List<Long> backends = jdbc.sql("select pid::bigint from pg_stat_activity where datname = current_database() and backend_type = 'client backend'")
                .query(Long.class).list();
        long pgBefore = cpuNanos(backends);
        long jvmBefore = processCpuNanos();
        java.util.Map<Long, ThreadCpu> threadsBefore = jvmThreadCpuNanos();
        long gcBefore = gcMillis();
        long pgEverythingBefore = postgresCpuNanos(backends);
        long itemsBefore = jdbc.sql("select count(*) from source_item").query(Long.class).single();
        ServerCounters countersBefore = serverCounters();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        AtomicInteger next = new AtomicInteger(WARMUP_FEEDS);
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        long start = System.nanoTime();
        java.util.concurrent.ScheduledExecutorService indexer = indexerBeside(searchIndexed);
        runFeeds(tx, feeds, documents, next, total, searchIndexed, stored, duplicates);
        double seconds = (System.nanoTime() - start) / 1e9;
        long pgNanos = cpuNanos(backends) - pgBefore;
        // until the search indexer (ticking five times a second as the desk's scheduler runs it: one batch a second while the import
        // stores items, two connections once it pauses, docs/decisions/0011) has indexed every item noted: what is left when the
        // import ends is searchable only then
        double searchableSeconds = seconds;
        long pendingAtEnd = 0;
        long pendingPagesAtEnd = 0;
        long pendingPagesSearchable = 0;
        long mergedPendingPages = 0;
        double mergeSeconds = 0;
        if (searchIndexed) {
            pendingAtEnd = jdbc.sql("select count(*) from search_pending").query(Long.class).single();
            pendingPagesAtEnd = indexPendingPages();
            untilIndexed(indexer, true);
            pendingPagesSearchable = indexPendingPages();
            searchableSeconds = (System.nanoTime() - start) / 1e9;
            // what the pass left in the index's pending list (V57) is searchable already; the desk merges it into the index
            // once quiet, and that CPU is the pass's too: counted in the per-item figures below (not in the rates)
            long mergeStart = System.nanoTime();
            mergedPendingPages = org.newsdesk.story.internal.SearchIndexerAccess.mergePendingList(searchIndexer);
            mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
        }
        long pgAllNanos = cpuNanos(backends) - pgBefore;
        long jvmNanos = processCpuNanos() - jvmBefore;
        java.util.Map<Long, ThreadCpu> threadsAfter = jvmThreadCpuNanos();
        long gcMillis = gcMillis() - gcBefore;
        long pgEverythingNanos = postgresCpuNanos(backends) - pgEverythingBefore;
        ServerCounters counters = serverCounters().minus(countersBefore);
        int items = stored.get() + duplicates.get();
        long clustered = jdbc.sql("select count(*) from source_item s join source_cluster c on c.id = s.cluster_id where s.feed_id >= ? and c.size > 1")
                .param(feeds.get(WARMUP_FEEDS).id().value()).query(Long.class).single();
        line("");
        line(searchIndexed ? "Feed items (parse + clean + language + MinHash + dedupe + cluster + store, with search's index), %d workers:"
                : "The same without search's index trigger (what ingest itself costs), %d workers:", WORKERS);
        line("  %d feeds x %d items = %d items in %.2f s: %,.0f items/s (load average %.1f before, %.1f after; %d feeds stored before, untimed)", FEEDS, ITEMS_PER_FEED, items,
                seconds, items / seconds, loadBefore, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), WARMUP_FEEDS);
        if (searchIndexed) {
            line("  all of them indexed for search (as the desk indexes: one batch a second while the import runs, both connections once it pauses) %.2f s after the start: %,.0f items/s imported and searchable", searchableSeconds, items / searchableSeconds);
            line("  PostgreSQL CPU per item with all the indexing: %.2f ms (%d items were still waiting for the indexer when the import ended)",
                    pgAllNanos / 1e6 / items, pendingAtEnd);
            line("  the search index's pending list (V57): %,d pages when the import ended, %,d when all was searchable", pendingPagesAtEnd, pendingPagesSearchable);
            line("  then merging the %,d pages the pass left in the index's pending list, as a quiet desk does: %.2f s (its CPU counted below)",
                    mergedPendingPages, mergeSeconds);
        }
        // everything the two cores ran for this pass, not only the workers' threads and the client backends: the JVM's
        // compiler and garbage collector, PostgreSQL's WAL writer, checkpointer and autovacuum
        line("  whole processes until %s: JVM %.2f ms, PostgreSQL (every process) %.2f ms of CPU per item => %,.0f items/s on %d otherwise idle cores",
                searchIndexed ? "searchable" : "stored", jvmNanos / 1e6 / items, pgEverythingNanos / 1e6 / items,
                WORKERS * 1000 / ((jvmNanos + pgEverythingNanos) / 1e6 / items), WORKERS);
        // what the server wrote and read besides: WAL (full-page images after each checkpoint), blocks read from outside its
        // shared buffers, and dirty buffers a backend had to write itself to make room
        line("  PostgreSQL per item: %.1f kB of WAL, %.2f blocks read from outside shared buffers, %.2f buffers written by backends, %.2f by the"
                + " checkpointer and background writer; %d checkpoints (database of %,d source items before the pass)", counters.walBytes() / 1024.0 / items,
                counters.blocksRead() / (double) items, counters.backendWrites() / (double) items, counters.otherWrites() / (double) items,
                counters.checkpoints(), itemsBefore);
        line("  of the JVM's time: garbage collection pauses %.2f ms per item", gcMillis / (double) items);
        line("  the JVM's CPU per item by thread: %s", threadCpuPerItem(threadsBefore, threadsAfter, jvmNanos, items));
        line("  stored %d, recognised as duplicates %d (exact copies planted: 5%%), items in near-duplicate clusters: %d", stored.get(),
                duplicates.get(), clustered);
        double javaMs = (parseNanos.get() + prepareNanos.get() + storeNanos.get()) / 1e6 / items;
        double pgMs = pgNanos / 1e6 / items;
        line("  CPU per item: parse %.2f ms, clean + language + MinHash %.2f ms, store (Java side) %.2f ms, PostgreSQL %.2f ms",
                parseNanos.get() / 1e6 / items, prepareNanos.get() / 1e6 / items, storeNanos.get() / 1e6 / items, pgMs);
        line("  => %.2f ms of CPU per item: %,.0f items/s on %d otherwise idle cores", javaMs + pgMs, WORKERS * 1000 / (javaMs + pgMs), WORKERS);
        assertThat(stored.get()).isPositive();
    }

    record ServerCounters(long walBytes, long blocksRead, long backendWrites, long otherWrites, long checkpoints) {
        ServerCounters minus(ServerCounters o) {
            return new ServerCounters(walBytes - o.walBytes, blocksRead - o.blocksRead, backendWrites - o.backendWrites, otherWrites - o.otherWrites,
                    checkpoints - o.checkpoints);
        }
    }

    ServerCounters serverCounters() {
        return jdbc.sql("""
                select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint,
                       (select blks_read from pg_stat_database where datname = current_database()),
                       b.buffers_backend, b.buffers_checkpoint + b.buffers_clean, b.checkpoints_timed + b.checkpoints_req
                  from pg_stat_bgwriter b""").query((rs, n) -> new ServerCounters(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    /** Stores feeds next..end-1 on {@link #WORKERS} workers, as the poller runs them. */
    void runFeeds(TransactionTemplate tx, List<Feed> feeds, List<byte[]> documents, AtomicInteger next, int end, boolean searchIndexed,
            AtomicInteger stored, AtomicInteger duplicates) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                done.add(pool.submit(() -> {
                    for (int f = next.getAndIncrement(); f < end; f = next.getAndIncrement()) {
                        for (Stored s : ingestFeed(tx, feeds.get(f), documents.get(f), searchIndexed)) {
                            (s.duplicate() ? duplicates : stored).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        }
    }

    /** Pages in the source items' search index's pending list (its metapage, read without merging it). */
    long indexPendingPages() {
        jdbc.sql("create extension if not exists pageinspect").update();
        return jdbc.sql("select n_pending_pages from gin_metapage_info(get_raw_page('search_source_item_doc_recency_idx', 0))").query(Long.class).single();
    }

    /**
     * Lets the indexer started by {@link #indexerBeside} run on, as the desk's scheduler does, until nothing waits to be
     * indexed (it catches up once the import has paused), then stops it.
     */
    void untilIndexed(java.util.concurrent.ScheduledExecutorService indexer, boolean searchIndexed) throws InterruptedException {
        while (searchIndexed && jdbc.sql("select exists (select 1 from search_pending)").query(Boolean.class).single()) {
            Thread.sleep(20);
        }
        indexer.shutdown();
        indexer.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    }

    /**
     * The search indexer as the desk runs it (SearchIndexer's tick at the scheduler's pace: one batch a second while the import
     * stores items, batches on two connections until none is left once it pauses), beside the import, when the pass is
     * search-indexed; the test context runs no scheduler, so without this nothing is indexed.
     */
    java.util.concurrent.ScheduledExecutorService indexerBeside(boolean searchIndexed) {
        java.util.concurrent.ScheduledExecutorService indexer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        if (searchIndexed) {
            indexer.scheduleWithFixedDelay(() -> org.newsdesk.story.internal.SearchIndexerAccess.tick(searchIndexer), org.newsdesk.story.internal.SearchIndexerAccess.TICK_MILLIS,
                    org.newsdesk.story.internal.SearchIndexerAccess.TICK_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return indexer;
    }

    /** A thread's CPU time (Linux, /proc/self/task) and what it does: JIT compiler, garbage collector, or its name without digits. */
    record ThreadCpu(String group, long nanos) {}

    /** Every living thread of this JVM by its id. */
    static java.util.Map<Long, ThreadCpu> jvmThreadCpuNanos() {
        java.util.Map<Long, ThreadCpu> threads = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                    String group = name.startsWith("C2 Compiler") || name.startsWith("C1 Compiler") ? name.substring(0, 2) + " compiler"
                            : name.startsWith("GC ") || name.startsWith("G1 ") ? "garbage collector" : name.replaceAll("[0-9]+", "#");
                    threads.put(Long.parseLong(t.getFileName().toString()), new ThreadCpu(group, nanos));
                } catch (IOException | RuntimeException e) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return threads;
    }

    /**
     * The JVM's CPU in a pass by what its threads do, busiest first; threads that ended during the pass (its workers and the
     * indexer's thread) are what the process's total has beyond the living threads'.
     */
    static String threadCpuPerItem(java.util.Map<Long, ThreadCpu> before, java.util.Map<Long, ThreadCpu> after, long jvmNanos, int items) {
        java.util.Map<String, Long> groups = new java.util.HashMap<>();
        long living = 0;
        for (var e : after.entrySet()) {
            ThreadCpu b = before.get(e.getKey());
            long delta = e.getValue().nanos() - (b == null ? 0 : b.nanos());
            groups.merge(e.getValue().group(), delta, Long::sum);
            living += delta;
        }
        groups.put("threads that ended (the workers, the indexer's)", jvmNanos - living);
        return groups.entrySet().stream().filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format("%s %.3f ms", e.getKey(), e.getValue() / 1e6 / items)).collect(java.util.stream.Collectors.joining(", "));
    }

    /** CPU time of this whole JVM (every thread: workers, compiler, garbage collector). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * CPU time of every process of the PostgreSQL server the backends belong to: the postmaster, its live children (backends,
     * WAL writer, checkpointer, autovacuum) and the children that ended (counted in the postmaster's cutime and cstime).
     */
    static long postgresCpuNanos(List<Long> backends) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(backends.get(0)), "stat"));
            long postmaster = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
            List<Long> pids = new ArrayList<>();
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path d : dirs.toList()) {
                    String name = d.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        try {
                            String s = Files.readString(d.resolve("stat"));
                            if (Long.parseLong(s.substring(s.lastIndexOf(')') + 2).split(" ")[1]) == postmaster) {
                                pids.add(Long.parseLong(name));
                            }
                        } catch (IOException | RuntimeException e) {
                            // ended meanwhile
                        }
                    }
                }
            }
            pids.add(postmaster);
            String own = Files.readString(Path.of("/proc", Long.toString(postmaster), "stat"));
            String[] f = own.substring(own.lastIndexOf(')') + 2).split(" ");
            return cpuNanos(pids) + (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    final java.util.concurrent.atomic.AtomicLong parseNanos = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong prepareNanos = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong storeNanos = new java.util.concurrent.atomic.AtomicLong();

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** User + system CPU time of PostgreSQL backend processes, from /proc (Linux; 0 elsewhere). */
    static long cpuNanos(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                // process gone or not Linux: counts as nothing
            }
        }
        return ticks * 10_000_000L; // USER_HZ = 100
    }

    List<Stored> ingestFeed(TransactionTemplate tx, Feed feed, byte[] document, boolean searchIndexed) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        FeedParser.ParsedFeed parsed = FeedParser.parse(document, "application/rss+xml");
        long t1 = THREADS.getCurrentThreadCpuTime();
        List<NewItem> items = FeedPoller.toItems(feed, parsed, java.net.URI.create(feed.url()));
        long t2 = THREADS.getCurrentThreadCpuTime();
        List<Stored> stored = tx.execute(s -> {
            if (!searchIndexed) {
                jdbc.sql("set local session_replication_role = replica").update();
            }
            feedRepository.commitWithoutWaitingForDisk(); // as the desk's scheduled poller commits (FeedPoller.pollNextDue)
            return store.store(items);
        });
        long t3 = THREADS.getCurrentThreadCpuTime();
        parseNanos.addAndGet(t1 - t0);
        prepareNanos.addAndGet(t2 - t1);
        storeNanos.addAndGet(t3 - t2);
        return stored;
    }

    byte[] rss(int feed, Vocabulary words, String run) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench outlet ")
                .append(feed).append("</title><link>https://bench.example/</link><description>generated</description>");
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        for (int i = 0; i < ITEMS_PER_FEED; i++) {
            String language = i % 10 < 6 ? "en" : i % 10 < 8 ? "fr" : "zh";
            String body;
            double roll = random.nextDouble();
            if (roll < 0.05 && !words.recent.isEmpty()) {
                body = words.recent.get(random.nextInt(words.recent.size()));                       // an exact copy of a story told before
            } else if (roll < 0.10 && !words.recent.isEmpty()) {
                body = words.recent.get(random.nextInt(words.recent.size())) + " " + words.paragraph(language, 12, random); // a near-duplicate
            } else {
                body = words.paragraph(language, 120 + random.nextInt(200), random);
                words.remember(body);
            }
            b.append("<item><title>").append(escape(words.paragraph(language, 8, random))).append("</title>")
                    .append("<link>https://bench.example/").append(run).append('/').append(feed).append('/').append(i).append("?utm_source=rss</link>")
                    .append("<guid isPermaLink=\"false\">").append(run).append('-').append(feed).append('-').append(i).append("</guid>")
                    .append("<pubDate>").append(rfc.format(Instant.now().minusSeconds(random.nextInt(86400 * 7)))).append("</pubDate>")
                    .append("<description><![CDATA[<p>").append(body.replace(". ", ".</p><p>")).append("</p><p>The post <a href=\"#\">x</a> appeared first on <a href=\"#\">Bench</a>.</p>]]></description></item>\n");
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    void articlePages() throws Exception {
        Vocabulary words = Vocabulary.fromFixtures();
        String template = new String(Fixtures.bytes("pages/heavy-nav.html"), StandardCharsets.UTF_8);
        IntFunction<String> page = i -> {
            Random r = new Random(i);
            StringBuilder paragraphs = new StringBuilder();
            for (int p = 0; p < 8; p++) {
                paragraphs.append("<p>").append(words.paragraph("en", 60 + r.nextInt(60), r)).append("</p>\n");
            }
            return template.replaceFirst("(?s)<div class=\"entry-content\">.*?<div class=\"inline-ad", "<div class=\"entry-content\">" + paragraphs
                    + "<div class=\"inline-ad");
        };
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            pages.add(page.apply(i));
        }
        for (int i = 0; i < 30; i++) {
            ArticleExtractor.extract(pages.get(i), "https://bench.example/a/" + i);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger chars = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                done.add(pool.submit(() -> {
                    long c = THREADS.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < PAGES; i = next.getAndIncrement()) {
                        chars.addAndGet(ArticleExtractor.extract(pages.get(i), "https://bench.example/a/" + i).text().length());
                    }
                    cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - c);
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int avgKb = pages.stream().mapToInt(String::length).sum() / PAGES / 1024;
        line("");
        line("Article pages (decode + jsoup + readability4j + metadata + language), %d workers:", WORKERS);
        double msPerPage = cpu.get() / 1e6 / PAGES;
        line("  %d pages of ~%d KB in %.2f s: %,.0f pages/s (%,d chars of article text on average)", PAGES, avgKb, seconds, PAGES / seconds,
                chars.get() / PAGES);
        line("  => %.2f ms of CPU per page: %,.0f pages/s on %d otherwise idle cores (load average %.1f)", msPerPage, WORKERS * 1000 / msPerPage,
                WORKERS, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    void inbox() {
        int have = jdbc.sql("select count(*) from source_item").query(Integer.class).single();
        if (have < INBOX_ROWS) {
            int missing = INBOX_ROWS - have;
            long t = System.nanoTime();
            jdbc.sql("""
                    with ins as (
                      insert into source_item (kind, source_name, url, canonical_url, title, language, clean_text, content_hash, published_at, cluster_id, status)
                      select 'FEED', 'Filler outlet ' || (g % 50), 'https://filler.example/' || ? || '/' || g, 'https://filler.example/' || ? || '/' || g,
                             'Filler story ' || g || ' ' || md5(g::text), (array['en','fr','zh'])[1 + g % 3], repeat(md5(g::text) || ' ', 40),
                             md5(? || g::text), now() - (g || ' minutes')::interval, 0, (array['NEW','NEW','NEW','USED','IGNORED'])[1 + g % 5]
                        from generate_series(1, ?) g
                      returning id)
                    select count(*) from ins""").params(run, run, run, missing).query(Long.class).single();
            jdbc.sql("update source_item set cluster_id = id where cluster_id = 0").update();
            jdbc.sql("insert into source_cluster (id, size) select id, 1 from source_item s where not exists (select 1 from source_cluster c where c.id = s.id)").update();
            // what autovacuum does on a live desk: statistics, and the visibility map for index-only scans
            jdbc.sql("vacuum (analyze) source_item").update();
            jdbc.sql("vacuum (analyze) source_cluster").update();
            line("");
            line("(filled the inbox up to %,d items with generated rows in %.1f s)", INBOX_ROWS, (System.nanoTime() - t) / 1e9);
        }
        int total = jdbc.sql("select count(*) from source_item").query(Integer.class).single();
        SourceItemRepository items = new SourceItemRepositoryAccess(jdbc).repository();
        line("");
        line("Inbox queries on %,d items (median of 15 runs, page of 50):", total);
        time("first page, newest first", () -> items.inbox(InboxQuery.ALL, 0, 50));
        time("page at offset 50,000", () -> items.inbox(InboxQuery.ALL, 50_000, 50));
        time("page at offset 95,000", () -> items.inbox(InboxQuery.ALL, 95_000, 50));
        time("count, all", () -> items.count(InboxQuery.ALL));
        time("status NEW, first page", () -> items.inbox(InboxQuery.ALL.withStatus("NEW"), 0, 50));
        time("count, status NEW", () -> items.count(InboxQuery.ALL.withStatus("NEW")));
        time("search \"story 4242\", first page", () -> items.inbox(InboxQuery.ALL.withText("story 4242"), 0, 50));
        time("sorted by cluster size", () -> items.inbox(InboxQuery.ALL.sortedBy(InboxQuery.Sort.CLUSTER_SIZE, false), 0, 50));
        time("one item's cluster", () -> items.cluster(items.inbox(InboxQuery.ALL, 0, 1).get(0).clusterId()));
        time("one item by id", () -> items.find(new SourceItemId(1)));
    }

    void time(String what, Runnable query) {
        long[] ms = new long[15];
        for (int i = 0; i < 3; i++) {
            query.run();
        }
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.run();
            ms[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(ms);
        line("  %-36s %6.1f ms", what, ms[ms.length / 2] / 1e6);
    }

    void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** Gives the benchmark the repository without going through the service's security. */
    record SourceItemRepositoryAccess(JdbcClient jdbc) {
        SourceItemRepository repository() {
            return new SourceItemRepository(jdbc);
        }
    }

    /** Real words of the fixtures, strung together at random: texts that read as their language but share few word triples. */
    static final class Vocabulary {
        final List<String> en = new ArrayList<>();
        final List<String> fr = new ArrayList<>();
        final List<String> zh = new ArrayList<>();
        final List<String> recent = new ArrayList<>();

        static Vocabulary fromFixtures() {
            Vocabulary v = new Vocabulary();
            v.en.addAll(words(new String(Fixtures.bytes("pages/heavy-nav.html"), StandardCharsets.UTF_8) + Fixtures.text("feeds/english-rss2.xml")
                    + Fixtures.text("feeds/outlet-a.xml") + Fixtures.text("feeds/atom.xml")));
            v.fr.addAll(words(Fixtures.text("feeds/french-wordpress.xml") + new String(Fixtures.bytes("pages/windows-1252-article.html"),
                    java.nio.charset.Charset.forName("windows-1252"))));
            String zhText = new String(Fixtures.bytes("pages/gbk-article.html"), java.nio.charset.Charset.forName("GBK"));
            zhText.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).distinct()
                    .forEach(c -> v.zh.add(new String(Character.toChars(c))));
            return v;
        }

        static List<String> words(String text) {
            return java.util.Arrays.stream(org.jsoup.Jsoup.parse(text).text().split("[^\\p{L}\\p{N}'’-]+"))
                    .filter(w -> w.length() > 1 && !w.contains("{{")).map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        }

        String paragraph(String language, int count, Random random) {
            List<String> pool = language.equals("fr") ? fr : language.equals("zh") ? zh : en;
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (!language.equals("zh") && i > 0) {
                    b.append(i % 14 == 0 ? ". " : " ");
                }
                b.append(pool.get(random.nextInt(pool.size())));
                if (language.equals("zh") && i % 20 == 19) {
                    b.append("。");
                }
            }
            return b.append(language.equals("zh") ? "。" : ".").toString();
        }

        void remember(String body) {
            if (recent.size() < 500) {
                recent.add(body);
            } else {
                recent.set((int) (Math.random() * 500), body);
            }
        }
    }

    static {
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
