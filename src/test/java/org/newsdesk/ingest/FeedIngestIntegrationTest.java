package org.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.PollResult.Outcome;
import org.newsdesk.ingest.internal.FeedPoller;
import org.newsdesk.testing.FixtureServer;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Feeds end to end: a local web server serves fixture feeds, items land in the real PostgreSQL. */
@IntegrationTest
@RecordApplicationEvents
class FeedIngestIntegrationTest {

    @Autowired ApplicationEvents events;

    @Autowired FeedService feeds;
    @Autowired IngestService ingest;
    @Autowired FeedPoller poller;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager tm;
    @Autowired UserDetailsService users;

    final FixtureServer server = FixtureServer.shared();
    final String run = FixtureServer.newRun();
    SignIn signIn;

    @BeforeEach
    void asEditor() {
        signIn = new SignIn(users);
        signIn.as("editor");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    FeedId subscribed(PollResult result) {
        return result.feed();
    }

    List<SourceItem> itemsOf(FeedId feed) {
        List<Long> ids = jdbc.sql("select id from source_item where feed_id = ? order by id").param(feed.value()).query(Long.class).list();
        return ingest.findAll(ids.stream().map(SourceItemId::new).toList());
    }

    @Test
    void anEnglishRss2FeedArrivesCleanWithLanguageAuthorAndTime() {
        PollResult result = feeds.subscribe(server.url(run, "feeds/english-rss2.xml"), Duration.ofMinutes(30));
        assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(result.newItems()).isEqualTo(3);
        List<SourceItem> items = itemsOf(result.feed());
        assertThat(items).extracting(SourceItem::title).containsExactly("Mistral AI raises €705 million in debt for a data center near Paris",
                "Nvidia's new inference chip ships to cloud providers", "OpenAI and a European telecom sign a distribution deal");
        SourceItem mistral = items.get(0);
        assertThat(mistral.kind()).isEqualTo("FEED");
        assertThat(mistral.sourceName()).isEqualTo("AI Wire");
        assertThat(mistral.author()).isEqualTo("Jane Porter");
        assertThat(mistral.language()).isEqualTo("en");
        assertThat(mistral.publishedAt()).isEqualTo(Instant.parse("2026-03-30T09:32:00Z"));
        assertThat(mistral.cleanText()).contains("€705 million", "Crédit Agricole").doesNotContain("appeared first on", "<p>", "&euro;");
        assertThat(items.get(1).cleanText()).doesNotContain("Continue reading", "Share this", "Subscribe to the AI Wire newsletter");

        Feed feed = feeds.get(result.feed());
        assertThat(feed.title()).isEqualTo("AI Wire");
        assertThat(feed.health()).isEqualTo("OK");
        assertThat(feed.itemsImported()).isEqualTo(3);
        assertThat(feed.lastSuccessAt()).isNotNull();
        assertThat(feed.nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));

        assertThat(events.stream(SourceItemImported.class)).extracting(SourceItemImported::item)
                .containsExactlyElementsOf(items.stream().map(SourceItem::id).toList());

        PollResult again = feeds.pollNow(result.feed());
        assertThat(again.newItems()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(itemsOf(result.feed())).hasSize(3);
        assertThat(events.stream(SourceItemImported.class)).as("duplicates announce nothing").hasSize(3);
    }

    @Test
    void theFrenchWordPressFooterNeverReachesTheInbox() {
        PollResult result = feeds.subscribe(server.url(run, "feeds/french-wordpress.xml"), null);
        SourceItem item = itemsOf(result.feed()).get(0);
        assertThat(item.language()).isEqualTo("fr");
        assertThat(item.author()).isEqualTo("LA REDACTION DE FW.MEDIA");
        assertThat(item.cleanText()).contains("705 millions d’euros", "13 800 GPU").endsWith("avancer seule sur ses infrastructures.")
                .doesNotContain("est apparu en premier", "FW.MEDIA");
    }

    @Test
    void theSeedsFooterEndingItsParagraphReachesTheInboxNeitherFedNorPasted() {
        PollResult fed = feeds.subscribe(server.url(run, "feeds/seed-footer.xml"), null);
        assertThat(fed.newItems()).isEqualTo(2);
        List<SourceItem> items = itemsOf(fed.feed());
        assertThat(items.get(0).cleanText()).endsWith("13 800 GPU de NVIDIA et internaliser une capacité …");
        assertThat(items.get(1).cleanText()).endsWith("The company did not say when the office opens.");
        // pasted as the seed shows it: the footer after the excerpt, in the same paragraph
        SourceItem pasted = ingest.paste(new PastedSource("Mistral mobilise 705 millions " + run, "Après deux années dominées par la course aux "
                + "modèles (" + run + "), l'intelligence artificielle entre dans la phase des infrastructures. Mistral AI veut acquérir 13 800 GPU "
                + "de NVIDIA et internaliser une capacité … L'article MISTRAL mobilise 705 millions d'euros pour son data center et avancerait "
                + "désormais seul est apparu en premier sur FW.MEDIA.", "FrenchWeb", null, null)).item();
        assertThat(pasted.cleanText()).endsWith("internaliser une capacité …");
        assertThat(List.of(items.get(0), items.get(1), pasted)).extracting(SourceItem::cleanText)
                .noneMatch(text -> text.contains("apparu en premier") || text.contains("appeared first") || text.contains("FW.MEDIA"));
    }

    @Test
    void atomRss1AndRss091FeedsAreReadToo() {
        assertThat(feeds.subscribe(server.url(run, "feeds/atom.xml"), null).newItems()).isEqualTo(2);
        assertThat(feeds.subscribe(server.url(run, "feeds/rss1-rdf.xml"), null).newItems()).isEqualTo(1);
        PollResult old = feeds.subscribe(server.url(run, "feeds/rss091.xml"), null);
        assertThat(itemsOf(old.feed()).get(0).title()).isEqualTo("Les députés adoptent un texte sur l'IA");
        assertThat(itemsOf(old.feed()).get(0).language()).isEqualTo("fr");
    }

    @Test
    void theSecondPollSendsTheEtagAndA304ImportsNothing() {
        PollResult first = feeds.subscribe(server.url(run, "conditional/feeds/atom.xml"), null);
        assertThat(first.newItems()).isEqualTo(2);
        PollResult second = feeds.pollNow(first.feed());
        assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(server.lastHeader(run, "conditional/feeds/atom.xml", "If-None-Match")).isEqualTo("\"v1-" + run + "\"");
        assertThat(server.lastHeader(run, "conditional/feeds/atom.xml", "If-Modified-Since")).isEqualTo("Mon, 30 Mar 2026 10:00:00 GMT");
        assertThat(feeds.get(first.feed()).health()).isEqualTo("OK");
        assertThat(itemsOf(first.feed())).hasSize(2);
    }

    @Test
    void aBrokenFeedGetsAClearErrorImportsNothingAndOtherFeedsKeepWorking() {
        FeedId good = feeds.subscribe(server.url(run, "feeds/atom.xml"), null).feed();
        FeedId broken = insertFeed(server.url(run, "feeds/broken.xml"));
        FeedId huge = insertFeed(server.url(run, "huge"));
        FeedId loopback = insertFeed(server.url(run, "redirect-to-loopback/feeds/atom.xml"));

        PollResult brokenResult = feeds.pollNow(broken);
        assertThat(brokenResult.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(brokenResult.message()).contains("not well-formed XML", "line");
        assertThat(feeds.pollNow(huge).message()).contains("reads at most 10.0 MB");
        assertThat(feeds.pollNow(loopback).message()).contains("127.0.0.1", "loopback");
        for (FeedId f : List.of(broken, huge, loopback)) {
            assertThat(itemsOf(f)).as("nothing half-way from " + f).isEmpty();
            Feed feed = feeds.get(f);
            assertThat(feed.health()).isEqualTo("Failing");
            assertThat(feed.lastError()).isNotBlank();
            assertThat(feed.consecutiveFailures()).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from source_item where title like ?").param("%(" + run + ")%").query(Integer.class).single())
                .as("the well-formed first item of the broken feed").isZero();

        // a second failure waits twice as long; the good feed is unaffected
        Instant before = Instant.now();
        feeds.pollNow(broken);
        assertThat(feeds.get(broken).consecutiveFailures()).isEqualTo(2);
        assertThat(feeds.get(broken).nextPollAt()).isAfter(before.plus(Duration.ofMinutes(59)));
        assertThat(feeds.pollNow(good).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(feeds.get(good).health()).isEqualTo("OK");
    }

    @Test
    void aFeedWithOneBrokenItemImportsTheOthersAndSaysWhichLineIsBroken() {
        FeedId half = insertFeed(server.url(run, "feeds/one-bad-item.xml"));
        PollResult result = feeds.pollNow(half);
        assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(result.message()).contains("not well-formed XML (line ", "read what it could");
        assertThat(itemsOf(half)).extracting(SourceItem::title).contains("This item is fine (" + run + ")");
        assertThat(feeds.get(half).health()).isEqualTo("OK");
    }

    @Test
    void anXmlBombsDoctypeIsIgnoredAndNothingIsExpanded() {
        FeedId bomb = insertFeed(server.url(run, "feeds/xml-bomb.xml"));
        assertThat(feeds.pollNow(bomb).outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(itemsOf(bomb)).singleElement().satisfies(item -> assertThat(item.cleanText()).doesNotContain("lollol").hasSizeLessThan(100));
    }

    @Test
    void theSameStoryUnderAnotherUrlOrAgainIsNotStoredTwice() {
        FeedId feed = feeds.subscribe(server.url(run, "feeds/english-rss2.xml"), null).feed();
        SourceItem mistral = itemsOf(feed).get(0);
        assertThat(mistral.url()).contains("utm_source=rss");
        // the newsletter link to the same story, with other tracking parameters
        ImportResult pasted = ingest.paste(new PastedSource("Mistral borrows", "A different text about the same link " + run, null,
                "https://AI-wire.example/" + run + "/mistral-debt?utm_campaign=newsletter&fbclid=abc#top", null));
        assertThat(pasted.duplicate()).isTrue();
        assertThat(pasted.item().id()).isEqualTo(mistral.id());
        // the same text pasted again, with other spacing and punctuation
        ImportResult sameText = ingest.paste(new PastedSource("Other title", mistral.cleanText().replace(",", "").replace(" ", "  "), null, null, null));
        assertThat(sameText.duplicate()).isTrue();
        assertThat(sameText.item().id()).isEqualTo(mistral.id());
    }

    @Test
    void theSameNewsFromTwoOutletsIsOneClusterShownTogether() {
        FeedId a = feeds.subscribe(server.url(run, "feeds/outlet-a.xml"), null).feed();
        FeedId b = feeds.subscribe(server.url(run, "feeds/outlet-b.xml"), null).feed();
        SourceItem fromA = itemsOf(a).get(0);
        SourceItem fromB = itemsOf(b).get(0);
        assertThat(fromA.title()).isNotEqualTo(fromB.title());
        InboxItem rowA = ingest.inboxItem(fromA.id()).orElseThrow();
        InboxItem rowB = ingest.inboxItem(fromB.id()).orElseThrow();
        assertThat(rowB.clusterId()).isEqualTo(rowA.clusterId());
        assertThat(rowB.clusterSize()).isGreaterThanOrEqualTo(2);
        assertThat(ingest.cluster(rowA.clusterId())).extracting(InboxItem::id).contains(fromA.id(), fromB.id());
        assertThat(ingest.inbox(InboxQuery.ALL.withCluster(rowA.clusterId()), 0, 1000)).extracting(InboxItem::id).contains(fromA.id(), fromB.id());

        FeedId other = feeds.subscribe(server.url(run, "feeds/english-rss2.xml"), null).feed();
        assertThat(itemsOf(other)).extracting(i -> ingest.inboxItem(i.id()).orElseThrow().clusterId()).doesNotContain(rowA.clusterId()).doesNotHaveDuplicates();
    }

    @Test
    void aFeedBeingPolledElsewhereIsSkippedNotPolledTwice() throws Exception {
        FeedId feed = insertFeed(server.url(run, "feeds/atom.xml"));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // another node holds the feed's row lock, as a poll in progress does
        CompletableFuture<Void> otherNode = CompletableFuture.runAsync(() -> new TransactionTemplate(tm).executeWithoutResult(s -> {
            jdbc.sql("select id from feed where id = ? for update").param(feed.value()).query(Long.class).single();
            locked.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(feeds.pollNow(feed).outcome()).isEqualTo(Outcome.BUSY);
        assertThat(server.hits(run, "feeds/atom.xml")).isZero();
        release.countDown();
        otherNode.get(10, TimeUnit.SECONDS);
        assertThat(feeds.pollNow(feed).outcome()).isEqualTo(Outcome.IMPORTED);
    }

    @Test
    void theBackgroundPollerTakesDueFeedsOnlyOnce() {
        FeedId due = insertFeed(server.url(run, "feeds/rss1-rdf.xml"));
        jdbc.sql("update feed set next_poll_at = now() + interval '1 hour' where enabled and id <> ?").param(due.value()).update();
        List<PollResult> polled = new java.util.ArrayList<>();
        for (var r = poller.pollNextDue(); r.isPresent(); r = poller.pollNextDue()) {
            polled.add(r.get());
        }
        assertThat(polled).extracting(PollResult::feed).containsExactly(due);
        assertThat(server.hits(run, "feeds/rss1-rdf.xml")).isEqualTo(1);
        assertThat(feeds.get(due).nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));
    }

    @Test
    void opmlImportAddsFeedsSkipsBadOnesAndExportListsThem() {
        String opml = new String(readFixture("feeds/subscriptions.opml"), StandardCharsets.UTF_8).replace("{{run}}", run).replace("{{base}}", server.base());
        OpmlImport result = feeds.importOpml(opml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.problems()).singleElement().asString().contains("ftp://files.example/feed.xml");
        assertThat(feeds.importOpml(opml.getBytes(StandardCharsets.UTF_8)).alreadySubscribed()).isEqualTo(2);
        String exported = new String(feeds.exportOpml(), StandardCharsets.UTF_8);
        assertThat(exported).contains("xmlUrl=\"" + server.url(run, "feeds/english-rss2.xml") + "\"", "title=\"AI Wire\"", "htmlUrl=\"https://ai-wire.example/\"");
        // the exported file imports again (round trip)
        assertThat(feeds.importOpml(exported.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();

        assertThatThrownBy(() -> feeds.importOpml("<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body/></opml>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> feeds.importOpml("<opml><body>".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("not well-formed");
    }

    @Test
    void subscribingToAPageFindsItsFeedAndBadAddressesAreRefusedClearly() {
        assertThatThrownBy(() -> feeds.subscribe("not a url", null)).hasMessageContaining("starting with http:// or https://");
        assertThatThrownBy(() -> feeds.subscribe(server.url(run, "status/404"), null)).hasMessageContaining("Nothing found at");
        assertThatThrownBy(() -> feeds.subscribe(server.url(run, "pages/heavy-nav.html"), null)).hasMessageContaining("web page, not a feed");
        assertThatThrownBy(() -> feeds.subscribe("http://127.0.0.1:" + server.port() + "/r/" + run + "/feeds/atom.xml", null)).hasMessageContaining("loopback");
        assertThatThrownBy(() -> feeds.subscribe(server.url(run, "feeds/atom.xml"), Duration.ofSeconds(10))).hasMessageContaining("once a minute");
        FeedId feed = feeds.subscribe(server.url(run, "feeds/atom.xml"), null).feed();
        assertThatThrownBy(() -> feeds.subscribe(server.url(run, "feeds/atom.xml?utm_source=x"), null)).hasMessageContaining("subscribed to");
        assertThat(feeds.update(feed, Duration.ofHours(1), false).health()).isEqualTo("Paused");
        feeds.unsubscribe(feed);
        assertThat(feeds.feeds()).extracting(Feed::id).doesNotContain(feed);
    }

    @Test
    void onlyEditorsAndAdminsManageFeeds() {
        signIn.as("reviewer");
        assertThatThrownBy(() -> feeds.subscribe(server.url(run, "feeds/atom.xml"), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feeds.feeds()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ingest.importUrl(server.url(run, "pages/heavy-nav.html"))).isInstanceOf(AccessDeniedException.class);
        assertThat(server.hits(run, "feeds/atom.xml")).isZero();
        signIn.as("admin");
        assertThat(feeds.subscribe(server.url(run, "feeds/atom.xml"), null).newItems()).isEqualTo(2);
        assertThatThrownBy(() -> ingest.importUrl(server.url(run, "pages/heavy-nav.html"))).isInstanceOf(AccessDeniedException.class);
    }

    FeedId insertFeed(String url) {
        return new FeedId(jdbc.sql("insert into feed (url, title) values (?, ?) returning id").params(url, "Test " + run).query(Long.class).single());
    }

    static byte[] readFixture(String path) {
        try (var in = FeedIngestIntegrationTest.class.getResourceAsStream("/ingest/" + path)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
