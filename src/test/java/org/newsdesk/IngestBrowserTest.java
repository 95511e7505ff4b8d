package org.newsdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsdesk.testing.Chromium;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.FixtureServer;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ingest as a desk uses it, in Debian's Chromium: feeds that are broken whole or in one entry, addresses that lead to the
 * desk's own machine, pastes in French and Chinese whose feed footer ends a paragraph, and a title far too long. Every
 * message is read as the editor reads it, and nothing is stored half.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestBrowserTest {

    private static final Pattern STORY_URL = Pattern.compile("/stories/(\\d+)");

    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void signIn() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill("editor");
        page.locator("input[name=password]").fill("editor-demo");
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForLoadState(LoadState.LOAD);
    }

    @AfterAll
    void close() {
        if (context != null) {
            context.close();
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void brokenFeedsAndHostileAddressesAreRefusedInPlainWordsAndStoreNothingHalf() {
        FixtureServer server = FixtureServer.shared();
        String run = FixtureServer.newRun();
        // typed in, as a bookmark or a reload would: the desk's page, not the public site's 404 under /feeds/
        page.navigate(url("/subscriptions"));
        assertThat(page.locator("#feed-url")).isVisible();

        String broken = subscribe(server.url(run, "feeds/broken.xml"));
        System.out.println("BROKEN FEED: " + broken);
        assertThat(broken).contains("not well-formed XML", "line").doesNotContain("Exception", "SAX", "org.");
        assertThat(items(run)).as("nothing of the broken feed is stored").isZero();

        String oneBad = subscribe(server.url(run, "feeds/one-bad-item.xml"));
        System.out.println("ONE BAD ENTRY: " + oneBad);
        assertThat(oneBad).startsWith("Subscribed.").contains("new item", "line 15").doesNotContain("Exception", "org.");
        assertThat(subscribe("file:///etc/passwd")).contains("http://", "https://").doesNotContain("Exception");

        for (String hostile : List.of("http://0177.0.0.1/feed", "http://127.0.0.1:6379/", "http://[::1]/feed",
                server.url(run, "redirect-to-loopback/feeds/atom.xml"), "http://2130706433/")) {
            String message = subscribe(hostile);
            System.out.println("HOSTILE " + hostile + ": " + message);
            assertThat(message).startsWith("Refused to fetch").doesNotContain("Exception", "org.", "java.", ") (")
                    .as("no address is stored for a refused feed").doesNotContain("Subscribed");
        }
    }

    @Test
    void pastesInFrenchAndChineseKeepTheirStoryAndLoseTheFooterAllTheWayToTheDraft() {
        String run = FixtureServer.newRun();
        String french = "Après deux années dominées par la course aux modèles, l’intelligence artificielle entre dans la phase des "
                + "infrastructures (" + run + "). L’annonce par Mistral AI d’une levée de dette de 705 millions d’euros en fournit une "
                + "illustration, avec l’objectif précis d’acquérir 13 800 GPU de NVIDIA et internaliser une capacité … L’article MISTRAL "
                + "mobilise 705 millions d’euros pour son data center et avancerait désormais seul est apparu en premier sur FW.MEDIA.";
        String message = paste("MISTRAL mobilise 705 millions d’euros " + run, french);
        System.out.println("PASTE FR: " + message);
        assertThat(page.locator("#preview-text")).containsText("internaliser une capacité");
        assertThat(page.locator("#preview-text")).not().containsText("apparu en premier");

        String chinese = "法国AI初创公司Mistral AI宣布完成7.05亿欧元债务融资（" + run + "），将用于在巴黎附近建设数据中心。本文首发于FW.MEDIA，转载请注明出处。";
        System.out.println("PASTE ZH: " + paste("Mistral AI 融资 " + run, chinese));
        assertThat(page.locator("#preview-text")).containsText("建设数据中心");
        assertThat(page.locator("#preview-text")).not().containsText("本文首发于");

        String huge = "Mistral " + run + " " + "très long titre ".repeat(400);
        String refused = paste(huge, "Un texte court sur Mistral AI et son centre de données (" + run + ").");
        System.out.println("PASTE HUGE TITLE: " + refused);
        assertThat(refused).contains("title", "500").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from source_item where clean_text like ?").param("%(" + run + ").").query(Long.class).single())
                .as("a refused paste stores nothing").isZero();
        page.keyboard().press("Escape");

        // the French item becomes a story and is drafted: the model never reads the footer
        FakeLlm.shared().reset();
        page.locator("#inbox-search input").fill(run);
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("MISTRAL mobilise")).first().click();
        page.locator("#create-story").click();
        page.waitForURL(STORY_URL);
        Matcher m = STORY_URL.matcher(page.url());
        assertThat(m.find()).isTrue();
        page.locator("#draft-ai").click();
        assertThat(page.locator("#draft-status")).containsText("Drafted", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(30_000));
        assertThat(FakeLlm.shared().requests()).isNotEmpty().allSatisfy(r -> assertThat(r).doesNotContain("apparu en premier"));
    }

    private String subscribe(String address) {
        page.locator("#feed-url input").fill(address);
        page.locator("#add-feed").click();
        Locator note = page.locator("vaadin-notification-card").last();
        assertThat(note).isVisible();
        String text = note.innerText();
        page.evaluate("() => document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove())");
        assertThat(page.locator("#add-feed")).isEnabled();
        return text;
    }

    private String paste(String title, String text) {
        page.navigate(url("/inbox"));
        page.locator("#paste-source").click();
        page.locator("#paste-title input").fill(title);
        page.locator("#paste-text textarea").fill(text);
        page.locator("#paste-save").click();
        Locator note = page.locator("vaadin-notification-card").last();
        assertThat(note).isVisible();
        String message = note.innerText();
        page.evaluate("() => document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove())");
        return message;
    }

    private long items(String run) {
        return jdbc.sql("select count(*) from source_item where url like ?").param("%/r/" + run + "/%").query(Long.class).single();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
