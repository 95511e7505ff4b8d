package org.newsdesk.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.editor.Capabilities;
import org.newsdesk.editor.Capability;
import org.newsdesk.editor.EditorService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.Transition;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * DESIGN's workflow table, seen in the editor by each role in each state: every step the person may
 * take is an enabled button, every step theirs but held up is a disabled one with its reason beside it
 * in words, and nothing else is offered.
 */
@IntegrationTest
class EditorReasonsViewTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired EditorService editor;
    @Autowired NewsdeskProperties props;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    /** A story the editor wrote and brought to {@code state} with the others' help. */
    StoryId storyIn(StoryState state) {
        SignIn as = new SignIn(userDetails);
        StoryId id = as.as("editor", () -> {
            var pasted = ingest.paste(new PastedSource("Reasons " + UUID.randomUUID(), "A source text " + UUID.randomUUID(), "Wire", null, "en"));
            StoryId story = stories.createFromSources(List.of(pasted.item().id()));
            if (state != StoryState.DRAFT) {
                Story s = stories.get(story);
                StoryContent content = s.content();
                for (String lang : props.languages()) {
                    content = content.with(lang, new LocalizedContent("Headline " + lang, "Summary " + lang, List.of("Bullet " + lang)));
                }
                stories.saveContent(story, s.version(), content, null);
                workflow.submit(story);
            }
            return story;
        });
        if (state == StoryState.APPROVED || state == StoryState.PUBLISHED) {
            as.as("reviewer", () -> workflow.approve(id));
        }
        if (state == StoryState.PUBLISHED) {
            as.as("publisher", () -> workflow.publishNow(id));
        }
        return id;
    }

    @ParameterizedTest
    @EnumSource(value = StoryState.class, names = {"DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED"})
    void everyRoleSeesItsStepsAndWhyTheHeldOnesAreHeld(StoryState state) {
        StoryId id = storyIn(state);
        for (String person : List.of("editor", "reviewer", "publisher")) {
            ui.signIn(person);
            UI.getCurrent().navigate("stories/" + id.value());
            _assertOne(StoryEditorView.class);
            assertThat(_get(Span.class, spec -> spec.withId("story-state")).getText()).isEqualTo(state.label());
            Capabilities caps = editor.capabilities(id, ZoneId.of(props.publishing().defaultZone()));

            for (Transition t : Transition.values()) {
                String label = person + " on a " + state + " story: " + t;
                if (caps.can(t)) {
                    assertThat(_get(Button.class, spec -> spec.withId("action-" + t.name())).isEnabled()).as(label).isTrue();
                } else if (caps.held().containsKey(t)) {
                    assertThat(_get(Button.class, spec -> spec.withId("action-" + t.name())).isEnabled()).as(label).isFalse();
                    assertThat(_get(Span.class, spec -> spec.withId("why-" + t.name())).getText()).as(label)
                            .isEqualTo(t.label() + ": " + caps.held().get(t));
                } else {
                    _assertNone(Button.class, spec -> spec.withId("action-" + t.name()));
                }
            }
            boolean saveShown = !_find(Button.class, spec -> spec.withId("save-story")).isEmpty();
            assertThat(saveShown).as(person + " sees Save on a " + state + " story").isEqualTo(caps.shows(Capability.SAVE));
            if (caps.shows(Capability.SAVE) && !caps.can(Capability.SAVE)) {
                assertThat(_get(Span.class, spec -> spec.withId("why-editing")).getText()).isEqualTo(caps.whyNot(Capability.SAVE).orElseThrow());
            }
        }
        // the table's headline cases, in words
        if (state == StoryState.IN_REVIEW) {
            ui.signIn("editor");
            assertThat(new SignIn(userDetails).as("editor", () -> editor.capabilities(id, ZoneId.of("UTC"))).available()).isEmpty();
        }
        if (state == StoryState.PUBLISHED) {
            Capabilities editorCaps = new SignIn(userDetails).as("editor", () -> editor.capabilities(id, ZoneId.of("UTC")));
            assertThat(editorCaps.whyNot(Capability.SAVE)).contains("The story is published: reopen it to change it (editors and publishers can).");
            Capabilities publisherCaps = new SignIn(userDetails).as("publisher", () -> editor.capabilities(id, ZoneId.of("UTC")));
            assertThat(publisherCaps.available()).containsExactly(Transition.UNPUBLISH);
        }
        if (state == StoryState.DRAFT) {
            Capabilities editorCaps = new SignIn(userDetails).as("editor", () -> editor.capabilities(id, ZoneId.of("UTC")));
            assertThat(editorCaps.held().get(Transition.SUBMIT)).startsWith("Fill in every required field before submitting; missing: Headline");
        }
    }
}
