package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.PublishingService;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile markup in a source, in the model's draft and in the desk's own terms reaches readers
 * only as text: no script, event handler or javascript: link on any page or in any feed, and the
 * JSON-LD cannot be broken out of.
 */
@IntegrationTest
class PublicSiteXssIntegrationTest {

    static final String SCRIPT_HEADLINE = "</title><script>alert('headline')</script>";
    static final String HOSTILE_SUMMARY = "<img src=x onerror=alert('summary')> and <a href=\"javascript:alert('link')\">click</a>";
    static final String BREAKOUT = "</script><script>alert('json-ld')</script><!--";

    @Autowired ApplicationContext context;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired WorkflowService workflow;
    @Autowired PublishingService publishing;
    @Autowired NewsdeskProperties props;
    @Autowired JsonMapper json;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void hostileModel() {
        var brief = new java.util.LinkedHashMap<String, Object>();
        brief.put("headline", SCRIPT_HEADLINE);
        brief.put("summary", HOSTILE_SUMMARY);
        brief.put("tldr", List.of("\"><svg onload=alert('tldr')>", BREAKOUT,
                "]]><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert('cdata')</x:script>"));
        brief.put("corePoint", "<iframe src=javascript:alert('core')></iframe>");
        String draft = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(brief);
        FakeLlm.shared().reset();
        FakeLlm.shared().byDefault(request -> request.contains("Draft the BRIEF") ? FakeLlm.stream(draft) : FakeLlm.draftFor(request));
    }

    @AfterEach
    void tearDown() {
        FakeLlm.shared().reset();
        SignIn.out();
    }

    String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void hostileMarkupFromASourceADraftAndTheDeskReachesReadersOnlyAsText() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Desk desk = new Desk(context);
        new SignIn(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)).as("editor");
        var source = ingest.paste(new PastedSource("<script>alert('source title')</script> " + run,
                "<iframe src=\"javascript:alert('text')\"></iframe> Mistral AI raised €705 million. " + run,
                "<img src=x onerror=alert('outlet')>", null, "en"));
        StoryId id = stories.createFromSources(List.of(source.item().id()));
        drafting.start(id);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> drafting.latestJob(id).map(j -> j.status() != DraftJob.Status.RUNNING).orElse(false));
        assertThat(drafting.latestJob(id).orElseThrow().status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(stories.get(id).content().in("en").headline()).isEqualTo(SCRIPT_HEADLINE);
        publishing.fileUnder(id, List.of("<b onmouseover=alert('category')>AI " + run + "</b>"), List.of("\"><script>alert('tag')</script>" + run));
        workflow.submit(id);
        desk.approve(id);
        Story published = desk.publish(id);

        Document article = Jsoup.parse(get("/articles/" + published.slug()));
        assertOnlyText(article, 1);
        assertThat(article.select("h1").text()).isEqualTo(SCRIPT_HEADLINE);
        assertThat(article.title()).startsWith(SCRIPT_HEADLINE);
        assertThat(article.select("#lang-en .summary").text()).isEqualTo(HOSTILE_SUMMARY);
        assertThat(article.select("#lang-en ul.tldr li").eachText()).contains("\"><svg onload=alert('tldr')>", BREAKOUT);
        // ingest already strips markup from a source's title and outlet; its odd URL is shown as text, not linked
        assertThat(article.select(".sources li").text()).contains(run);
        // (a URL that is not a clean http(s) URL is refused at import: IngestService.paste)
        assertThat(article.select("meta[property=og:title]").attr("content")).isEqualTo(SCRIPT_HEADLINE);

        String ldText = article.select("script[type=application/ld+json]").html();
        assertThat(ldText.toLowerCase(Locale.ROOT)).doesNotContain("</script").doesNotContain("<!--").doesNotContain("<script");
        JsonNode ld = json.readTree(ldText);
        assertThat(ld.path("headline").asString()).isEqualTo(SCRIPT_HEADLINE);
        assertThat(ld.path("description").asString()).isEqualTo(HOSTILE_SUMMARY);

        List<String> others = new ArrayList<>(List.of("/news"));
        article.select("nav[aria-label=Categories] a, nav[aria-label=Tags] a").forEach(a -> others.add(a.attr("href")));
        assertThat(others).hasSize(3);
        for (String path : others) {
            Document list = Jsoup.parse(get(path));
            assertOnlyText(list, 0);
            assertThat(list.select(".card h2 a").eachText()).as(path).contains(SCRIPT_HEADLINE);
        }

        String url = props.publicBaseUrl() + "/articles/" + published.slug();
        SyndFeed rss = new SyndFeedInput().build(new StringReader(get("/feeds/rss.xml")));
        SyndEntry rssEntry = PublicSiteIntegrationTest.entry(rss, url);
        assertThat(rssEntry.getTitle()).isEqualTo(SCRIPT_HEADLINE);
        assertOnlyText(Jsoup.parseBodyFragment(rssEntry.getDescription().getValue()), 0);
        SyndFeed atom = new SyndFeedInput().build(new StringReader(get("/feeds/atom.xml")));
        SyndEntry atomEntry = PublicSiteIntegrationTest.entry(atom, url);
        assertThat(atomEntry.getTitleEx().getType()).isEqualTo("text");
        assertOnlyText(Jsoup.parseBodyFragment(atomEntry.getContents().getFirst().getValue()), 0);
        JsonNode item = json.readTree(get("/feeds/feed.json")).path("items").values().stream()
                .filter(i -> i.path("url").asString().equals(url)).findFirst().orElseThrow();
        assertThat(item.path("title").asString()).isEqualTo(SCRIPT_HEADLINE);
        Document feedHtml = Jsoup.parseBodyFragment(item.path("content_html").asString());
        assertOnlyText(feedHtml, 0);
        assertThat(feedHtml.text()).contains(HOSTILE_SUMMARY);
        assertThat(get("/sitemap.xml")).doesNotContain("<script");
    }

    /** No script but {@code ldScripts} JSON-LD blocks, no event handler, no javascript: or data: address, no embedded media. */
    static void assertOnlyText(Document doc, int ldScripts) {
        assertThat(doc.select("script")).hasSize(ldScripts).allSatisfy(s -> assertThat(s.attr("type")).isEqualTo("application/ld+json"));
        assertThat(doc.select("img, svg, iframe, object, embed, x|script, form, base")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
                    assertThat(value).as("%s of <%s>", a.getKey(), e.tagName()).doesNotStartWith("javascript:").doesNotStartWith("data:");
                }
            }
        }
    }
}
