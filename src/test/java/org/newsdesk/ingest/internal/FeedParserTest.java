package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.ingest.IngestException;

class FeedParserTest {

    @Test
    void readsAnEnglishRss2FeedWithAuthorsDatesAndHtmlBodies() {
        FeedParser.ParsedFeed feed = FeedParser.parse(Fixtures.bytes("feeds/english-rss2.xml"), "application/rss+xml");
        assertThat(feed.title()).isEqualTo("AI Wire");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.entries()).hasSize(3);
        FeedParser.Entry first = feed.entries().get(0);
        assertThat(first.guid()).isEqualTo("ai-wire-test-1001");
        assertThat(first.author()).isEqualTo("Jane Porter");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-03-30T09:32:00Z"));
        assertThat(first.content()).contains("<p>Mistral AI has secured");
        assertThat(feed.entries().get(1).title()).isEqualTo("Nvidia's new inference chip ships to cloud providers");
    }

    @Test
    void readsAtomRss1AndRss091() {
        FeedParser.ParsedFeed atom = FeedParser.parse(Fixtures.bytes("feeds/atom.xml"), "application/atom+xml");
        // an Atom title of type="html" is HTML: the poller cleans it like the body
        assertThat(atom.entries()).extracting(e -> TextCleaner.cleanLine(e.title()))
                .containsExactly("DeepSeek releases an open-weight reasoning model & a paper", "Anthropic expands its Claude model family");
        assertThat(atom.entries().get(0).author()).isEqualTo("Li Wei");
        assertThat(atom.entries().get(0).link()).isEqualTo("https://model-watch.example/test/deepseek-reasoning");
        assertThat(atom.entries().get(1).content()).startsWith("Anthropic added a smaller");

        FeedParser.ParsedFeed rdf = FeedParser.parse(Fixtures.bytes("feeds/rss1-rdf.xml"), "application/rdf+xml");
        assertThat(rdf.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Humanoid robot maker raises a new round");
            assertThat(e.publishedAt()).isEqualTo(Instant.parse("2026-03-27T12:00:00Z"));
        });

        FeedParser.ParsedFeed old = FeedParser.parse(Fixtures.bytes("feeds/rss091.xml"), "text/xml");
        assertThat(old.entries().get(0).title()).isEqualTo("Les députés adoptent un texte sur l'IA");
    }

    @Test
    void aMalformedFeedIsRefusedWholeWithTheLine() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("feeds/broken.xml"), "application/xml"))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("not well-formed XML")
                .hasMessageContaining("line ");
    }

    @Test
    @Timeout(10)
    void anXmlBombFailsFastWithoutExpandingAnything() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("feeds/xml-bomb.xml"), "application/xml"))
                .isInstanceOf(IngestException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        assertThatThrownBy(() -> FeedParser.parse(Fixtures.bytes("feeds/xxe.xml"), "application/xml"))
                .isInstanceOf(IngestException.class).hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void aWebPageIsNotAFeedButItsFeedLinkIsFound() {
        byte[] page = "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>Hi</body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FeedParser.parse(page, "text/html")).hasMessageContaining("web page, not a feed");
        assertThat(FeedParser.discover(page, null, "https://outlet.example/news/")).isEqualTo("https://outlet.example/feed.xml");
    }

    @Test
    void backoffDoublesPerFailureUpToTheCap() {
        Duration every = Duration.ofMinutes(30);
        assertThat(FeedPoller.backoff(every, 1, Duration.ofHours(6))).isEqualTo(Duration.ofMinutes(30));
        assertThat(FeedPoller.backoff(every, 2, Duration.ofHours(6))).isEqualTo(Duration.ofHours(1));
        assertThat(FeedPoller.backoff(every, 4, Duration.ofHours(6))).isEqualTo(Duration.ofHours(4));
        assertThat(FeedPoller.backoff(every, 9, Duration.ofHours(6))).isEqualTo(Duration.ofHours(6));
        assertThat(FeedPoller.backoff(Duration.ofDays(1), 3, Duration.ofHours(6))).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void wordPressExcerptsLoseTheirFootersAndReadMoreLinksWhereverTheyEndTheText() {
        FeedParser.ParsedFeed feed = FeedParser.parse(Fixtures.bytes("feeds/wordpress-excerpts.xml"), "application/rss+xml");
        assertThat(feed.entries()).extracting(e -> TextCleaner.clean(e.content())).containsExactly(
                "Après deux années dominées par la course aux modèles, l’intelligence artificielle entre dans la phase des infrastructures. "
                        + "L’annonce par Mistral AI d’une levée de dette de 705 millions d’euros, pour financer un centre de données près de "
                        + "Paris en fournit une illustration, avec l’objectif précis d’acquérir 13 800 GPU de NVIDIA et internaliser une "
                        + "capacité …",
                "Hugging Face a annoncé le rachat d’une jeune pousse parisienne spécialisée dans la robotique. Le montant n’a pas été communiqué.",
                "OpenAI will hire 40 people in Paris in 2026.…");
    }
}
