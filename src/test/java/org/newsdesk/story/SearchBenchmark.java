package org.newsdesk.story;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (surefire leaves out *Benchmark); run with {@code ./newsdesk bench search}.
 * The search box on 100,000 stories (English and Chinese content, about 1.6 kB each) and 200,000
 * source items (English, French, Chinese, about 1.1 kB of text each), generated with a skewed
 * vocabulary (a few words are everywhere, most are rare) and removed afterwards: the time of one
 * search through the service (stories and source items, 20 of each, with their marked snippets),
 * p50 and p95 per kind of query, and p95 over all of them. Target: p95 under 50 ms.
 */
@IntegrationTest
class SearchBenchmark {

    static final int STORIES = Integer.getInteger("bench.search.stories", 100_000);
    static final int ITEMS = Integer.getInteger("bench.search.items", 200_000);
    static final int RUNS = 40;

    @Autowired SearchService search;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired tools.jackson.databind.json.JsonMapper json;

    static final List<String> ENGLISH = List.of("data", "centre", "model", "training", "inference", "chips", "funding", "round", "startup", "valuation",
            "GPU", "cloud", "agent", "benchmark", "regulation", "robotics", "open", "source", "weights", "OpenAI", "Mistral", "Nvidia", "Anthropic",
            "DeepSeek", "compute", "cluster", "datacenter", "sovereign", "Europe", "billion", "million", "investors", "acquisition", "partnership");
    static final List<String> FRENCH = List.of("données", "centre", "financement", "modèle", "puces", "levée", "fonds", "entraînement",
            "régulation", "jeune", "pousse", "calcul", "souverain", "milliards", "investisseurs", "rachat", "partenariat", "européen");
    static final List<String> CHINESE = List.of("数据中心", "人工智能", "芯片", "融资", "模型", "训练", "推理", "算力", "开源", "投资者", "估值", "机器人",
            "监管", "欧洲", "十亿", "合作", "收购", "初创公司", "英伟达", "大模型");

    @Test
    void searchingAHundredThousandStoriesAndTwoHundredThousandSourceItems() {
        String run = "sbench" + UUID.randomUUID().toString().substring(0, 6);
        long editor = jdbc.sql("select id from app_user where username = 'editor'").query(Long.class).single();
        long t0 = System.nanoTime();
        seed(run, editor);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        try {
            new SignIn(userDetails).as("editor", () -> {
                Map<String, SearchQuery> queries = new LinkedHashMap<>();
                queries.put("en common: model training", SearchQuery.of("model training"));
                queries.put("en rarer: sovereign datacenter", SearchQuery.of("sovereign datacenter"));
                queries.put("en phrase: \"data centre\"", SearchQuery.of("\"data centre\""));
                queries.put("fr: données financement", SearchQuery.of("données financement"));
                queries.put("zh: 数据中心", SearchQuery.of("数据中心"));
                queries.put("zh substring: 据中", SearchQuery.of("据中"));
                queries.put("zh + en: Nvidia 芯片", SearchQuery.of("Nvidia 芯片"));
                queries.put("stories, state + lang", SearchQuery.of("funding round").in(SearchQuery.Scope.STORIES)
                        .withStories(StoryFilter.ALL.withState(StoryState.DRAFT).withLanguage("zh")));
                queries.put("items, status + fr", SearchQuery.of("levée de fonds").in(SearchQuery.Scope.SOURCE_ITEMS)
                        .withSources(InboxQuery.ALL.withStatus("NEW").withLanguage("fr")));
                queries.put("no match", SearchQuery.of("zzyzx qwxv"));
                List<Long> all = new ArrayList<>();
                StringBuilder out = new StringBuilder(String.format(
                        "%nSEARCH BENCHMARK (%,d stories, %,d source items generated in %.0f s; one search = stories + source items, 20 each, "
                                + "with snippets; %d runs per query)%n", STORIES, ITEMS, seedSeconds, RUNS));
                out.append(String.format("  %-30s %9s %9s %9s %9s%n", "query", "p50", "p95", "stories", "items"));
                for (var q : queries.entrySet()) {
                    for (int i = 0; i < 3; i++) {
                        search.search(q.getValue());
                    }
                    List<Long> times = new ArrayList<>();
                    SearchResults r = null;
                    for (int i = 0; i < RUNS; i++) {
                        long s = System.nanoTime();
                        r = search.search(q.getValue());
                        times.add(System.nanoTime() - s);
                    }
                    all.addAll(times);
                    out.append(String.format("  %-30s %6.1f ms %6.1f ms %9d %9d%n", q.getKey(), pct(times, 50), pct(times, 95), r.stories().size(),
                            r.sourceItems().size()));
                }
                double p95 = pct(all, 95);
                out.append(String.format("  %-30s %6.1f ms %6.1f ms   target p95 < 50 ms: %s%n", "all queries", pct(all, 50), p95,
                        p95 < 50 ? "met" : "NOT MET"));
                System.out.println(out);
                return null;
            });
        } finally {
            SignIn.out();
            jdbc.sql("delete from story where headline like ?").param(run + "%").update();
            jdbc.sql("delete from source_item where content_hash like ?").param(run + "%").update();
        }
    }

