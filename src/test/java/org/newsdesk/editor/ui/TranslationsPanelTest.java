package org.newsdesk.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** In the editor, a translation that fell behind English shows a badge and what changed, and is updated or accepted from there. */
@IntegrationTest
class TranslationsPanelTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @BeforeEach
    void reset() {
        FakeLlm.shared().reset();
    }

    /** Drafted by the model in English and Chinese; then the editor lengthened the English headline. */
    StoryId storyWithAStaleChineseHeadline() {
        return new SignIn(userDetails).as("editor", () -> {
            var pasted = ingest.paste(new PastedSource("Mistral raises €705 million " + UUID.randomUUID(),
                    "Mistral AI secured €705 million in debt financing for a data center near Paris. " + UUID.randomUUID(), "FrenchWeb", null, "fr"));
            StoryId id = stories.createFromSources(List.of(pasted.item().id()));
            stories.saveModelDraft(id, c -> c
                    .with("en", new LocalizedContent("Mistral AI secures €705 million", "Mistral AI secured €705 million in debt.", List.of("€705 million.")))
                    .with("zh", new LocalizedContent("Mistral AI获7.05亿欧元", "Mistral AI获得7.05亿欧元债务融资。", List.of("7.05亿欧元。"))), "fake-model", "draft");
            Story s = stories.get(id);
            stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en").with(ContentField.HEADLINE,
                    "Mistral AI secures €705 million for a data center")), null);
            return id;
        });
    }

    TranslationsPanel open(StoryId id) {
        UI.getCurrent().navigate("stories/" + id.value());
        return _get(TranslationsPanel.class);
    }

    @Test
    void theEditorSeesTheStaleBadgeAndTheEnglishChangeAndUpdatesOnlyThatField() {
        StoryId id = storyWithAStaleChineseHeadline();
        ui.signIn("editor");
        TranslationsPanel panel = open(id);

        assertThat(_get(panel, Span.class, s -> s.withId("translation-badge-headline-zh")).getText()).isEqualTo("Stale");
        Div diff = _get(panel, Div.class, s -> s.withId("translation-diff-headline-zh"));
        assertThat(diff.getElement().getTextRecursively()).isEqualTo("English changed since: Mistral AI secures €705 million for a data center");
        assertThat(_find(diff, Span.class, s -> s.withClasses("nd-diff-added"))).extracting(Span::getText).containsExactly(" for a data center");
        assertThat(_find(panel, Button.class, s -> s.withId("accept-translation-headline-zh"))).as("accepting is a reviewer's").isEmpty();

        _click(_get(panel, Button.class, s -> s.withId("update-translations")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> panel.running() == null || panel.running().isDone());
        MockVaadin.clientRoundtrip(false);

        Story after = stories.get(id);
        assertThat(after.content().in("zh").headline()).isEqualTo("【译】Mistral AI secures €705 million for a data center");
        assertThat(after.content().in("zh").summary()).isEqualTo("Mistral AI获得7.05亿欧元债务融资。");
        assertThat(_get(panel, Span.class, s -> s.withId("translations-summary")).getText())
                .isEqualTo("Every translation is up to date with the primary language.");
        assertThat(_find(panel, Span.class, s -> s.withId("translation-badge-headline-zh"))).isEmpty();
    }

    @Test
    void aReviewerAcceptsTheStaleTranslationWithANote() {
        StoryId id = storyWithAStaleChineseHeadline();
        new SignIn(userDetails).as("editor", () -> workflow.submit(id));
        ui.signIn("reviewer");
        TranslationsPanel panel = open(id);
        assertThat(_find(panel, Button.class, s -> s.withId("update-translations"))).as("updating is an editor's")
                .allSatisfy(b -> assertThat(b.isVisible()).isFalse());

        setValueAsUser(_get(panel, TextField.class, s -> s.withId("accept-note-headline-zh")), "The data center is in the summary");
        _click(_get(panel, Button.class, s -> s.withId("accept-translation-headline-zh")));

        assertThat(_get(panel, Span.class, s -> s.withId("translation-badge-headline-zh")).getText()).isEqualTo("Accepted as it stands");
        assertThat(panel.getElement().getTextRecursively()).contains("Accepted: The data center is in the summary");
    }
}
