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
                .hasMessageContaining("not well-formed XML (line 7)")
                .hasMessageContaining("ends before all its elements are closed");
    }

    @Test
    @Timeout(10)
    void anXmlBombsDoctypeIsIgnoredWithoutExpandingAnything() {
        FeedParser.ParsedFeed feed = FeedParser.parse(Fixtures.bytes("feeds/xml-bomb.xml"), "application/xml");
        assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("&lol9;"));
    }

    @Test
    void anExternalEntityIsNeverRead() {
        FeedParser.ParsedFeed feed = FeedParser.parse(Fixtures.bytes("feeds/xxe.xml"), "application/xml");
        assertThat(feed.entries()).singleElement().satisfies(e -> assertThat(e.content()).isEqualTo("&secret;").doesNotContain("root:"));
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

    static FeedParser.ParsedFeed parse(String xml) {
        return FeedParser.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    @Test
    void refusalsNameTheProblemInPlainWords() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><title>No channel</title></rss>")).isInstanceOf(IngestException.class)
                .hasMessage("The file has an <rss> element but no <channel> and no <item>: there is nothing to read in it.");
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>"))
                .hasMessageContaining("top element is <opml>, which is not a feed");
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], "application/rss+xml")).hasMessageContaining("The feed is empty");
        // a bogus charset label is no reason to refuse
        assertThat(FeedParser.parse("<rss><channel><item><title>Caf\u00e9</title></item></channel></rss>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/xml; charset= \"us-ascii\"").entries()).extracting(FeedParser.Entry::title).containsExactly("Caf\u00e9");
    }

    @Test
    void itemsWithoutAChannelAndAtomWithoutItsNamespaceAreReadAsFeedparserReadsThem() {
        assertThat(parse("<rss><item><title>Bare item</title></item></rss>").entries()).extracting(FeedParser.Entry::title).containsExactly("Bare item");
        assertThat(parse("<feed><entry><id>right</id><title>No namespace</title></entry><item><title>An item</title></item></feed>").entries())
                .extracting(FeedParser.Entry::title).containsExactly("No namespace", "An item");
        assertThat(parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry><title mode=\"base64\">RXhhbXBsZSBBdG9t</title>"
                + "</entry></feed>").entries().get(0).title()).isEqualTo("Example Atom");
    }

    @Test
    void xmlBaseIsHonouredForEntryLinks() {
        FeedParser.ParsedFeed feed = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://outlet.example/blog/\">"
                + "<entry xml:base=\"2026/03/\"><title>One</title><link href=\"mistral.html\"/></entry>"
                + "<entry><title>Two</title><link href=\"/about\"/></entry></feed>");
        assertThat(feed.entries()).extracting(FeedParser.Entry::link)
                .containsExactly("https://outlet.example/blog/2026/03/mistral.html", "https://outlet.example/about");
    }

    @Test
    void windows1252PunctuationIsRepairedAsBrowsersDo() {
        byte[] latin1Label = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title><item>"
                + "<title>It\u0092s \u0093quoted\u0094 \u0096 &#146;twice&#146;</title></item></channel></rss>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        FeedParser.ParsedFeed feed = FeedParser.parse(latin1Label, "text/xml");
        assertThat(feed.title()).isEqualTo("Café");
        assertThat(feed.entries().get(0).title()).isEqualTo("It\u2019s \u201cquoted\u201d \u2013 \u2019twice\u2019");
    }

    @Test
    void theNetscapeRss091DoctypeIsIgnoredAndItsHtmlEntitiesRead() {
        FeedParser.ParsedFeed feed = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel><title>Old</title>"
                + "<link>https://old.example/</link><description>d</description><language>fr</language>"
                + "<item><title>Caf&eacute; &amp; cr&egrave;me&nbsp;&mdash; AT&T</title><link>https://old.example/1</link></item></channel></rss>");
        assertThat(feed.entries()).extracting(FeedParser.Entry::title).containsExactly("Café & crème\u00a0— AT&T");
    }

    @Test
    void overlongTitlesAuthorsAndBodiesAreCutWithANote() {
        FeedParser.ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>Long</title><item><title>" + "t".repeat(2_000_000)
                + "</title><author>" + "a".repeat(500) + "</author><description>short</description></item></channel></rss>");
        assertThat(feed.entries().get(0).title()).hasSize(FeedParser.MAX_TITLE);
        assertThat(feed.entries().get(0).author()).hasSize(FeedParser.MAX_AUTHOR);
        assertThat(feed.notes()).containsExactly("Entry 1's title was 2,000,000 characters long; Newsdesk kept the first 1,000.",
                "Entry 1's author was 500 characters long; Newsdesk kept the first 200.");
    }

    @Test
    void anEntryRomeCannotReadIsSkippedAndNamedWhileTheOthersAreRead() throws Exception {
        // Rome fails on this Atom 0.3 entry's base64 content (the parser repairs it first; this is the safety net behind that)
        org.jdom2.Document doc = new org.jdom2.input.SAXBuilder().build(new java.io.StringReader(
                "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>F</title>"
                        + "<entry><title>Good one</title></entry>"
                        + "<entry><title>Bad one</title><content type=\"text/plain\" mode=\"base64\">RXhhbXBsZSA8Yj5BdG9tPC9iPg</content></entry>"
                        + "<entry><title>Good two</title></entry></feed>"));
        java.util.List<String> notes = new java.util.ArrayList<>();
        var feed = FeedParser.build(doc, notes);
        assertThat(feed.getEntries()).extracting(com.rometools.rome.feed.synd.SyndEntry::getTitle).containsExactly("Good one", "Good two");
        assertThat(notes).containsExactly("Entry 2 (\"Bad one\") could not be read and was skipped; the others were imported.");
    }
}
