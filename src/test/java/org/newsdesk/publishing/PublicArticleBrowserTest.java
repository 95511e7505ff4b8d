package org.newsdesk.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A reader in Debian's Chromium, without JavaScript, reads an article modelled on the desk's seed
 * (the Mistral analysis card, English and Chinese): landmarks and one h1, the language switch, the
 * sources and the disclosure; on a phone it fits the screen. Screenshots go to target/screenshots/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicArticleBrowserTest {

    static final String ENGLISH = """
            {"headline": "Mistral is rumored to be raising €3B at €20B valuation",
             "summary": "Mistral AI is in early talks to raise €3B ($3.5B) at a €20B valuation, nearly double its €11.7B Series C from September. It has raised about $4B to date, far less than U.S. rivals OpenAI and Anthropic, and positions itself as a \\"sovereign\\" European alternative.",
             "tldr": ["Mistral AI is in early talks to raise €3B ($3.5B) at a €20B valuation.",
                      "The €20B valuation is nearly double its €11.7B Series C from September.",
                      "It has raised ~$4B to date, far less than U.S. rivals OpenAI and Anthropic.",
                      "Mistral positions itself as a \\"sovereign\\" European alternative to American AI giants."],
             "corePoint": "Mistral AI is in early talks to raise €3B at a €20B valuation."}
            """;
    static final String CHINESE = """
            {"headline": "据传,Mistral正在以200亿欧元的估值筹集30亿欧元资金",
             "summary": "法国AI公司Mistral AI正洽谈融资约30亿欧元(约35亿美元),目标估值200亿欧元。此轮估值接近其9月C轮融资估值(117亿欧元)的两倍。",
             "tldr": ["法国AI公司Mistral AI正洽谈融资约30亿欧元(约35亿美元),目标估值200亿欧元。",
                      "此轮估值接近其C轮融资估值(117亿欧元)的两倍。",
                      "其累计融资额(约40亿美元)仍远低于OpenAI和Anthropic。"],
             "corePoint": "Mistral AI正洽谈以200亿欧元估值融资30亿欧元。"}
            """;

    @Autowired ApplicationContext context;
    @Autowired PublishingService publishing;
    @LocalServerPort int port;

    Playwright playwright;
    Browser browser;
    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void launch() {
        Path chromium = Paths.get("/usr/bin/chromium");
        if (!Files.isExecutable(chromium)) {
            throw new AssertionError("This test drives Debian's Chromium at " + chromium + ": install it with `apt-get install chromium`.");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @AfterEach
    void tearDown() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        FakeLlm.shared().reset();
        SignIn.out();
    }

    Page page(int width, int height, boolean javaScript) {
        BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(javaScript));
        contexts.add(c);
        return c.newPage();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aReaderWithoutJavaScriptReadsTheArticleInBothLanguagesWithItsDisclosure() throws Exception {
        FakeLlm.shared().byDefault(request -> !request.contains("Draft the BRIEF") ? FakeLlm.draftFor(request)
                : FakeLlm.stream(request.contains("Write in Simplified Chinese") ? CHINESE : ENGLISH));
        Desk desk = new Desk(context);
        StoryId id = desk.draftedAndApproved(null);
        String run = UUID.randomUUID().toString().substring(0, 6);
        desk.as("editor", () -> publishing.fileUnder(id, List.of("AI " + run, "人工智能" + run), List.of("Funding " + run)));
        Story published = desk.publish(id);

        Page article = page(1280, 900, false);
        Response response = article.navigate(url("/articles/" + published.slug()));
        assertThat(response.status()).isEqualTo(200);
        assertThat(article.getByRole(AriaRole.BANNER)).hasCount(1);
        assertThat(article.getByRole(AriaRole.MAIN)).hasCount(1);
        assertThat(article.getByRole(AriaRole.CONTENTINFO)).hasCount(1);
        assertThat(article.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mistral is rumored to be raising €3B at €20B valuation");
        assertThat(article.locator("html")).hasAttribute("lang", "en");

        article.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("中文")).click();
        assertThat(article).hasURL(url("/articles/" + published.slug()) + "#lang-zh");
        assertThat(article.locator("#lang-zh h2")).isInViewport();
        assertThat(article.locator("#lang-zh h2")).hasText("据传,Mistral正在以200亿欧元的估值筹集30亿欧元资金");
        assertThat(article.locator("#lang-zh ul.tldr li")).hasCount(3);

        assertThat(article.locator("a[href^='https://www.frenchweb.fr/mistral-705-']")).isVisible();
        assertThat(article.locator("aside.disclosure p[lang=en]")).containsText("drafted by the AI model fake-model");
        assertThat(article.locator("aside.disclosure p[lang=zh]")).containsText("由 AI 模型 fake-model");
        assertThat(article.locator("aside.disclosure")).containsText("Rita Reviewer");

        Path screenshots = Paths.get("target", "screenshots");
        Files.createDirectories(screenshots);
        article.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("public-article.png")).setFullPage(true));

        // the category link leads to its page, which lists the article
        article.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("人工智能" + run)).click();
        assertThat(article.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("人工智能" + run);
        assertThat(article.locator(".card h2 a")).hasText("Mistral is rumored to be raising €3B at €20B valuation");

        // on a phone the page fits the screen
        Page phone = page(390, 844, true);
        phone.navigate(url("/articles/" + published.slug()));
        Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        phone.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("public-article-phone.png")).setFullPage(true));
        assertThat(Files.size(screenshots.resolve("public-article.png"))).isPositive();

        Page home = page(1280, 900, false);
        home.navigate(url("/news"));
        home.locator(".card h2 a[href$='/articles/" + published.slug() + "']").click();
        assertThat(home).hasURL(url("/articles/" + published.slug()));
        home.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("public-home.png")));
    }
}
