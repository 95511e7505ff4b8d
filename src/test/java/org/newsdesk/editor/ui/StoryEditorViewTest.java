package org.newsdesk.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertDisabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertEnabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The story editor offers each person exactly the workflow steps they may take now. */
@IntegrationTest
class StoryEditorViewTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired NewsdeskProperties props;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    /** A new story started by the editor from a freshly pasted source, with every field empty. */
    StoryId newStory() {
        return new SignIn(userDetails).as("editor", () -> {
            var pasted = ingest.paste(new PastedSource("Mistral raises €705 million " + UUID.randomUUID(),
                    "Mistral AI secured €705 million in debt financing for a data center near Paris. " + UUID.randomUUID(),
                    "FrenchWeb", "https://www.frenchweb.fr/mistral", "fr"));
            return stories.createFromSources(List.of(pasted.item().id()));
        });
    }

    /** A story the editor filled in and submitted: it waits for a reviewer. */
    StoryId storyInReview() {
        StoryId id = newStory();
        new SignIn(userDetails).as("editor", () -> {
            Story story = stories.get(id);
            StoryContent content = story.content();
            for (String lang : props.languages()) {
                content = content.with(lang, new LocalizedContent("Headline " + lang, "Summary " + lang, List.of("Bullet " + lang)));
            }
            stories.saveContent(id, story.version(), content, null);
            return workflow.submit(id);
        });
        return id;
    }

    void open(StoryId id) {
        UI.getCurrent().navigate("stories/" + id.value());
        _assertOne(StoryEditorView.class);
    }

    static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    static String state() {
        return _get(Span.class, spec -> spec.withId("story-state")).getText();
    }

    @Test
    void anEditorCanSubmitOnlyOnceEveryFieldIsFilledAndSaved() {
        StoryId id = newStory();
        ui.signIn("editor");
        open(id);

        assertThat(state()).isEqualTo("Draft");
        _assertOne(Button.class, spec -> spec.withId("save-story"));
        _assertEnabled(button("draft-ai"));
        assertThat(button("draft-ai").getText()).isEqualTo("Draft with AI");
        // Submit is theirs to take, but held up, and the bar says why
        _assertDisabled(button("action-SUBMIT"));
        assertThat(_get(Span.class, spec -> spec.withId("why-SUBMIT")).getText()).startsWith("Submit for review: Fill in every required field");

        for (String lang : props.languages()) {
            setValueAsUser(_get(TextField.class, spec -> spec.withId("headline-" + lang)), "Mistral borrows €705M (" + lang + ")");
            setValueAsUser(_get(TextArea.class, spec -> spec.withId("summary-" + lang)), "Debt pays for a data center near Paris (" + lang + ").");
            setValueAsUser(_get(TextArea.class, spec -> spec.withId("tldr-" + lang)), "€705M in debt\n13,800 GPUs");
        }
        _click(button("save-story"));

        NotificationsKt.expectNotifications("Saved as revision 2.");
        _assertEnabled(button("action-SUBMIT"));
        _assertNone(Span.class, spec -> spec.withId("why-SUBMIT"));
        assertThat(stories.get(id).content().in("en").tldr()).containsExactly("€705M in debt", "13,800 GPUs");

        _click(button("action-SUBMIT"));
        NotificationsKt.expectNotifications("Submitted for review.");
        assertThat(state()).isEqualTo("In review");
        _assertNone(Button.class, spec -> spec.withId("action-SUBMIT"));
    }

    @Test
    void aReviewerMayApproveOrRequestChangesOnSomeoneElsesStory() {
        StoryId id = storyInReview();
        ui.signIn("reviewer");
        open(id);

        assertThat(state()).isEqualTo("In review");
        _assertOne(Button.class, spec -> spec.withId("action-APPROVE"));
        _assertOne(Button.class, spec -> spec.withId("action-REQUEST_CHANGES"));
        _assertNone(Button.class, spec -> spec.withId("draft-ai"));
    }

    @Test
    void aPublisherCanNeitherApproveNorRequestChanges() {
        StoryId id = storyInReview();
        ui.signIn("publisher");
        open(id);

        assertThat(state()).isEqualTo("In review");
        _assertNone(Button.class, spec -> spec.withId("action-APPROVE"));
        _assertNone(Button.class, spec -> spec.withId("action-REQUEST_CHANGES"));
        _assertOne(Button.class, spec -> spec.withId("action-KILL")); // what a publisher may do to a story in review
        _assertNone(Button.class, spec -> spec.withId("save-story"));
        assertThat(_get(TextField.class, spec -> spec.withId("headline-en")).isReadOnly()).isTrue();
    }
}
