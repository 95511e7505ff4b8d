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
}
