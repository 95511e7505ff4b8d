package org.newsdesk.ingest.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.ingest.SourceItemImported;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Stores source items in batches, each story once: an item whose canonical URL, feed GUID or
 * normalised text is already stored (or earlier in the same batch) is reported as a duplicate of
 * that item instead. New items join the cluster of the most similar stored item when their
 * estimated similarity reaches {@code newsdesk.ingest.near-duplicate-similarity}, else start
 * their own. A batch costs a fixed handful of round trips and statements (five, six with
 * near-duplicate candidates to look up) to PostgreSQL, whatever its size.
 * Callers run it inside their transaction.
 */
@Component
public class ItemStore {

    /** What became of one item: stored under {@code id}, or a duplicate of the item {@code id}. */
    public record Stored(SourceItemId id, boolean duplicate, long clusterId) {}

    private static final int MAX_CANDIDATES = 2000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final double threshold;

    ItemStore(JdbcClient jdbc, ApplicationEventPublisher events, NewsdeskProperties props) {
        this.jdbc = jdbc;
        this.events = events;
        this.threshold = props.ingest().nearDuplicateSimilarity();
    }

    private record Existing(long id, long clusterId, String canonicalUrl, Long feedId, String guid, String hash) {}

    private record Candidate(long id, long clusterId, int[] signature) {}

