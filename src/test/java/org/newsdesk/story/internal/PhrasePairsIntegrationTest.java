package org.newsdesk.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A query of two-word phrases is answered from the adjacent word pairs (V55) instead of the whole document: the two must
 * agree on every document, or a phrase search would find what it should not or miss what it should. Compared on texts
 * mixing common words, stop words between them, hyphens, apostrophes, French, Chinese and several fields and languages.
 */
@IntegrationTest
class PhrasePairsIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void thePairsAnswerEveryQueryOfTwoWordPhrasesExactlyAsTheDocumentDoes() {
        Random random = new Random(55);
        String[] words = {"data", "centre", "centres", "the", "of", "Data-centre", "l'État", "données", "centre-ville", "O'Neil", "model",
                "training", "数据中心", "中心", "and", "new", "models", "trained", "x1", "2026"};
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(25); n >= 0; n--) {
                b.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? ". " : " ");
            }
            texts.add(b.toString());
        }
        List<String> searches = new ArrayList<>(List.of("\"data centre\"", "\"data centres\" or \"model training\"", "\"new models\" \"data centre\"",
                "\"l'État données\"", "\"O'Neil data\"", "\"x1 2026\""));
        for (int i = 0; i < 100; i++) {
            searches.add("\"" + words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + "\"");
        }
        List<String[]> pairQueries = new ArrayList<>();
        for (String search : searches) {
            String exact = jdbc.sql("select newsdesk_search_query(?, null)::text").param(search).query(String.class).single();
            String pairs = PhrasePairs.of(exact);
            if (pairs != null) {
                pairQueries.add(new String[] {exact, pairs});
            }
        }
        assertThat(pairQueries).as("searches made only of two-word phrases").hasSizeGreaterThan(30);

        // each text as a story's document is made (headline, summary and another field, in English then French) and as an
        // item's; every query on every document, in one statement: where the pairs and the document disagree
        List<String> disagreeing = jdbc.sql("""
                with d as (select t, newsdesk_search_vector('en', t, 'A') || newsdesk_search_vector('en', t, 'B')
                                     || newsdesk_search_vector('fr', t, 'C') as doc from unnest(?::text[]) t),
                     q as (select e::tsquery as exact, p::tsquery as pairs from unnest(?::text[], ?::text[]) as x(e, p))
                select q.exact::text || ' on ' || d.t from d cross join q
                where (d.doc @@ q.exact) <> (newsdesk_search_pairs(d.doc) @@ q.pairs)""")
                .params(texts.toArray(String[]::new), pairQueries.stream().map(p -> p[0]).toArray(String[]::new),
                        pairQueries.stream().map(p -> p[1]).toArray(String[]::new))
                .query(String.class).list();
        assertThat(disagreeing).isEmpty();
        // and the texts did hold phrases: some queries match
        assertThat(jdbc.sql("select count(*) from unnest(?::text[]) t where newsdesk_search_vector('en', t, 'C') @@ ?::tsquery")
                .params(texts.toArray(String[]::new), pairQueries.getFirst()[0]).query(Integer.class).single()).isPositive();
    }

    @Test
    void onlyTwoWordPhrasesJoinedByAndOrOrAreAskedOfThePairs() {
        assertThat(PhrasePairs.of("'data' <-> 'centr' | 'dat' <-> 'centr' | 'data' <-> 'centre'"))
                .isEqualTo("( 'data centr' | 'dat centr' | 'data centre' )");
        assertThat(PhrasePairs.of("( 'a' <-> 'b' | 'c' <-> 'd' ) & 'o''neil' <-> 'x\\\\y'")).isEqualTo("( 'a b' | 'c d' ) & 'o''neil x\\\\y'");
        // a word beside a phrase, words apart, longer phrases, prefixes, weights, negations, Chinese bigrams: not from pairs
        for (String query : List.of("'data' & 'centr'", "'data' <-> 'centr' & 'model'", "'data' <-> 'centr' | 'model'", "'a' <-> 'b' <-> 'c'",
                "'centr' <2> 'data'", "'a':* <-> 'b'", "'a':A <-> 'b'", "!( 'a' <-> 'b' )", "'数据' <-> '据中'", "( 'a' | 'b' ) <-> 'c'", "")) {
            assertThat(PhrasePairs.of(query)).as(query).isNull();
        }
    }
}
