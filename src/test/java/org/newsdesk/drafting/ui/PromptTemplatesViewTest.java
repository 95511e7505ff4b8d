package org.newsdesk.drafting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin changes a prompt template in the app; the new version is in force and the old one kept. */
@IntegrationTest
class PromptTemplatesViewTest {

    @Autowired DraftingService drafting;
    @Autowired org.newsdesk.ingest.IngestService ingest;
    @Autowired org.newsdesk.story.StoryService stories;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService userDetails;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @BeforeEach
    void setUp() {
        ui.signIn("admin");
    }

    @AfterEach
    void tearDown() {
        drafting.revertTemplate("style");
        SignIn.out();
    }

    @Test
    void anAdminSavesANewVersionOfTheStyleGuide() {
        UI.getCurrent().navigate("prompts");
        PromptTemplatesView view = _get(PromptTemplatesView.class);
        assertThat(view.version.getText()).isEqualTo("In force: style/1");
        BrowserlessUi.setValueAsUser(view.body, view.body.getValue() + "\nPrefer short sentences.");
        BrowserlessUi.setValueAsUser(view.note, "shorter sentences");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("template-save")));

        assertThat(view.version.getText()).startsWith("In force: style/admin-");
        assertThat(drafting.template("style").body()).endsWith("Prefer short sentences.");
        assertThat(view.history.getGenericDataView().getItems().map(t -> t.version())).contains("style/1");
    }

    @Test
    void anAdminSeesThePausedProviderWithItsLastErrorsAndResumesIt() {
        var llm = org.newsdesk.testing.FakeLlm.shared();
        llm.reset();
        llm.byDefault(body -> org.newsdesk.testing.FakeLlm.status(503));
        try {
            new SignIn(userDetails).as("editor", () -> {
                var item = ingest.paste(new org.newsdesk.ingest.PastedSource("Down " + java.util.UUID.randomUUID(),
                        org.newsdesk.testing.FakeLlm.SOURCE_TEXT + " " + java.util.UUID.randomUUID(), null, null, "en"));
                var story = stories.createFromSources(java.util.List.of(item.item().id()));
                for (int i = 0; i < 3; i++) {
                    drafting.start(story);
                    org.newsdesk.testing.Drafts.awaitEnd(drafting, story);
                }
                return null;
            });
            ui.signIn("admin");
            UI.getCurrent().navigate("prompts");
            PromptTemplatesView view = _get(PromptTemplatesView.class);
            String shown = view.provider.getElement().getTextRecursively();
            assertThat(shown).contains("fake-model at ").contains("Paused until ").contains("after 3 drafts in a row failed on it")
                    .containsPattern("last hour: \\d+ calls, \\d+ failed").contains("The provider had an error (HTTP 503). (draft-")
                    .as("the same cause in one draft is one line, with its count").containsPattern("\\(draft-\\d+, \\d+ times\\)");
            com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("provider-resume")));
            assertThat(view.provider.getElement().getTextRecursively()).contains(" · Working · ");
            assertThat(drafting.providerPaused()).isFalse();
        } finally {
            llm.reset();
        }
    }
}