    public List<Stored> store(List<NewItem> items) {
        Stored[] results = new Stored[items.size()];
        if (items.isEmpty()) {
            return List.of();
        }
        // 0. Two polls (maybe on two nodes) importing the same story at once: each takes a lock per
        // dedupe key, in one global order, before looking. The second waits, then sees the first's row.
        long[] locks = items.stream().flatMap(i -> keys(i).stream()).mapToLong(ItemStore::lockKey).distinct().sorted().toArray();
        jdbc.sql("select count(pg_advisory_xact_lock(k)) from unnest(?::bigint[]) k")
                .param(new SqlArrayValue("bigint", Arrays.stream(locks).boxed().toArray())).query(Long.class).single();
        // 1. exact duplicates of stored items (canonical URL, feed GUID, content hash)
        Map<String, Existing> byKey = new HashMap<>();
        for (Existing e : existing(items)) {
            if (e.canonicalUrl() != null) {
                byKey.putIfAbsent("u:" + e.canonicalUrl(), e);
            }
            if (e.feedId() != null && e.guid() != null) {
                byKey.putIfAbsent("g:" + e.feedId() + ":" + e.guid(), e);
            }
            byKey.putIfAbsent("h:" + e.hash(), e);
        }
        // 2. ... and of items earlier in this batch
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> fresh = new ArrayList<>();
        int[] duplicateOf = new int[items.size()];
        Arrays.fill(duplicateOf, -1);
        for (int i = 0; i < items.size(); i++) {
            NewItem item = items.get(i);
            List<String> keys = keys(item);
            Existing found = keys.stream().map(byKey::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (found != null) {
                results[i] = new Stored(new SourceItemId(found.id()), true, found.clusterId());
                continue;
            }
            Integer earlier = keys.stream().map(seen::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (earlier != null) {
                duplicateOf[i] = earlier;
                continue;
            }
            keys.forEach(k -> seen.put(k, fresh.size()));
            fresh.add(i);
        }
        if (!fresh.isEmpty()) {
            insert(items, fresh, results);
        }
        for (int i = 0; i < items.size(); i++) {
            if (duplicateOf[i] >= 0) {
                Stored first = results[fresh.get(duplicateOf[i])];
                results[i] = new Stored(first.id(), true, first.clusterId());
            }
        }
        return Arrays.asList(results);
    }

    private void insert(List<NewItem> items, List<Integer> fresh, Stored[] results) {
        // 3. near-duplicates: candidates by shared LSH band, confirmed by signature similarity
        List<long[]> bands = new ArrayList<>();
        long[] allBands = fresh.stream().map(items::get).filter(n -> n.signature() != null)
                .flatMapToLong(n -> Arrays.stream(MinHash.bands(n.signature()))).distinct().toArray();
        for (int i : fresh) {
            bands.add(items.get(i).signature() == null ? null : MinHash.bands(items.get(i).signature()));
        }
        List<Candidate> candidates = allBands.length == 0 ? List.of() : candidates(allBands);

        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('source_item', 'id')) from generate_series(1, ?)")
                .param(fresh.size()).query(Long.class).list();
        long[] clusters = clusters(items, fresh, bands, candidates, ids);
        // 4. one insert statement for the whole batch; a row another node stored meanwhile is skipped, not doubled
        java.util.Set<Long> inserted = insertRows(items, fresh, bands, ids, clusters);
        int count = fresh.size();
        TreeMap<Long, Integer> growth = new TreeMap<>();
        for (int f = 0; f < count; f++) {
            int index = fresh.get(f);
            if (!inserted.contains(ids.get(f))) {
                // stored by someone else between our check and our insert: report theirs
                Existing other = existing(List.of(items.get(index))).stream().findFirst()
                        .orElseThrow(() -> new IllegalStateException("An item could not be stored and no copy of it exists."));
                results[index] = new Stored(new SourceItemId(other.id()), true, other.clusterId());
            } else {
                results[index] = new Stored(new SourceItemId(ids.get(f)), false, clusters[f]);
                growth.merge(clusters[f], 1, Integer::sum);
                events.publishEvent(new SourceItemImported(new SourceItemId(ids.get(f)), items.get(index).kind(), clusters[f]));
            }
        }
        // 5. cluster sizes, in one statement, in id order so concurrent batches never deadlock
        if (!growth.isEmpty()) {
            jdbc.sql("""
                    insert into source_cluster (id, size)
                    select g.id, g.size from unnest(?::bigint[], ?::int[]) g (id, size) order by g.id
                    on conflict (id) do update set size = source_cluster.size + excluded.size""")
                    .param(new SqlArrayValue("bigint", growth.keySet().toArray()))
                    .param(new SqlArrayValue("integer", growth.values().toArray()))
                    .update();
        }
    }

    /**
     * The cluster of each fresh item: the most similar stored candidate's or earlier fresh item's at or above the threshold,
     * else its own id. A method of its own (as is {@link #insertRows}), so that the JIT compiles each hot loop on its own:
     * compiled whole inside {@code insert}, one C2 compilation took 1 to 3 s of a core, three times, in the ingest benchmark's
     * timed pass (JFR, docs/benchmarks/ingest.md).
     */
    private long[] clusters(List<NewItem> items, List<Integer> fresh, List<long[]> bands, List<Candidate> candidates, List<Long> ids) {
        long[] clusters = new long[fresh.size()];
        Map<Long, List<Integer>> batchBands = new HashMap<>();
        for (int f = 0; f < fresh.size(); f++) {
            NewItem item = items.get(fresh.get(f));
            clusters[f] = ids.get(f);
            if (item.signature() == null) {
                continue;
            }
            double best = threshold;
            for (Candidate c : candidates) {
                if (c.signature() != null) {
                    double s = MinHash.similarity(item.signature(), c.signature());
                    if (s >= best) {
                        best = s;
                        clusters[f] = c.clusterId();
                    }
                }
            }
            java.util.Set<Integer> earlier = new java.util.HashSet<>();
            for (long band : bands.get(f)) {
                earlier.addAll(batchBands.getOrDefault(band, List.of()));
                batchBands.computeIfAbsent(band, k -> new ArrayList<>()).add(f);
            }
            for (int e : earlier) {
                double s = MinHash.similarity(item.signature(), items.get(fresh.get(e)).signature());
                if (s >= best) {
                    best = s;
                    clusters[f] = clusters[e];
                }
            }
        }
        return clusters;
    }

    /** Inserts the fresh items in one statement; returns the ids actually inserted (a row another node stored meanwhile is skipped). */
    private java.util.Set<Long> insertRows(List<NewItem> items, List<Integer> fresh, List<long[]> bands, List<Long> ids, long[] clusters) {
        int count = fresh.size();
        Object[] id = new Object[count], kind = new Object[count], feedId = new Object[count], sourceName = new Object[count], url = new Object[count],
                canonicalUrl = new Object[count], guid = new Object[count], title = new Object[count], author = new Object[count],
                publishedAt = new Object[count], language = new Object[count], cleanText = new Object[count], contentHash = new Object[count],
                imageUrl = new Object[count], rawHtml = new Object[count], minhash = new Object[count], cluster = new Object[count],
                importedBy = new Object[count];
        Long[][] bandRows = new Long[count][MinHash.BANDS];
        for (int f = 0; f < count; f++) {
            NewItem n = items.get(fresh.get(f));
            id[f] = ids.get(f);
            kind[f] = n.kind();
            feedId[f] = n.feedId();
            sourceName[f] = n.sourceName();
            url[f] = n.url();
            canonicalUrl[f] = n.canonicalUrl();
            guid[f] = n.guid();
            title[f] = n.title();
            author[f] = n.author();
            publishedAt[f] = n.publishedAt() == null ? null : OffsetDateTime.ofInstant(n.publishedAt(), ZoneOffset.UTC);
            language[f] = n.language();
            cleanText[f] = n.cleanText();
            contentHash[f] = n.contentHash();
            imageUrl[f] = n.imageUrl();
            rawHtml[f] = n.rawHtml();
            minhash[f] = n.signature() == null ? null : java.util.HexFormat.of().formatHex(MinHash.toBytes(n.signature()));
            cluster[f] = clusters[f];
            importedBy[f] = n.importedBy();
            for (int b = 0; b < MinHash.BANDS; b++) {
                bandRows[f][b] = bands.get(f) == null ? null : bands.get(f)[b];
            }
        }
        // signatures travel in hex (the driver sends no bytea arrays), lsh_bands as one two-dimensional array (a row per item,
        // all nulls for an item without a signature)
        return new java.util.HashSet<>(jdbc.sql("""
                insert into source_item (id, kind, feed_id, source_name, url, canonical_url, guid, title, author, published_at, language,
                    clean_text, content_hash, image_url, raw_html, minhash, lsh_bands, cluster_id, imported_by)
                select u.id, u.kind, u.feed_id, u.source_name, u.url, u.canonical_url, u.guid, u.title, u.author, u.published_at, u.language,
                       u.clean_text, u.content_hash, u.image_url, u.raw_html, decode(u.minhash, 'hex'),
                       case when u.minhash is null then null else array(select unnest(b.bands[u.n:u.n])) end, u.cluster_id, u.imported_by
                  from unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                              ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
                       with ordinality u (id, kind, feed_id, source_name, url, canonical_url, guid, title, author, published_at, language,
                                          clean_text, content_hash, image_url, raw_html, minhash, cluster_id, imported_by, n),
                       (select ?::bigint[][] bands) b
                 order by u.n
                on conflict do nothing
                returning id""")
                .param(new SqlArrayValue("bigint", id)).param(new SqlArrayValue("text", kind)).param(new SqlArrayValue("bigint", feedId))
                .param(new SqlArrayValue("text", sourceName)).param(new SqlArrayValue("text", url)).param(new SqlArrayValue("text", canonicalUrl))
                .param(new SqlArrayValue("text", guid)).param(new SqlArrayValue("text", title)).param(new SqlArrayValue("text", author))
                .param(new SqlArrayValue("timestamptz", publishedAt)).param(new SqlArrayValue("text", language))
                .param(new SqlArrayValue("text", cleanText)).param(new SqlArrayValue("text", contentHash)).param(new SqlArrayValue("text", imageUrl))
                .param(new SqlArrayValue("text", rawHtml)).param(new SqlArrayValue("text", minhash)).param(new SqlArrayValue("bigint", cluster))
                .param(new SqlArrayValue("bigint", importedBy)).param(new SqlArrayValue("bigint", (Object[]) bandRows))
                .query(Long.class).list());
    }

    /**
     * Stored items sharing a band key. PostgreSQL cannot estimate how selective an overlap with
     * hundreds of keys is and may then scan the whole table (seconds on a large inbox); the GIN
     * index answers it in milliseconds, so the function (V46) switches sequential scans off for
     * this one query, in one round trip.
     */
    private List<Candidate> candidates(long[] bands) {
        return jdbc.sql("select id, cluster_id, minhash from ingest_near_duplicate_candidates(?, " + MAX_CANDIDATES + ")")
                .param(new SqlArrayValue("bigint", Arrays.stream(bands).boxed().toArray()))
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), MinHash.fromBytes(rs.getBytes(3)))).list();
    }

    private List<Existing> existing(List<NewItem> items) {
        Object[] urls = items.stream().map(NewItem::canonicalUrl).filter(Objects::nonNull).distinct().toArray();
        Object[] hashes = items.stream().map(NewItem::contentHash).distinct().toArray();
        List<NewItem> withGuid = items.stream().filter(i -> i.feedId() != null && i.guid() != null).toList();
        // three index lookups, not one OR (which PostgreSQL may answer with a scan of the whole table)
        return jdbc.sql("""
                select id, cluster_id, canonical_url, feed_id, guid, content_hash from source_item where canonical_url = any(?)
                union
                select id, cluster_id, canonical_url, feed_id, guid, content_hash from source_item where content_hash = any(?)
                union
                select s.id, s.cluster_id, s.canonical_url, s.feed_id, s.guid, s.content_hash
                  from source_item s join unnest(?::bigint[], ?::text[]) k (feed_id, guid) on s.feed_id = k.feed_id and s.guid = k.guid""")
                .param(new SqlArrayValue("text", urls))
                .param(new SqlArrayValue("text", hashes))
                .param(new SqlArrayValue("bigint", withGuid.stream().map(NewItem::feedId).toArray()))
                .param(new SqlArrayValue("text", withGuid.stream().map(NewItem::guid).toArray()))
                .query((rs, n) -> new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** A 64-bit lock id for a dedupe key (collisions only make two unrelated imports wait for each other). */
    private static long lockKey(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return MinHash.mix(h);
    }

    private static List<String> keys(NewItem item) {
        List<String> keys = new ArrayList<>(3);
        if (item.canonicalUrl() != null) {
            keys.add("u:" + item.canonicalUrl());
        }
        if (item.feedId() != null && item.guid() != null) {
            keys.add("g:" + item.feedId() + ":" + item.guid());
        }
        keys.add("h:" + item.contentHash());
        return keys;
    }
}
