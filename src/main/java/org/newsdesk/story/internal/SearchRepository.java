package org.newsdesk.story.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.story.Marked;
import org.newsdesk.story.SearchHit;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.StoryState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ranked full-text search over the search tables V28 keeps (search_story, search_source_item), with
 * the story list's and the inbox's filters; then the matched words marked in a snippet of each hit
 * (PostgreSQL's ts_headline for words, on the first passage that matches (V41), exact substrings for
 * Chinese). The source item side reads ingest's items through the view ingest keeps for other
 * modules (ingest_source_item_read, V41): search is a read model across the desk
 * (docs/decisions/0010).
 */
@Repository
public class SearchRepository {

    /**
     * Matches ranked at most: a query that matches more ranks the most recent this many (the index answers which match;
     * ranking reads each candidate's small rank document (V48), so this bounds a broad query's cost).
     */
    static final int RANKED_CANDIDATES = 300;
    private static final int SNIPPET = 220;
    private static final String HEADLINE_OPTIONS = "StartSel=" + Marked.START + ", StopSel=" + Marked.END + ", HighlightAll=true";
    private static final String SNIPPET_OPTIONS = "StartSel=" + Marked.START + ", StopSel=" + Marked.END
            + ", MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Ranked(long id, String status, Instant time, double rank) {}

    public List<SearchHit> stories(SearchTerms terms, StoryFilter filter, int limit) {
        StoryRepository.Where w = StoryRepository.where(filter);
        Queries query = tsquery(terms);
        boolean filtered = !w.sql().isEmpty();
        // the newest matches the index finds on the whole document, filtered (the story row is read for them only when a
        // filter needs it), newest buckets first (V54); then checked exactly (Chinese phrases) and ranked on the small
        // document (headlines and summaries, V48): the whole one is read only for that check
        Newest c = newest(query, "search_story", "ss", "story_id", filtered ? " join story s on s.id = ss.story_id" : "",
                filtered ? " and " + w.sql().substring("where ".length()) : "", w.params(), query.maxStoryId());
        List<Object> params = new ArrayList<>(c.params());
        params.add(query.exact());
        params.add(limit);
        String sql = "with c as (" + c.sql() + ")"
                + " select s.id, s.state, s.updated_at, ts_rank_cd(ss.rank_doc, ?::tsquery, 1) as rank"
                + " from c join search_story ss on ss.story_id = c.id join story s on s.id = c.id"
                + " order by rank desc, s.updated_at desc, s.id desc limit ?";
        List<Ranked> ranked = planned(query, () -> jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Ranked(rs.getLong("id"), StoryState.valueOf(rs.getString("state")).label(), instant(rs, "updated_at"),
                        rs.getDouble("rank")))
                .list());
        if (ranked.isEmpty()) {
            return List.of();
        }
        // each language of each hit: its headline and its other fields, with the words marked
        record Lang(long id, String lang, String headline, String body, String markedHeadline, String markedBody) {}
        Map<Long, List<Lang>> byStory = new HashMap<>();
        jdbc.sql("""
                with q as materialized (select case when ? = '' then null else newsdesk_search_query(?, null) end as q)
                select s.id, l.key as lang, coalesce(l.value ->> 'headline', '') as headline, b.body,
                       case when q.q is null then null else ts_headline(newsdesk_search_config(l.key), coalesce(l.value ->> 'headline', ''), q.q, ?) end as mh,
                       case when q.q is null then null else ts_headline(newsdesk_search_config(l.key), p.passage, q.q, ?) end as mb
                from story s join revision r on r.id = s.current_revision_id
                     cross join lateral jsonb_each(r.content -> 'languages') as l
                     cross join lateral (select concat_ws(E'\\n', l.value ->> 'summary', string_agg(f.value, E'\\n')) as body from jsonb_each_text(l.value) f
                                         where f.key not in ('headline', 'summary')) as b
                     cross join q
                     cross join lateral (select newsdesk_search_passage(l.key, b.body, q.q, ?::text[]) as passage) as p
                where s.id = any (?) and jsonb_typeof(l.value) = 'object'""")
                .params(terms.latin(), terms.latin(), HEADLINE_OPTIONS, SNIPPET_OPTIONS, terms.cjkRuns().toArray(String[]::new),
                        ranked.stream().map(Ranked::id).toArray(Long[]::new))
                .query((rs, n) -> new Lang(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list()
                .forEach(l -> byStory.computeIfAbsent(l.id(), k -> new ArrayList<>()).add(l));
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : ranked) {
            List<Lang> langs = byStory.getOrDefault(r.id(), List.of());
            Map<String, Lang> byLang = new LinkedHashMap<>();
            langs.forEach(l -> byLang.put(l.lang(), l));
            Lang best = langs.stream().filter(l -> l.markedHeadline() != null && l.markedHeadline().indexOf(Marked.START) >= 0).findFirst()
                    .or(() -> langs.stream().filter(l -> l.markedBody() != null && l.markedBody().indexOf(Marked.START) >= 0).findFirst())
                    .or(() -> langs.stream().filter(l -> terms.cjkWindow(l.headline() + "\n" + l.body(), SNIPPET) != null).findFirst())
                    .or(() -> langs.stream().filter(l -> !l.headline().isBlank()).findFirst())
                    .orElse(null);
            if (best == null) {
                hits.add(new SearchHit(SearchHit.Kind.STORY, r.id(), Marked.plain(""), Marked.plain(""), null, r.status(), r.time(), r.rank()));
                continue;
            }
            String title = best.markedHeadline() != null ? best.markedHeadline() : best.headline();
            hits.add(new SearchHit(SearchHit.Kind.STORY, r.id(), new Marked(terms.markCjk(title)),
                    new Marked(terms.markCjk(snippet(terms, best.body(), best.markedBody()))), best.lang(), r.status(), r.time(), r.rank()));
        }
        return hits;
    }

