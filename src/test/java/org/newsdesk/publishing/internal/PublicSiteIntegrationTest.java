package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.PublishingService;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public site over HTTP: article pages, lists, feeds parsed back, sitemap, robots.txt, caching validators, 410 and redirects. */
@IntegrationTest
class PublicSiteIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired WorkflowService workflow;
    @Autowired PublishingService publishing;
    @Autowired NewsdeskProperties props;
    @Autowired PageCache cache;
    @Autowired JsonMapper json;
    @LocalServerPort int port;

    Desk desk;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        desk = new Desk(context);
        FakeLlm.shared().reset();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anArticleShowsEveryLanguageItsSourcesAndADisclosureInWordsAndInJsonLd() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.draftedAndApproved("Mistral borrows €705M to build its own compute " + run);
        Story published = desk.publish(id);

        HttpResponse<String> response = get("/articles/" + published.slug());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document page = Jsoup.parse(response.body());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Mistral borrows €705M to build its own compute " + run + " · Newsdesk");
        assertThat(page.select("h1").text()).isEqualTo("Mistral borrows €705M to build its own compute " + run);
        assertThat(page.select("main, header, footer, nav")).isNotEmpty();
        assertThat(page.select("#lang-zh").attr("lang")).isEqualTo("zh");
        assertThat(page.select("#lang-zh h2").text()).isEqualTo("Mistral AI 获7.05亿欧元债务融资,在巴黎附近建设数据中心");
        assertThat(page.select("nav.languages a")).extracting(a -> a.attr("href")).containsExactly("#lang-en", "#lang-zh");
        assertThat(page.select("#lang-en ul.tldr li")).extracting(e -> e.text())
                .containsExactly("Mistral AI raised €705 million in debt financing.", "The money funds a data center near Paris.",
                        "It plans to buy 13,800 NVIDIA GPUs.");
        assertThat(page.select("#lang-zh h3").eachText()).startsWith("要点");
        // the English headline was edited after drafting and the reviewer accepted the Chinese one as it stands
        assertThat(page.select("#lang-zh p.translation").text()).startsWith("译文于 20").contains("与原文同步").contains("Rita Reviewer 已确认按现状发布");
        assertThat(page.select("#lang-en p.translation")).isEmpty();
        assertThat(page.select(".sources a").attr("href")).startsWith("https://www.frenchweb.fr/mistral-705-");
        assertThat(page.select("time").first().attr("datetime")).isEqualTo(published.publishedAt().toString());

        // the disclosure, in each language, from the provenance
        var disclosure = page.select("aside.disclosure p");
        assertThat(disclosure).extracting(p -> p.attr("lang")).containsExactly("en", "zh");
        assertThat(disclosure.get(0).text())
                .contains("drafted by the AI model fake-model (fake-openai)")
                .contains("from 1 source: FrenchWeb")
                .contains("A person then edited: headline (English)")
                .contains("reviewed and approved by Rita Reviewer");
        assertThat(disclosure.get(1).text()).contains("由 AI 模型 fake-model").contains("编辑随后修改了:标题(English)").contains("Rita Reviewer").contains("审核并批准发布");

        // canonical URL and OpenGraph
        String canonical = props.publicBaseUrl() + "/articles/" + published.slug();
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Mistral borrows €705M to build its own compute " + run);
        assertThat(page.select("meta[property=og:locale:alternate]").attr("content")).isEqualTo("zh_CN");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("Mistral AI secured €705 million");

        // the same, machine-readable
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").html());
        assertThat(ld.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.path("headline").asString()).isEqualTo("Mistral borrows €705M to build its own compute " + run);
        assertThat(ld.path("url").asString()).isEqualTo(canonical);
        assertThat(ld.path("datePublished").asString()).isEqualTo(published.publishedAt().toString());
        assertThat(ld.path("digitalSourceType").asString())
                .isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia");
        assertThat(ld.path("contributor").get(0).path("name").asString()).isEqualTo("fake-model");
        assertThat(ld.path("editor").path("name").asString()).isEqualTo("Rita Reviewer");
        assertThat(ld.path("isBasedOn").get(0).path("url").asString()).startsWith("https://www.frenchweb.fr/mistral-705-");
        assertThat(ld.path("inLanguage").values()).extracting(JsonNode::asString).containsExactly("en", "zh");
        assertThat(ld.path("creditText").asString()).contains("fake-model");
    }

    @Test
    void anArticleDraftedByTheModelAndLeftAsDraftedIsMarkedAiGenerated() throws Exception {
        Story published = desk.publish(desk.draftedAndApproved(null));
        Document page = Jsoup.parse(get("/articles/" + published.slug()).body());
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").html());
        assertThat(ld.path("digitalSourceType").asString()).isEqualTo("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
        assertThat(page.select("aside.disclosure p").first().text()).doesNotContain("A person then edited");
    }

    @Test
    void anArticleWrittenByPeopleSaysSoAndClaimsNoAi() throws Exception {
        Story published = desk.publish(desk.approved("Written by hand " + UUID.randomUUID()));
        Document page = Jsoup.parse(get("/articles/" + published.slug()).body());
        assertThat(page.select("aside.disclosure p").first().text()).contains("written by the desk's editors without AI drafting");
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").html());
        assertThat(ld.has("digitalSourceType")).isFalse();
        assertThat(ld.has("contributor")).isFalse();
    }

    @Test
    void aSourcePastedWithoutAnOutletIsListedByItsTitleNeverAsPastedText() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.storyFromSource("Memo from a reader " + run, null, null, "Mistral AI secured €705 million in debt financing.");
        org.newsdesk.story.StoryService stories = context.getBean(org.newsdesk.story.StoryService.class);
        desk.as("editor", () -> {
            Story s = stories.get(id);
            stories.saveContent(id, s.version(), desk.content("Pasted, no outlet " + run), null);
            return workflow.submit(id);
        });
        desk.approve(id);
        Story published = desk.publish(id);

        Document page = Jsoup.parse(get("/articles/" + published.slug()).body());
        assertThat(page.select("section.sources li").text()).isEqualTo("Memo from a reader " + run);
        assertThat(page.text()).doesNotContain("Pasted text");
        JsonNode ld = json.readTree(page.select("script[type=application/ld+json]").html());
        assertThat(ld.path("isBasedOn").get(0).path("name").asString()).isEqualTo("Memo from a reader " + run);
        assertThat(ld.path("isBasedOn").get(0).has("publisher")).as("no organisation called \"Pasted text\"").isFalse();
    }

    @Test
    void theHomePageAndTheFeedsListTheArticleAndParseAsValidFeeds() throws Exception {
        String headline = "Feeds carry it " + UUID.randomUUID();
        Story published = desk.publish(desk.approved(headline));
        String url = props.publicBaseUrl() + "/articles/" + published.slug();

        Document home = Jsoup.parse(get("/news").body());
        assertThat(home.select("h1").text()).isEqualTo("Latest articles");
        assertThat(home.select(".card h2 a").eachAttr("href")).contains("/articles/" + published.slug());
        assertThat(home.select("link[rel=alternate]")).extracting(l -> l.attr("type"))
                .containsExactly("application/rss+xml", "application/atom+xml", "application/feed+json");

        HttpResponse<String> rssResponse = get("/feeds/rss.xml");
        assertThat(rssResponse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/rss+xml"));
        SyndFeed rss = new SyndFeedInput().build(new StringReader(rssResponse.body()));
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).isEqualTo("Newsdesk");
        SyndEntry rssEntry = entry(rss, url);
        assertThat(rssEntry.getTitle()).isEqualTo(headline + " (en)");
        assertThat(rssEntry.getUri()).startsWith("tag:localhost,").endsWith(":story-" + published.id().value());
        assertThat(rssEntry.getPublishedDate().toInstant()).isEqualTo(published.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(rssEntry.getDescription().getValue()).contains("<li>First point (en)</li>").contains("written by the desk");

        SyndFeed atom = new SyndFeedInput().build(new StringReader(get("/feeds/atom.xml").body()));
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry atomEntry = entry(atom, url);
        assertThat(atomEntry.getTitle()).isEqualTo(headline + " (en)");
        assertThat(atomEntry.getUri()).isEqualTo(rssEntry.getUri());
        assertThat(atomEntry.getContents().getFirst().getValue()).contains("<p>Summary of " + headline + " in en.</p>");

        HttpResponse<String> jsonResponse = get("/feeds/feed.json");
        assertThat(jsonResponse.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/feed+json"));
        JsonNode feed = json.readTree(jsonResponse.body());
        assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asString()).isEqualTo("Newsdesk");
        assertThat(feed.path("feed_url").asString()).isEqualTo(props.publicBaseUrl() + "/feeds/feed.json");
        JsonNode item = feed.path("items").values().stream().filter(i -> i.path("url").asString().equals(url)).findFirst().orElseThrow();
        assertThat(item.path("id").asString()).isEqualTo(rssEntry.getUri());
        assertThat(item.path("title").asString()).isEqualTo(headline + " (en)");
        assertThat(item.path("content_html").asString()).contains("<ul><li>First point (en)</li>");
        assertThat(item.path("date_published").asString()).isEqualTo(published.publishedAt().toString());
        assertThat(item.path("_newsdesk").path("disclosure").asString()).contains("Rita Reviewer");
        for (JsonNode i : feed.path("items").values()) {
            assertThat(i.has("id") && i.has("url") && (i.has("content_html") || i.has("content_text"))).as("item %s", i).isTrue();
        }

        var sitemap = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(get("/sitemap.xml").body())));
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = java.util.stream.IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()).toList();
        assertThat(listed).contains(url, props.publicBaseUrl() + "/news");

        String robots = get("/robots.txt").body();
        assertThat(robots).contains("User-agent: *").contains("Allow: /articles/").contains("Disallow: /")
                .contains("Sitemap: " + props.publicBaseUrl() + "/sitemap.xml");
    }

    static SyndEntry entry(SyndFeed feed, String link) {
        return feed.getEntries().stream().filter(e -> link.equals(e.getLink())).findFirst()
                .orElseThrow(() -> new AssertionError("No entry links to " + link));
    }

    @Test
    void categoryAndTagPagesListWhatIsFiledUnderThem() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.approved("Filed " + run);
        desk.as("editor", () -> publishing.fileUnder(id, List.of("Cloud " + run, "人工智能" + run), List.of("Funding " + run)));
        Story published = desk.publish(id);

        Document article = Jsoup.parse(get("/articles/" + published.slug()).body());
        assertThat(article.select("nav[aria-label=Categories] a")).extracting(a -> a.text()).containsExactly("Cloud " + run, "人工智能" + run);
        String chinese = article.select("nav[aria-label=Categories] a").get(1).attr("href");
        assertThat(chinese).isEqualTo("/categories/" + URLEncoder.encode("人工智能" + run, StandardCharsets.UTF_8));

        Document cloud = Jsoup.parse(get("/categories/cloud-" + run).body());
        assertThat(cloud.select("h1").text()).isEqualTo("Cloud " + run);
        String articlePath = "/articles/" + published.slug();
        assertThat(cloud.select(".card h2 a").attr("href")).isEqualTo(articlePath);
        assertThat(cloud.select("link[rel=canonical]").attr("href")).isEqualTo(props.publicBaseUrl() + "/categories/cloud-" + run);
        assertThat(Jsoup.parse(get(chinese).body()).select(".card h2 a").attr("href")).isEqualTo(articlePath);
        assertThat(Jsoup.parse(get("/tags/funding-" + run).body()).select(".card h2 a").attr("href")).isEqualTo(articlePath);
        assertThat(get("/categories/nothing-filed-here-" + run).statusCode()).isEqualTo(404);

        JsonNode ld = json.readTree(article.select("script[type=application/ld+json]").html());
        assertThat(ld.path("articleSection").values()).extracting(JsonNode::asString).containsExactly("Cloud " + run, "人工智能" + run);
        assertThat(ld.path("keywords").values()).extracting(JsonNode::asString).containsExactly("Funding " + run);

        // refiling a live article shows at once
        desk.as("editor", () -> publishing.fileUnder(id, List.of("Chips " + run), List.of()));
        assertThat(get("/categories/cloud-" + run).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(get("/categories/chips-" + run).body()).select(".card h2 a").attr("href")).isEqualTo(articlePath);
    }

    @Test
    void pagesAndFeedsAreRenderedOnceAndAnswerConditionalRequestsWith304() throws Exception {
        Story published = desk.publish(desk.approved("Cached " + UUID.randomUUID()));
        String path = "/articles/" + published.slug();

        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
        assertThat(first.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();

        long renders = cache.renders();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> again = get(path);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        }
        assertThat(cache.renders()).as("served from the one rendering").isEqualTo(renders);

        HttpResponse<String> notModified = get(path, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);

        for (String feed : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/feed.json", "/sitemap.xml", "/news")) {
            HttpResponse<String> r = get(feed);
            assertThat(r.headers().firstValue("Cache-Control")).as(feed).hasValue("max-age=60, public");
            assertThat(get(feed, "If-None-Match", r.headers().firstValue("ETag").orElseThrow()).statusCode()).as(feed).isEqualTo(304);
        }
    }

    @Test
    void anUnpublishedArticleAnswers410AndLeavesTheFeedsTheHomePageAndTheSitemap() throws Exception {
        String headline = "Withdrawn " + UUID.randomUUID();
        Story published = desk.publish(desk.approved(headline));
        String url = props.publicBaseUrl() + "/articles/" + published.slug();
        assertThat(get("/articles/" + published.slug()).statusCode()).isEqualTo(200);
        assertThat(get("/feeds/feed.json").body()).contains(url);

        desk.as("publisher", () -> workflow.unpublish(published.id(), "The source retracted its report."));

        HttpResponse<String> gone = get("/articles/" + published.slug());
        assertThat(gone.statusCode()).isEqualTo(410);
        Document notice = Jsoup.parse(gone.body());
        assertThat(notice.select("h1").text()).isEqualTo("This article has been withdrawn");
        assertThat(notice.text()).contains(headline + " (en)").doesNotContain("retracted");
        for (String list : List.of("/feeds/feed.json", "/feeds/rss.xml", "/feeds/atom.xml", "/sitemap.xml", "/news")) {
            assertThat(get(list).body()).as(list).doesNotContain(url);
        }
    }

    @Test
    void aNewHeadlineGivesTheArticleANewSlugAndTheOldOneRedirectsToIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.approved("First headline " + run);
        Story first = desk.publish(id);
        String oldId = json.readTree(get("/feeds/feed.json").body()).path("items").values().stream()
                .filter(i -> i.path("url").asString().endsWith(first.slug())).findFirst().orElseThrow().path("id").asString();

        desk.as("publisher", () -> workflow.unpublish(id, "Headline was wrong."));
        desk.as("publisher", () -> workflow.reopen(id));
        desk.as("editor", () -> {
            Story s = desk.get(id);
            context.getBean(org.newsdesk.story.StoryService.class).saveContent(id, s.version(),
                    s.content().with("en", s.content().in("en").with(ContentField.HEADLINE, "Second headline " + run)), null);
            return workflow.submit(id);
        });
        desk.approve(id);
        Story second = desk.publish(id);

        assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith("second-headline-");
        HttpResponse<String> moved = get("/articles/" + first.slug());
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue(props.publicBaseUrl() + "/articles/" + second.slug());
        HttpResponse<String> now = get("/articles/" + second.slug());
        assertThat(now.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(now.body());
        assertThat(page.select("h1").text()).isEqualTo("Second headline " + run);
        assertThat(page.select(".meta time")).hasSize(2); // published, and updated
        JsonNode item = json.readTree(get("/feeds/feed.json").body()).path("items").values().stream()
                .filter(i -> i.path("url").asString().endsWith(second.slug())).findFirst().orElseThrow();
        assertThat(item.path("id").asString()).as("the feed id stays, so readers do not see it twice").isEqualTo(oldId);
    }

    @Test
    void unknownPublicPagesAnswer404WithoutBeingCached() throws Exception {
        HttpResponse<String> missing = get("/articles/no-such-article-" + UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("There is no such page");
        assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }
}
