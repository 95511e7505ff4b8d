package org.newsdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
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
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole desk in a real browser (Debian's Chromium driven by Playwright): an editor pastes a
 * source and has it drafted by the (fake) model, a reviewer approves, a publisher publishes, and
 * an anonymous reader without JavaScript reads the public article.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Pattern STORY_URL = Pattern.compile("/stories/(\\d+)");
    /** Server push and drafting can take a moment; this is an upper bound, not a wait. */
    private static final double SLOW = 20_000;

    @Autowired StoryService stories;
    @Autowired org.newsdesk.workflow.WorkflowService workflow;
    @Autowired org.newsdesk.identity.UserService users;
    @Autowired org.newsdesk.ingest.IngestService ingest;
    @Autowired UserDetailsService userDetails;
    @LocalServerPort int port;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("The end-to-end test drives Debian's Chromium at " + CHROMIUM
                    + ", which is missing: install it with `apt-get install chromium` (Playwright's own browser downloads are disabled).");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
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
    void setUp() {
        FakeLlm.shared().reset();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Test
    void editorReviewerAndPublisherTakeAPastedStoryToThePublicSite() throws Exception {
        // the model streams slowly enough to watch the draft arrive
        FakeLlm.shared().byDefault(request -> FakeLlm.stream(FakeLlm.answerFor(request), Duration.ofMillis(40)));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sourceUrl = "https://www.frenchweb.fr/mistral-" + run;
        String editedHeadline = "Mistral borrows €705M to build its own compute " + run;

        // a) the editor pastes a source, starts a story, drafts it with AI, edits and submits it
        Page editor = signedIn("editor", "editor-demo");
        editor.navigate(url("/inbox"));
        editor.locator("#paste-source").click();
        fill(editor.locator("#paste-title input"), "Mistral AI raises €705 million " + run);
        fill(editor.locator("#paste-text textarea"), FakeLlm.SOURCE_TEXT + " (" + run + ")");
        fill(editor.locator("#paste-source-name input"), "FrenchWeb");
        fill(editor.locator("#paste-url input"), sourceUrl);
        editor.locator("#paste-save").click();
        assertThat(editor.locator("vaadin-grid")).containsText("Mistral AI raises €705 million " + run);

        editor.locator("#create-story").click();
        editor.waitForURL(STORY_URL);
        Matcher m = STORY_URL.matcher(editor.url());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(editor.locator("#story-state")).hasText("Draft");

        editor.locator("#draft-ai").click();
        Locator headlineEn = editor.locator("#headline-en input");
        // the headline streams in while drafting is still under way
        assertThat(headlineEn).hasValue(Pattern.compile("\\S"), new LocatorAssertions.HasValueOptions().setTimeout(SLOW));
        assertThat(editor.locator("#draft-status")).containsText("AI drafting in progress");
        assertThat(editor.locator("#draft-status")).containsText("Drafted", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        assertThat(headlineEn).hasValue("Mistral AI raises €705 million in debt for a data center near Paris");
        assertThat(editor.locator("#headline-zh input")).hasValue("Mistral AI 获7.05亿欧元债务融资,在巴黎附近建设数据中心");
        assertThat(editor.locator("#provenance-en")).containsText("fake-model");
        // each field in both languages side by side, its provenance under it; other sections open on demand
        assertThat(editor.locator("#headline-zh [slot=helper]")).containsText("AI: fake-model");
        editor.locator("#section-data vaadin-details-summary").click();
        // structured fields are rows of inputs, one per cell: nobody types a pipe
        assertThat(editor.locator("#field-keyData-zh vaadin-text-field input").first()).hasValue(Pattern.compile("\\S"));
        assertThat(editor.locator("#field-keyData-en .nd-row").first().locator("vaadin-text-field")).hasCount(3);
        Path editorShot = Paths.get("target", "screenshots", "story-editor.png");
        Files.createDirectories(editorShot.getParent());
        editor.screenshot(new Page.ScreenshotOptions().setPath(editorShot).setFullPage(true));
        editor.locator("#section-data").screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "row-editors.png")));

        fill(headlineEn, editedHeadline);
        editor.locator("#save-story").click();
        assertThat(editor.locator("#provenance-en")).containsText("edited by a person: Headline");
        // the Chinese headline was drafted from the former English one: stale, with the English change; updating rewrites it alone
        assertThat(editor.locator("#translation-badge-headline-zh")).hasText("Stale");
        assertThat(editor.locator("#translation-diff-headline-zh")).containsText("English changed since:");
        String summaryZh = editor.locator("#summary-zh textarea").inputValue();
        editor.locator("#update-translations").click();
        assertThat(editor.locator("#headline-zh input")).hasValue("【译】" + editedHeadline, new LocatorAssertions.HasValueOptions().setTimeout(SLOW));
        assertThat(editor.locator("#translation-badge-headline-zh")).hasCount(0);
        assertThat(editor.locator("#summary-zh textarea")).hasValue(summaryZh);
        assertThat(headlineEn).hasValue(editedHeadline);
        editor.locator("#action-SUBMIT").click();
        assertThat(editor.locator("#action-refused")).isHidden(); // a refusal would be shown beside the buttons
        assertThat(editor.locator("#story-state")).hasText("In review");
        // the editor may not approve (their own story, and not their role)
        assertThat(editor.locator("#action-APPROVE")).hasCount(0);

        // b) the reviewer approves
        Page reviewer = signedIn("reviewer", "reviewer-demo");
        reviewer.navigate(url("/stories/" + id));
        assertThat(reviewer.locator("#story-state")).hasText("In review");
        assertThat(reviewer.locator("#headline-en input")).hasValue(editedHeadline);
        assertThat(reviewer.locator("#action-PUBLISH")).hasCount(0);
        reviewer.locator("#action-APPROVE").click();
        assertThat(reviewer.locator("#story-state")).hasText("Approved");

        // c) the publisher publishes
        Page publisher = signedIn("publisher", "publisher-demo");
        publisher.navigate(url("/stories/" + id));
        assertThat(publisher.locator("#story-state")).hasText("Approved");
        publisher.locator("#action-PUBLISH").click();
        // publishing is confirmed first
        assertThat(publisher.locator("#confirm-dialog")).containsText("goes live on the public site now");
        publisher.locator("#confirm-transition").click();
        assertThat(publisher.locator("#story-state")).hasText("Published");

        // d) anyone, without signing in and without JavaScript, reads the public article
        String slug = new SignIn(userDetails).as("editor", () -> stories.get(new StoryId(id)).slug());
        assertThat(slug).isNotBlank();
        BrowserContext reader = newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        Page article = reader.newPage();
        var response = article.navigate(url("/articles/" + slug));
        assertThat(response.status()).isEqualTo(200);
        assertThat(article.locator("h1")).hasText(editedHeadline);
        assertThat(article.locator("#lang-zh h2")).hasText("【译】" + editedHeadline);
        assertThat(article.locator("#lang-zh p.translation")).containsText("与原文同步");
        assertThat(article.locator("a[href='" + sourceUrl + "']")).isVisible();
        Locator disclosure = article.locator("aside.disclosure");
        assertThat(disclosure).containsText("fake-model");
        assertThat(disclosure).containsText("Rita Reviewer");

        Path screenshot = Paths.get("target", "screenshots", "article-page.png");
        Files.createDirectories(screenshot.getParent());
        article.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
        assertThat(Files.size(screenshot)).isPositive();
    }

    @Test
    void twoEditorsOnOneStorySeeEachOtherAndTheSecondSaveShowsTheConflictInsteadOfOverwriting() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        new SignIn(userDetails).as("admin", () -> users.list().stream().anyMatch(u -> u.username().equals("elena"))
                ? null : users.create("elena", "Elena Editor", "elena-demo-pw", java.util.Set.of(org.newsdesk.identity.Role.EDITOR)));
        long id = new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new org.newsdesk.ingest.PastedSource("Conflict " + run, "Text " + run, null, null, "en"));
            return stories.createFromSources(List.of(item.item().id())).value();
        });

        Page eddie = signedIn("editor", "editor-demo");
        eddie.navigate(url("/stories/" + id));
        Page elena = signedIn("elena", "elena-demo-pw");
        elena.navigate(url("/stories/" + id));

        // presence: each sees the other, and which field the other is editing
        assertThat(elena.locator("#presence")).containsText("Eddie Editor");
        assertThat(eddie.locator("#presence")).containsText("Elena Editor");
        eddie.locator("#headline-en input").focus();
        assertThat(elena.locator("#presence")).containsText("Eddie Editor (editing Headline (en))");

        // both change the same headline; Eddie saves first
        fill(eddie.locator("#headline-en input"), "Eddie's headline " + run);
        fill(elena.locator("#headline-en input"), "Elena's headline " + run);
        fill(elena.locator("#summary-en textarea"), "Elena's summary " + run);
        eddie.locator("#save-story").click();
        assertThat(eddie.locator("vaadin-notification-card").last()).containsText("Saved as revision");

        // Elena's save does not overwrite: she sees both versions of the headline and chooses
        elena.locator("#save-story").click();
        Locator dialog = elena.locator("#conflict-dialog");
        assertThat(dialog).containsText("Eddie's headline " + run);
        assertThat(dialog).containsText("Elena's headline " + run);
        elena.locator("#save-merge").click();
        assertThat(elena.locator("vaadin-notification-card").last()).containsText("Saved as revision");

        var saved = new SignIn(userDetails).as("editor", () -> stories.get(new org.newsdesk.story.StoryId(id)));
        assertThat(saved.content().in("en").headline()).isEqualTo("Elena's headline " + run);
        assertThat(saved.content().in("en").summary()).isEqualTo("Elena's summary " + run);
        assertThat(new SignIn(userDetails).as("editor", () -> stories.revisions(saved.id()))).extracting(r -> r.content().in("en").headline())
                .contains("Eddie's headline " + run);
    }

    /** A story in review whose English summary and TL;DR say "Sep 2023", which its source does not. */
    private long storyInReviewWithAnUnsupportedClaim() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new org.newsdesk.ingest.PastedSource("Mistral is rumored to be raising €3B " + run,
                    "Mistral AI is in early talks to raise €3B ($3.5B) at a €20B valuation. The €20B valuation is nearly double its €11.7B "
                            + "Series C from September. " + run, "AI News", null, "en"));
            var story = stories.createFromSources(List.of(item.item().id()));
            var s = stories.get(story);
            stories.saveContent(story, s.version(), s.content()
                    .with("en", new org.newsdesk.story.LocalizedContent("Mistral AI in talks to raise €3B at a €20B valuation " + run,
                            "The valuation nearly doubles the €11.7B of its Series C in Sep 2023.",
                            List.of("Mistral AI is raising €3B.", "Its Series C closed in Sep 2023.")))
                    .with("zh", new org.newsdesk.story.LocalizedContent("Mistral AI洽谈融资30亿欧元", "估值200亿欧元,接近C轮117亿欧元的两倍。",
                            List.of("Mistral AI正洽谈融资30亿欧元。"))), null);
            workflow.submit(story);
            return story.value();
        });
    }

    /** The text selected in the focused input, as the person sees it highlighted in the field. */
    private static final String SELECTED_IN_FIELD = "() => { const a = document.activeElement;"
            + " return a && typeof a.value === 'string' ? a.value.substring(a.selectionStart, a.selectionEnd) : ''; }";

    @Test
    void aReviewerSeesWhyApproveIsHeldAcceptsARepeatedClaimOnceAndApproves() throws Exception {
        long id = storyInReviewWithAnUnsupportedClaim();

        Page reviewer = signedIn("reviewer", "reviewer-demo");
        reviewer.navigate(url("/stories/" + id));
        assertThat(reviewer.locator("#story-state")).hasText("In review");
        // Approve is there but held, and the bar says why in words
        assertThat(reviewer.locator("#action-APPROVE")).isDisabled();
        assertThat(reviewer.locator("#why-APPROVE")).hasText("Approve: 1 unsupported claim unresolved: “Sep 2023” in Summary (English), "
                + "TL;DR (English). Fix the text or accept each claim with a note.");
        // the claims are open beside the draft: one row for the claim standing in two fields
        assertThat(reviewer.locator("#tab-claims")).hasText("Claims (1)");
        Locator row = reviewer.locator("#claims vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Sep 2023"));
        assertThat(row).hasCount(1);
        row.click();
        Locator context = reviewer.locator("#claim-context");
        assertThat(context.locator(".nd-claim-sentence")).hasCount(2);
        assertThat(context.locator(".nd-mark").first()).hasText("Sep 2023");
        assertThat(context.locator("#claim-no-source")).containsText("No source supports this.");
        // the claim is marked inside its field's input, over the words themselves, and stays on them as the person types
        Locator mark = reviewer.locator("#summary-en .nd-claim-backdrop mark");
        assertThat(mark).hasText("Sep 2023");
        assertMarkInsideInput(reviewer, "#summary-en");
        Locator summaryEn = reviewer.locator("#summary-en textarea");
        double before = mark.boundingBox().y;
        summaryEn.press("Control+Home");
        summaryEn.pressSequentially("A new first line.\n");
        assertThat(mark).hasText("Sep 2023");
        reviewer.waitForFunction("y => document.querySelector('#summary-en .nd-claim-backdrop mark').getBoundingClientRect().y > y + 5", before);
        assertMarkInsideInput(reviewer, "#summary-en");
        reviewer.locator("#summary-en").screenshot(new Locator.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "claim-in-field.png")));
        // "Show in the field" selects it there
        context.locator(".nd-show-claim").first().click();
        reviewer.waitForFunction("() => (" + SELECTED_IN_FIELD + ")() === 'Sep 2023'");
        assertThat(reviewer.evaluate(SELECTED_IN_FIELD)).isEqualTo("Sep 2023");
        // scrolled down to the field, the side panel still shows its tabs below the sticky bar, not under it
        var bar = reviewer.locator("#editor-bar").boundingBox();
        assertThat(reviewer.locator("#tab-claims").boundingBox().y).isGreaterThanOrEqualTo(bar.y + bar.height - 1);
        Path reviewShot = Paths.get("target", "screenshots", "review-panel.png");
        Files.createDirectories(reviewShot.getParent());
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(reviewShot));

        reviewer.locator("#accept-claim").click();
        fill(reviewer.locator("#accept-note textarea"), "The company confirmed the Series C closed in September 2023");
        reviewer.locator("#accept-confirm").click();
        assertThat(reviewer.locator("#tab-claims")).hasText("Claims (0)");
        assertThat(reviewer.locator("#why-APPROVE")).hasCount(0);
        assertThat(reviewer.locator("#action-APPROVE")).isEnabled();
        reviewer.locator("#action-APPROVE").click();
        assertThat(reviewer.locator("#story-state")).hasText("Approved");
        reviewer.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "review-approved.png")));
    }

    /**
     * On a phone (390 px wide) nothing runs off the side of the screen: the fields stand in one
     * column, the bar's actions are on screen, and the side panel is a view of its own behind a button.
     */
    @Test
    void theEditorWorksOnANarrowScreen() throws Exception {
        long id = storyInReviewWithAnUnsupportedClaim();
        Page phone = signedIn("reviewer", "reviewer-demo", 390, 844);
        phone.navigate(url("/stories/" + id));
        assertThat(phone.locator("#story-state")).hasText("In review");
        assertThat(phone.locator("#why-APPROVE")).containsText("1 unsupported claim unresolved");
        assertNothingOverflows(phone, "the story");
        assertOnScreen(phone, "#action-REQUEST_CHANGES");
        assertOnScreen(phone, "#toggle-side");
        for (String top : List.of("#nav-search", "#my-work-count", "#notifications", "#sign-out")) {
            assertOnScreen(phone, top); // the top bar wraps rather than hiding its end
        }
        // one column: the Chinese headline under the English one, not beside it
        var en = phone.locator("#headline-en").boundingBox();
        var zh = phone.locator("#headline-zh").boundingBox();
        assertThat(zh.y).isGreaterThan(en.y + en.height - 1);
        assertThat(phone.locator("#side-panel")).isHidden();
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        phone.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("editor-narrow.png")).setFullPage(true));

        // the side panel is a view of its own; a claim chosen there is shown in its field
        phone.locator("#toggle-side").click();
        assertThat(phone.locator("#claims")).isVisible();
        assertThat(phone.locator("#headline-en")).isHidden();
        assertNothingOverflows(phone, "the side panel");
        phone.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("editor-narrow-claims.png")).setFullPage(true));
        phone.locator("#claims vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Sep 2023")).click();
        phone.locator(".nd-show-claim").first().click();
        assertThat(phone.locator("#side-panel")).isHidden();
        phone.waitForFunction("() => (" + SELECTED_IN_FIELD + ")() === 'Sep 2023'");
        assertThat(phone.evaluate(SELECTED_IN_FIELD)).isEqualTo("Sep 2023");

        // a step's dialog fits the screen too
        phone.locator("#action-REQUEST_CHANGES").click();
        assertOnScreen(phone, "#confirm-transition");
        assertNothingOverflows(phone, "the request-changes dialog");
    }

    /**
     * The backdrop holding the marks lies exactly behind the field's input, with the input's font, and
     * every mark is inside the input's box: the words are marked where they stand, not under the field.
     */
    private static void assertMarkInsideInput(Page page, String field) {
        Object misfit = page.evaluate("""
                f => {
                  const host = document.querySelector(f), box = host.querySelector('textarea, input'), back = host.querySelector('.nd-claim-backdrop');
                  const b = box.getBoundingClientRect(), k = back.getBoundingClientRect(), cb = getComputedStyle(box), ck = getComputedStyle(back);
                  const off = Math.max(Math.abs(b.x - k.x), Math.abs(b.y - k.y), Math.abs(b.width - k.width), Math.abs(b.height - k.height));
                  if (off > 1 || cb.font !== ck.font || cb.paddingLeft !== ck.paddingLeft) return 'backdrop off by ' + off + 'px or another font';
                  for (const m of back.querySelectorAll('mark')) {
                    const r = m.getBoundingClientRect();
                    if (r.width === 0 || r.x < b.x - 1 || r.right > b.right + 1 || r.y < b.y - 1 || r.bottom > b.bottom + 1) return 'a mark outside the input';
                  }
                  return '';
                }""", field);
        assertThat(misfit).as("the marks in %s", field).isEqualTo("");
    }

    /**
     * The lists answer the keyboard: in the story list, Enter opens the story of the focused row (the
     * second one here, so not merely the first); in the inbox, Enter shows the focused row's item.
     */
    @Test
    void enterActsOnTheFocusedRowOfTheStoryListAndTheInbox() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        new SignIn(userDetails).as("editor", () -> {
            for (String which : List.of("older", "newer")) {
                var item = ingest.paste(new org.newsdesk.ingest.PastedSource("Keyboard " + which + " " + run, FakeLlm.SOURCE_TEXT + " " + which + run, "AI News", null, "en"));
                var story = stories.createFromSources(List.of(item.item().id()));
                var s = stories.get(story);
                stories.saveContent(story, s.version(), s.content().with("en", s.content().in("en").with(org.newsdesk.story.ContentField.HEADLINE,
                        "Keyboard " + which + " " + run)), null);
                // and an item left in the inbox (the ones above are used by their stories)
                ingest.paste(new org.newsdesk.ingest.PastedSource("Inbox " + which + " " + run, FakeLlm.SOURCE_TEXT + " inbox " + which + run, "AI News", null, "en"));
            }
            return null;
        });
        Page page = signedIn("editor", "editor-demo");
        page.navigate(url("/"));
        assertThat(page.locator("#stories")).containsText("Keyboard newer " + run);
        focusRowAndPressEnter(page, "#stories", "Keyboard older " + run);
        page.waitForURL(STORY_URL);
        assertThat(page.locator("#headline-en input")).hasValue("Keyboard older " + run);

        page.navigate(url("/inbox"));
        assertThat(page.locator("#inbox-grid")).containsText("Inbox newer " + run);
        focusRowAndPressEnter(page, "#inbox-grid", "Inbox older " + run);
        assertThat(page.locator("#preview-title")).hasText("Inbox older " + run);
    }

    /** Focuses, as the keyboard does, the first cell of the row whose text holds {@code text}, and presses Enter. */
    private static void focusRowAndPressEnter(Page page, String grid, String text) {
        page.waitForFunction("""
                ([g, t]) => {
                  const grid = document.querySelector(g);
                  for (const tr of grid.shadowRoot.querySelectorAll('#items tr')) {
                    const cells = [...tr.querySelectorAll('td')];
                    if (cells.some(td => (td.querySelector('slot')?.assignedNodes()[0]?.textContent || '').includes(t))) {
                      cells[0].focus();
                      return grid.shadowRoot.activeElement === cells[0];
                    }
                  }
                  return false;
                }""", new Object[] {grid, text});
        page.keyboard().press("Enter");
    }

    private static void assertNothingOverflows(Page page, String what) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow (px) of %s", what).isLessThanOrEqualTo(0);
    }

    /** On a phone the inbox's actions and filters wrap onto the screen, and the item's preview stands under the list. */
    @Test
    void theInboxWorksOnANarrowScreen() throws Exception {
        Page phone = signedIn("editor", "editor-demo", 390, 844);
        phone.navigate(url("/inbox"));
        assertThat(phone.locator("#inbox-grid")).isVisible();
        for (String control : List.of("#paste-source", "#import-url", "#create-story", "#ignore-selected", "#inbox-search", "#inbox-status", "#inbox-language")) {
            assertOnScreen(phone, control);
        }
        var list = phone.locator("#inbox-grid").boundingBox();
        var preview = phone.locator("#inbox-preview").boundingBox();
        assertThat(preview.y).as("the preview under the list").isGreaterThan(list.y + list.height - 1);
        assertNothingOverflows(phone, "the inbox");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "inbox-narrow.png")));
    }

    /** The element is visible and wholly inside the screen's width (reachable without scrolling sideways). */
    private static void assertOnScreen(Page page, String selector) {
        assertThat(page.locator(selector)).isVisible();
        var box = page.locator(selector).boundingBox();
        int width = page.viewportSize().width;
        assertThat(box.x).as("%s starts on screen", selector).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("%s ends on screen (%d px wide)", selector, width).isLessThanOrEqualTo(width);
    }

    /** A fresh browser context (own cookies) signed in through the login form. */
    private Page signedIn(String username, String password) {
        return signedIn(username, password, 1280, 900);
    }

    private Page signedIn(String username, String password, int width, int height) {
        Page page = newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForLoadState(LoadState.LOAD);
        return page;
    }

    private BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.viewportSize == null ? options.setViewportSize(1280, 900) : options);
        contexts.add(context);
        return context;
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
