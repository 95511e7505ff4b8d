package org.newsdesk.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A draft, failed or not, never costs an editor what they typed; the unsaved-work banner speaks only of real unsaved typing. */
@IntegrationTest
class EditorKeepsTypingViewTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired org.newsdesk.editor.PresenceService presence;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();
    final FakeLlm llm = FakeLlm.shared();

    @BeforeEach
    void providerWorking() {
        org.newsdesk.testing.Drafts.workingProvider(llm, drafting, new SignIn(userDetails));
    }

    @AfterEach
    void reset() {
        llm.reset();
    }

    StoryId open() {
        StoryId id = new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new PastedSource("Mistral borrows " + UUID.randomUUID(), FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
            return stories.createFromSources(List.of(item.item().id()));
        });
        ui.signIn("editor");
        UI.getCurrent().navigate("stories/" + id.value());
        _assertOne(StoryEditorView.class);
        return id;
    }

    /** Waits for the draft to end and lets its outcome reach the open editor. */
    void draftEnds(StoryId id) {
        Drafts.awaitEnd(drafting, id);
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.clientRoundtrip(false);
            return !_get(StoryEditorView.class).showingDraftForTest();
        });
    }

    static String field(String id) {
        return id.startsWith("headline") ? _get(TextField.class, s -> s.withId(id)).getValue() : _get(TextArea.class, s -> s.withId(id)).getValue();
    }

    @Test
    void typingInTwoFieldsSurvivesADraftThatFails() {
        StoryId id = open();
        setValueAsUser(_get(TextField.class, s -> s.withId("headline-en")), "A headline I typed");
        setValueAsUser(_get(TextArea.class, s -> s.withId("summary-zh")), "我写的摘要");
        llm.byDefault(body -> FakeLlm.status(401));

        _click(_get(Button.class, s -> s.withId("draft-ai")));
        draftEnds(id);

        assertThat(field("headline-en")).isEqualTo("A headline I typed");
        assertThat(field("summary-zh")).isEqualTo("我写的摘要");
        assertThat(stories.get(id).content().in("en").headline()).as("saved as the person's revision before drafting").isEqualTo("A headline I typed");
        assertThat(stories.get(id).current().reason()).isEqualTo("Saved what was typed before AI drafting");
        Div failed = _get(Div.class, s -> s.withId("failed-parts"));
        assertThat(failed.isVisible()).isTrue();
        assertThat(failed.getElement().getTextRecursively()).contains("Every section: The provider refused the API key (HTTP 401): check NEWSDESK_LLM_API_KEY.");
        // the bar says the outcome; the cause is read once, in the panel
        Span status = _get(Span.class, s -> s.withId("draft-status"));
        assertThat(status.getText()).startsWith("Drafting failed.").contains("Nothing was changed").doesNotContain("HTTP 401");
        assertThat(_get(StoryEditorView.class).unsavedBanner.isVisible()).isFalse();

        // the provider fixed: retrying the sections completes the draft, and the typing is still the person's
        llm.reset();
        _click(_get(Button.class, s -> s.withId("retry-failed-parts")));
        draftEnds(id);
        assertThat(drafting.latestJob(id).map(DraftJob::status)).hasValue(DraftJob.Status.SUCCEEDED);
        assertThat(field("headline-en")).isEqualTo("A headline I typed");
        assertThat(field("summary-en")).contains("€705 million");
        assertThat(_get(StoryEditorView.class).failedParts.isVisible()).isFalse();
    }

    @Test
    void afterADraftWithNothingTypedNoUnsavedWorkIsOffered() {
        StoryId id = open();
        _click(_get(Button.class, s -> s.withId("draft-ai")));
        // the editor's poll runs while the draft is shown: it keeps nothing of it as "unsaved work"
        _get(StoryEditorView.class).autosave();
        draftEnds(id);
        _get(StoryEditorView.class).autosave();
        assertThat(new SignIn(userDetails).as("editor", () -> stories.unsavedWork(id))).isEmpty();
        assertThat(_get(StoryEditorView.class).unsavedBanner.isVisible()).isFalse();
    }

    @Test
    void puttingUnsavedWorkBackRestoresOnlyTheTypedFieldsOverADraftSavedSince() {
        StoryId id = open();
        setValueAsUser(_get(TextField.class, s -> s.withId("headline-en")), "Typed, not saved");
        _get(StoryEditorView.class).autosave();
        // meanwhile a draft is saved (say, started by a colleague): the typed headline is a person's field no more on screen after a reload
        new SignIn(userDetails).as("editor", () -> {
            drafting.start(id);
            return Drafts.awaitEnd(drafting, id);
        });
        UI.getCurrent().navigate("stories/" + id.value());
        Div banner = _get(Div.class, s -> s.withId("unsaved-banner"));
        assertThat(banner.isVisible()).isTrue();
        _click(_get(Button.class, s -> s.withId("restore-unsaved")));
        assertThat(field("headline-en")).isEqualTo("Typed, not saved");
        assertThat(field("summary-en")).as("the draft's fields stay").contains("€705 million");
    }

    /** The reviewer saves a headline while the editor has the story open (the editor's poll follows). */
    void reviewerSavesHeadline(StoryId id, String headline) {
        new SignIn(userDetails).as("reviewer", () -> {
            var s = stories.get(id);
            return stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en").with(org.newsdesk.story.ContentField.HEADLINE, headline)), null);
        });
    }

    @Test
    void anotherPersonsSaveShowsOnTheNextPollWhenNothingIsTyped() {
        StoryId id = open();
        reviewerSavesHeadline(id, "The reviewer's headline");

        _get(StoryEditorView.class).followOthers();

        assertThat(field("headline-en")).isEqualTo("The reviewer's headline");
        assertThat(_get(StoryEditorView.class).saveStatus.getText()).contains("Rita Reviewer saved revision 2 at").contains("shown now");
    }

    @Test
    void anotherPersonsSaveNeverReplacesTypingAndTheNextSaveMergesBoth() {
        StoryId id = open();
        setValueAsUser(_get(TextArea.class, s -> s.withId("summary-en")), "A summary I am typing");
        reviewerSavesHeadline(id, "The reviewer's headline");

        _get(StoryEditorView.class).followOthers();

        assertThat(field("summary-en")).isEqualTo("A summary I am typing");
        assertThat(field("headline-en")).as("not replaced while typing").isNotEqualTo("The reviewer's headline");
        assertThat(_get(StoryEditorView.class).saveStatus.getText()).contains("Rita Reviewer saved revision 2").contains("saving merges your changes with theirs");

        _click(_get(Button.class, s -> s.withId("save-story")));
        var saved = stories.get(id).content().in("en");
        assertThat(saved.headline()).isEqualTo("The reviewer's headline");
        assertThat(saved.summary()).isEqualTo("A summary I am typing");
    }

    /** The names others see on a story: the reviewer joins it for a moment and reads who is there. */
    List<String> presentOn(StoryId story) {
        var seen = new java.util.concurrent.atomic.AtomicReference<List<String>>(List.of());
        Runnable leave = new SignIn(userDetails).as("reviewer", () -> presence.join(story, "probe-" + UUID.randomUUID(),
                people -> seen.set(people.stream().map(org.newsdesk.editor.Presence::name).toList())));
        leave.run();
        return seen.get();
    }

    @Test
    void goingFromOneStoryToAnotherInTheSameTabMovesPresenceAndTheDraftsFollowed() {
        StoryId first = open();
        assertThat(presentOn(first)).contains("Eddie Editor");
        StoryId second = new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new PastedSource("Second story " + UUID.randomUUID(), FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
            return stories.createFromSources(List.of(item.item().id()));
        });
        ui.signIn("editor");
        UI.getCurrent().navigate("stories/" + second.value());

        assertThat(presentOn(second)).contains("Eddie Editor");
        assertThat(presentOn(first)).as("no longer on the first story").doesNotContain("Eddie Editor");
        // a draft of the first story no longer reaches the screen showing the second
        new SignIn(userDetails).as("editor", () -> {
            drafting.start(first);
            return Drafts.awaitEnd(drafting, first);
        });
        MockVaadin.clientRoundtrip(false);
        assertThat(field("summary-en")).as("the second story's summary, not the first one's draft").doesNotContain("€705 million");
    }
}
