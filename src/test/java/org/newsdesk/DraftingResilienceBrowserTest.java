package org.newsdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.Revision;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Chromium;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Drafting against a failing provider in a real browser (Debian's Chromium driven by Playwright):
 * what an editor typed and did not save survives a failed draft and is kept as their revision; a
 * restored revision brings back who wrote each field, so the public disclosure claims no human
 * edit of what the model wrote; a partial draft lists its failed sections with their causes and
 * "Retry these sections" completes it. Screenshots go to target/screenshots/.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftingResilienceBrowserTest {

    /** Drafting (with its retries) can take a few seconds; an upper bound, not a wait. */
    private static final double SLOW = 30_000;
    private static final String TYPED_HEADLINE = "Mistral AI borrows to own its compute";
    private static final String TYPED_SUMMARY = "Mistral AI will build a data center near Paris with NVIDIA GPUs.";

    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired IngestService ingest;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;
    @LocalServerPort int port;

    private final FakeLlm llm = FakeLlm.shared();
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private SignIn signIn;

    @BeforeAll
    void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void aWorkingProvider() {
        signIn = new SignIn(userDetails);
        org.newsdesk.testing.Drafts.workingProvider(llm, drafting, signIn);
    }

    @AfterEach
    void closeContext() {
        llm.reset();
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Test
    void typingSurvivesAFailedDraftAndARestoredDraftClaimsNoHumanEditInTheDisclosure() throws Exception {
        long id = newStory();
        Page editor = editorOn(id);

        // the editor types into two fields and does not save; the provider fails every call
        fill(editor.locator("#headline-en input"), TYPED_HEADLINE);
        fill(editor.locator("#summary-en textarea"), TYPED_SUMMARY);
        llm.byDefault(body -> FakeLlm.status(500));
        editor.locator("#draft-ai").click();
        Locator status = editor.locator("#draft-status");
        assertThat(status).containsText("Drafting failed.", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        assertThat(status).containsText("Nothing was changed");
        assertThat(status).not().containsText("Exception");
        // the cause and the reference are said once, in the panel of failed sections under the bar
        assertThat(editor.locator("#failed-parts li")).hasText(new String[] {"Every section: The provider had an error (HTTP 500)."});
        assertThat(editor.locator("#failed-parts")).containsText("reference draft-");
        assertThat(status).not().containsText("HTTP 500");
        shot(editor, "drafting-failed.png");
        // the typing is still on screen, and stored as the editor's own revision
        assertThat(editor.locator("#headline-en input")).hasValue(TYPED_HEADLINE);
        assertThat(editor.locator("#summary-en textarea")).hasValue(TYPED_SUMMARY);
        assertThat(editor.locator("#unsaved-banner")).isHidden();
        Revision kept = signIn.as("editor", () -> stories.get(new StoryId(id)).current());
        assertThat(kept.authorKind()).isEqualTo(AuthorKind.PERSON);
        assertThat(kept.reason()).startsWith("Saved what was typed before");
        assertThat(kept.content().in("en").headline()).isEqualTo(TYPED_HEADLINE);
        assertThat(kept.content().in("en").summary()).isEqualTo(TYPED_SUMMARY);

        // the provider is back: the draft fills the rest and keeps what the editor wrote
        llm.reset();
        editor.locator("#draft-ai").click();
        assertThat(status).containsText("Drafted", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        assertThat(status).containsText("Kept what a person wrote in Headline (en), Summary (en)");
        assertThat(editor.locator("#headline-en input")).hasValue(TYPED_HEADLINE);
        assertThat(editor.locator("#headline-zh input")).hasValue("Mistral AI 获7.05亿欧元债务融资,在巴黎附近建设数据中心");
        assertThat(editor.locator("#headline-en [slot=helper]")).hasText("Written by a person");
        assertThat(editor.locator("#headline-zh [slot=helper]")).containsText("AI: fake-model");

        // the editor shortens the model's Chinese headline and saves: the disclosure would name that edit
        fill(editor.locator("#headline-zh input"), "Mistral AI 获7.05亿欧元债务融资");
        editor.locator("#save-story").click();
        assertThat(editor.locator("#provenance-zh")).containsText("edited by a person: Headline");

        // then restores the AI draft from the history: the model's headline is back, and so is its provenance
        editor.navigate(url("/stories/" + id + "?tab=history"));
        assertThat(editor.locator("#diff-from input")).hasValue(java.util.regex.Pattern.compile("AI draft"));
        editor.locator("#restore-revision").click();
        assertThat(editor.locator("vaadin-notification-card").last()).containsText("is back, as revision");
        assertThat(editor.locator("#headline-zh input")).hasValue("Mistral AI 获7.05亿欧元债务融资,在巴黎附近建设数据中心");
        assertThat(editor.locator("#provenance-zh")).not().containsText("edited by a person");
        assertThat(editor.locator("#headline-zh [slot=helper]")).not().containsText("edited by a person");
        assertThat(editor.locator("#headline-en input")).hasValue(TYPED_HEADLINE);
        shot(editor, "drafting-restored.png");

        // published, the public disclosure names the model's fields and no human edit of them
        String slug = publish(id);
        Page article = context.newPage();
        assertThat(article.navigate(url("/articles/" + slug)).status()).isEqualTo(200);
        Locator disclosure = article.locator("aside.disclosure");
        assertThat(disclosure).containsText("drafted by the AI model fake-model");
        assertThat(disclosure).not().containsText("A person then edited");
        assertThat(article.locator("h1")).hasText(TYPED_HEADLINE);
    }

    @Test
    void aPartialDraftListsItsFailedSectionsWithTheirCauseAndRetryingCompletesIt() throws Exception {
        long id = newStory();
        Page editor = editorOn(id);
        llm.byDefault(body -> body.contains("Draft the FAQ") ? FakeLlm.status(503) : FakeLlm.draftFor(body));
        editor.locator("#draft-ai").click();

        Locator failed = editor.locator("#failed-parts");
        assertThat(failed).containsText("This draft is partial", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        assertThat(failed.locator("li")).hasText(new String[] {"FAQ (English, Chinese): The provider had an error (HTTP 503)."});
        // the sections that were drafted are saved
        assertThat(editor.locator("#headline-en input")).hasValue("Mistral AI raises €705 million in debt for a data center near Paris");
        assertThat(editor.locator("#draft-status")).containsText("2 of 10 sections could not be drafted");
        assertThat(editor.locator("#draft-status")).not().containsText("HTTP 503");
        shot(editor, "drafting-partial.png");
        assertThat(signIn.as("editor", () -> stories.get(new StoryId(id)).current().reason())).startsWith("Partial AI draft");

        llm.reset();
        failed.locator("#retry-failed-parts").click();
        assertThat(editor.locator("#draft-status")).containsText("Drafted 2 fields", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        assertThat(failed).isHidden();
        var faq = signIn.as("editor", () -> stories.get(new StoryId(id)).content());
        assertThat(faq.in("en").faq()).isNotEmpty();
        assertThat(faq.in("zh").faq()).isNotEmpty();
        assertThat(faq.in("en").headline()).isEqualTo("Mistral AI raises €705 million in debt for a data center near Paris");
    }

    private long newStory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return signIn.as("editor", () -> {
            var item = ingest.paste(new PastedSource("Mistral AI raises €705 million " + run, FakeLlm.SOURCE_TEXT + " (" + run + ")", "FrenchWeb",
                    "https://www.frenchweb.fr/mistral-" + run, "en"));
            return stories.createFromSources(List.of(item.item().id())).value();
        });
    }

    /** Submitted by the editor, approved by the reviewer, published by the publisher; its public slug. */
    private String publish(long id) {
        StoryId story = new StoryId(id);
        signIn.as("editor", () -> workflow.submit(story));
        signIn.as("reviewer", () -> workflow.approve(story));
        return signIn.as("publisher", () -> workflow.publishNow(story)).slug();
    }

    private Page editorOn(long id) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill("editor");
        page.locator("input[name=password]").fill("editor-demo");
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("/stories/" + id));
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("#story-state")).hasText("Draft");
        return page;
    }

    private static void shot(Page page, String name) throws Exception {
        Path file = Paths.get("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** Types into a Vaadin field and leaves it, so that the field sends its value to the server. */
    private static void fill(Locator input, String value) {
        input.fill(value);
        input.blur();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