    static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1)) / 1e6;
    }

    /**
     * Vocabularies: the real words above first, then made-up ones (English 8,000, French 400, Chinese 6,000 two-character
     * words), drawn with a skew (random^2.5) so that the first ones are common and most are rare. Texts are made here and
     * inserted in batches; the search tables are filled by their triggers, as in use.
     */
    private void seed(String run, long editor) {
        java.util.Random random = new java.util.Random(42);
        List<String> syllables = List.of("ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "go", "bu", "fe", "xi", "zo", "ha", "je", "qu",
                "wy", "ol");
        List<String> en = new ArrayList<>(ENGLISH);
        List<String> fr = new ArrayList<>(FRENCH);
        List<String> zh = new ArrayList<>(CHINESE);
        for (int k = 0; k < 8000; k++) {
            en.add(syllables.get(k % 20) + syllables.get(k / 20 % 20) + syllables.get(k / 400 % 20));
        }
        for (int k = 0; k < 400; k++) {
            fr.add(syllables.get(k % 20) + syllables.get(k / 20 % 20) + "é");
        }
        for (int k = 0; k < 6000; k++) {
            zh.add(String.valueOf((char) (0x4E00 + (k * 7919) % 3000)) + (char) (0x4E00 + (k * 104729L) % 3000));
        }
        java.util.function.BiFunction<List<String>, Integer, String> words = (vocab, n) -> {
            StringBuilder b = new StringBuilder();
            String sep = vocab == zh ? "" : " ";
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(sep);
                }
                b.append(vocab.get((int) (Math.pow(random.nextDouble(), 2.5) * vocab.size())));
            }
            return b.toString();
        };
        org.springframework.jdbc.core.JdbcTemplate batch = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        jdbc.sql("""
                insert into story (created_by, state, headline, categories, languages, updated_at)
                select ?, (array['DRAFT','IN_REVIEW','APPROVED','PUBLISHED'])[1 + i % 4], ? || ' ' || i, array['Chips'], array['en','zh'],
                       now() - make_interval(secs => i)
                from generate_series(1, ?) i""").params(editor, run, STORIES).update();
        List<Long> ids = jdbc.sql("select id from story where headline like ? order by id").param(run + " %").query(Long.class).list();
        List<Object[]> rows = new ArrayList<>();
        for (long id : ids) {
            Map<String, Object> content = Map.of("languages", Map.of(
                    "en", Map.of("headline", words.apply(en, 9), "summary", words.apply(en, 40), "tldr", words.apply(en, 20),
                            "deepAnalysis", words.apply(en, 80)),
                    "zh", Map.of("headline", words.apply(zh, 8), "summary", words.apply(zh, 40), "deepAnalysis", words.apply(zh, 80))));
            rows.add(new Object[] {id, json.writeValueAsString(content), editor});
            if (rows.size() == 1000) {
                batch.batchUpdate("insert into revision (story_id, number, content, author_kind, author_id, reason) values (?, 1, ?::jsonb, 'PERSON', ?, 'benchmark')",
                        rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into revision (story_id, number, content, author_kind, author_id, reason) values (?, 1, ?::jsonb, 'PERSON', ?, 'benchmark')",
                    rows);
            rows.clear();
        }
        jdbc.sql("update story s set current_revision_id = r.id from revision r where r.story_id = s.id and s.headline like ?").param(run + " %")
                .update();
        String[] statuses = {"NEW", "USED", "IGNORED"};
        String[] languages = {"en", "fr", "zh"};
        for (int i = 1; i <= ITEMS; i++) {
            String lang = languages[i % 3];
            List<String> vocab = lang.equals("en") ? en : lang.equals("fr") ? fr : zh;
            rows.add(new Object[] {words.apply(vocab, 10), lang, words.apply(vocab, 160), run + i, statuses[i % 3], i});
            if (rows.size() == 1000 || i == ITEMS) {
                batch.batchUpdate("""
                        insert into source_item (kind, source_name, title, language, clean_text, content_hash, status, cluster_id, published_at)
                        values ('FEED', 'Bench', ?, ?, ?, ?, ?, 0, now() - make_interval(mins => ?))""", rows);
                rows.clear();
            }
        }
        jdbc.sql("vacuum analyze search_story").update();
        jdbc.sql("vacuum analyze search_source_item").update();
        jdbc.sql("analyze story").update();
        jdbc.sql("analyze source_item").update();
    }

}