    public List<SearchHit> sourceItems(SearchTerms terms, InboxQuery filter, int limit) {
        Queries query = tsquery(terms);
        List<String> clauses = new ArrayList<>();
        List<Object> filterParams = new ArrayList<>();
        if (filter.status() != null && !filter.status().isBlank()) {
            clauses.add(" and i.status = ?");
            filterParams.add(filter.status());
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            clauses.add(" and i.language = ?");
            filterParams.add(filter.language());
        }
        if (filter.clusterId() != null) {
            clauses.add(" and i.cluster_id = ?");
            filterParams.add(filter.clusterId());
        }
        // as for stories: the item row is read for the candidates only, unless a filter needs it to pick them (joined
        // first, a Chinese query matching 30,000 items of 200,000 had all 30,000 rows read before the newest 300 were
        // kept: 257 ms, then 72)
        boolean filtered = !clauses.isEmpty();
        Newest c = newest(query, "search_source_item", "si", "item_id", filtered ? " join ingest_source_item_read i on i.id = si.item_id" : "",
                String.join("", clauses), filterParams, query.maxItemId());
        List<Object> params = new ArrayList<>(c.params());
        params.add(query.exact());
        params.add(limit);
        String sql = "with c as (" + c.sql() + ")"
                + " select r.id, r.status, r.sort_time, ts_rank_cd(si.rank_doc, ?::tsquery, 1) as rank"
                + " from c join search_source_item si on si.item_id = c.id join ingest_source_item_read r on r.id = c.id"
                + " order by rank desc, r.sort_time desc, r.id desc limit ?";
        List<Ranked> ranked = planned(query, () -> jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new Ranked(rs.getLong("id"), rs.getString("status"), instant(rs, "sort_time"), rs.getDouble("rank")))
                .list());
        if (ranked.isEmpty()) {
            return List.of();
        }
        record Text(String lang, String title, String body, String markedTitle, String markedBody) {}
        Map<Long, Text> texts = new HashMap<>();
        jdbc.sql("""
                with q as materialized (select case when ? = '' then null else newsdesk_search_query(?, null) end as q)
                select i.id, i.language, i.title, i.clean_text,
                       case when q.q is null then null else ts_headline(newsdesk_search_config(i.language), i.title, q.q, ?) end as mt,
                       case when q.q is null then null else ts_headline(newsdesk_search_config(i.language),
                           newsdesk_search_passage(i.language, i.clean_text, q.q, ?::text[]), q.q, ?) end as mb
                from ingest_source_item_read i cross join q where i.id = any (?)""")
                .params(terms.latin(), terms.latin(), HEADLINE_OPTIONS, terms.cjkRuns().toArray(String[]::new), SNIPPET_OPTIONS,
                        ranked.stream().map(Ranked::id).toArray(Long[]::new))
                .query((rs, n) -> texts.put(rs.getLong(1), new Text(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))))
                .list();
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked r : ranked) {
            Text t = texts.get(r.id());
            String title = t.markedTitle() != null ? t.markedTitle() : t.title();
            hits.add(new SearchHit(SearchHit.Kind.SOURCE_ITEM, r.id(), new Marked(terms.markCjk(title)),
                    new Marked(terms.markCjk(snippet(terms, t.body(), t.markedBody()))), t.lang(), r.status(), r.time(), r.rank()));
        }
        return hits;
    }

    /**
     * The query for the index (phrases, Chinese runs among them, as all their words), the exact one, its adjacent-word pairs
     * when it is made of two-word phrases only (null otherwise: {@link PhrasePairs}), and the newest story and item ids
     * indexed (where the recency buckets start).
     */
    private record Queries(String index, String exact, String pairs, long maxStoryId, long maxItemId) {
        /** Whether what the index finds must be checked against the exact query (reading the whole document). */
        boolean checksCandidates() {
            return !index.equals(exact);
        }
    }

    /**
     * The query as tsquery text, worked out first and then given to the search as a constant: the planner can then use the
     * GIN index (a query computed inside the statement would be opaque to it).
     */
    private Queries tsquery(SearchTerms terms) {
        // A statement the driver has prepared (after a few runs) may get a generic plan, one that does not know the query:
        // it then walks all rows newest first, testing each. This transaction's plans are made for their actual query.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        return jdbc.sql("""
                select newsdesk_search_query(?, ?)::text,
                       coalesce((select max(story_id) from search_story), 0), coalesce((select max(item_id) from search_source_item), 0)""")
                .params(terms.latin(), terms.cjkQuery())
                .query((rs, n) -> new Queries(withoutPhrases(rs.getString(1)), rs.getString(1), PhrasePairs.of(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3))).single();
    }

    /**
     * Runs the candidates' statement. For a query asked of the word pairs (V55), the planner may scan the pairs' table testing
     * each row's pairs instead of asking their index (it did for items: 1.2 s instead of 3 ms, a common pair being costed as
     * if the index had to read all of it); it is told not to, for that statement only.
     */
    private <T> T planned(Queries query, java.util.function.Supplier<T> statement) {
        if (query.pairs() == null) {
            return statement.get();
        }
        jdbc.sql("set local enable_seqscan = off").update();
        try {
            return statement.get();
        } finally {
            jdbc.sql("set local enable_seqscan = on").update();
        }
    }

    /** A statement giving the ids ("id") of the newest {@link #RANKED_CANDIDATES} matches, newest first, and its parameters. */
    private record Newest(String sql, List<Object> params) {}

    /**
     * Recency buckets asked for, step by step, before the rest of the table: the newest 2 buckets of 1,024 ids, the next 8,
     * then the next 32 (V54).
     */
    private static final int[] BUCKET_STEPS = {2, 8, 32};

    /**
     * The newest matches of the query in {@code table} (as {@code alias}, its key {@code id}; {@code join} the row a filter
     * needs, if any), with {@code filter} (" and …") applied: those in the newest recency buckets first, each further step
     * only when the ones before found too few (the union stops at its limit), then the rest of the table.
     * <p>
     * Within a step the index intersects the query's words with the step's buckets (V54): no document is read to find them
     * (a phrase is asked of the index as all its words, which it answers alone). They are gathered before they are ordered
     * (a materialized CTE): ordered by the id's index, the planner would walk the newest rows testing each one's whole
     * document, as it did before V54. A phrase is then checked on them newest first, one whole document at a time, until
     * enough match: what is read is only the rows that hold all the phrase's words, and no more of them than needed.
     */
    private static Newest newest(Queries query, String table, String alias, String id, String join, String filter, List<Object> filterParams,
            long maxId) {
        String idColumn = alias + "." + id;
        String from = table + " " + alias + join;
        String exact = query.checksCandidates()
                ? " where (select x.doc @@ ?::tsquery from " + table + " x where x." + id + " = o.id)"
                : "";
        List<String> ctes = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<Object> partParams = new ArrayList<>();
        long bucket = maxId >> 10;
        for (int step : BUCKET_STEPS) {
            if (bucket < 0) {
                break;
            }
            List<String> tokens = new ArrayList<>();
            long above = (bucket + 1) << 10;
            for (int i = 0; i < step && bucket >= 0; i++, bucket--) {
                tokens.add("'" + bucket + "'");
            }
            String name = "w" + ctes.size();
            String buckets = String.join(" | ", tokens);
            if (query.pairs() != null) {
                // rows with their pairs filled (V55) answer a query of two-word phrases from the pairs' index alone; those
                // without (just indexed) are found by their words and checked as below
                ctes.add(name + " as materialized (select " + idColumn + " as id, false as unchecked from " + table + "_pairs " + alias + join
                        + " where " + alias + ".pairs @@ ?::tsquery and newsdesk_search_recency(" + idColumn + ") @@ ?::tsquery" + filter
                        + " union all select " + idColumn + ", true from " + from + " where " + alias + ".doc @@ ?::tsquery"
                        + " and newsdesk_search_recency(" + idColumn + ") @@ ?::tsquery" + filter
                        // (the step's id range, so that only its rows of the pairs' table are read to tell which lack them)
                        + " and not exists (select 1 from " + table + "_pairs np where np." + id + " = " + idColumn + " and np." + id + " >= ? and np."
                        + id + " < ?))");
                params.add(query.pairs());
                params.add(buckets);
                params.addAll(filterParams);
                params.add(query.index());
                params.add(buckets);
                params.addAll(filterParams);
                params.add((bucket + 1) << 10);
                params.add(above);
                parts.add("(select o.id from (select id, unchecked from " + name + " order by id desc offset 0) o where case when o.unchecked then"
                        + " (select x.doc @@ ?::tsquery from " + table + " x where x." + id + " = o.id) else true end)");
                partParams.add(query.exact());
                continue;
            }
            ctes.add(name + " as materialized (select " + idColumn + " as id from " + from + " where " + alias + ".doc @@ ?::tsquery"
                    + " and newsdesk_search_recency(" + idColumn + ") @@ ?::tsquery" + filter + ")");
            params.add(query.index());
            params.add(buckets);
            params.addAll(filterParams);
            parts.add("(select o.id from (select id from " + name + " order by id desc offset 0) o" + exact + ")");
            if (query.checksCandidates()) {
                partParams.add(query.exact());
            }
        }
        if (bucket >= 0) {
            parts.add("(select o.id from (select " + idColumn + " as id from " + from + " where " + alias + ".doc @@ ?::tsquery and "
                    + idColumn + " < ?" + filter + " order by " + idColumn + " desc" + (query.checksCandidates() ? " offset 0" : " limit ?") + ") o"
                    + exact + ")");
            partParams.add(query.index());
            partParams.add((bucket + 1) << 10);
            partParams.addAll(filterParams);
            partParams.add(query.checksCandidates() ? query.exact() : RANKED_CANDIDATES);
        }
        params.addAll(partParams);
        params.add(RANKED_CANDIDATES);
        return new Newest("with " + String.join(", ", ctes) + " " + String.join(" union all ", parts) + " limit ?", params);
    }

    /**
     * The query as the index is asked it: each phrase ({@code <->}, {@code <N>}) as all its words, which a GIN index answers
     * without reading documents (the phrase itself is then checked on what it finds). A query with a negation is asked as it
     * is: "not this phrase" is not implied by "not all these words".
     */
    static String withoutPhrases(String query) {
        StringBuilder b = new StringBuilder(query.length());
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char ch = query.charAt(i);
            if (ch == '\'' ) {
                quoted = !quoted;
            } else if (!quoted && ch == '!') {
                return query;
            } else if (!quoted && ch == '<') {
                int end = query.indexOf('>', i);
                if (end > 0 && query.substring(i + 1, end).matches("-|\\d+")) {
                    b.append('&');
                    i = end;
                    continue;
                }
            }
            b.append(ch);
        }
        return b.toString();
    }

    /** The marked fragments PostgreSQL chose when they hold a match, else the text around the first Chinese match, else its start. */
    private static String snippet(SearchTerms terms, String body, String markedBody) {
        if (markedBody != null && markedBody.indexOf(Marked.START) >= 0) {
            return markedBody.replaceAll("\\s+", " ").strip();
        }
        String window = terms.cjkWindow(body, SNIPPET);
        if (window != null) {
            return window;
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
