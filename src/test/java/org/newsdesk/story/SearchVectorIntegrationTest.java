package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * V52 made the search document of a text cheaper to compute (issue #15's import rate) without changing it: what
 * search finds, and what the index already holds, must stay what V28 and V41 wrote. Their definitions are created
 * here as session-local functions and compared, on mixes of the three Chinese ranges, Latin words, spaces and
 * punctuation, in each language.
 */
@IntegrationTest
class SearchVectorIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void everyTextGetsTheSameSearchDocumentAsBeforeV52() {
        // one transaction, so one connection: the old definitions are session-local
        new TransactionTemplate(transactions).executeWithoutResult(status -> compareWithTheOldDefinitions());
    }

    void compareWithTheOldDefinitions() {
        jdbc.sql("""
                create or replace function pg_temp.v41_cjk_grams(body text) returns text
                language sql immutable strict as $$
                    select coalesce(string_agg(u.a || coalesce(u.b, ''), ' ' order by m.ord, u.i), '')
                    from regexp_matches(body, '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]+', 'g') with ordinality as m(parts, ord)
                         cross join lateral (select string_to_array(m.parts[1], null) as c) as x
                         cross join lateral unnest(x.c, x.c[2:]) with ordinality as u(a, b, i)
                $$""").update();
        jdbc.sql("""
                create or replace function pg_temp.v28_search_vector(lang text, body text, weight "char") returns tsvector
                language sql immutable as $$
                    select setweight(to_tsvector(newsdesk_search_config(lang), regexp_replace(coalesce(body, ''), '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]+', ' ', 'g'))
                                     || to_tsvector('simple', pg_temp.v41_cjk_grams(coalesce(body, ''))), weight)
                $$""").update();
        List<String> texts = new ArrayList<>(List.of("", "Data centres in Paris", "数据中心建设", "中", "a中b", "中 国", "L'article 数据 est apparu | 中心。",
                "\u3400\u4dbf\uf900\ufaff x \u9fff", "||中||", " 中国 "));
        Random random = new Random(52);
        String[] pieces = {"\u3400", "\u4e2d", "\u56fd", "\u6570\u636e", "\uf900", "\ufaff", " ", "|", "centres", "données", "。", "\n", "-", "'"};
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(b.toString());
        }
        // every text in every language, in one statement: the texts whose document or bigrams differ
        List<String> differing = jdbc.sql("""
                select l || ': ' || t from unnest(?::text[]) t cross join unnest(array['en', 'fr', 'zh', 'de']) l
                where newsdesk_search_vector(l, t, 'C')::text is distinct from pg_temp.v28_search_vector(l, t, 'C')::text
                   or newsdesk_search_vector(l, t, 'C') is distinct from pg_temp.v28_search_vector(l, t, 'C')
                   or newsdesk_cjk_grams(t) is distinct from pg_temp.v41_cjk_grams(t)
                   or newsdesk_search_vector(l, null, 'A') is distinct from pg_temp.v28_search_vector(l, null, 'A')""")
                .param(texts.toArray(String[]::new)).query(String.class).list();
        assertThat(differing).as("texts whose search document changed").isEmpty();
    }
}
