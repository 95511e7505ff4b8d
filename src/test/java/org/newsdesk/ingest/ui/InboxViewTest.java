package org.newsdesk.ingest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox, as an editor and a reviewer use it, server-side without a browser. */
@IntegrationTest
class InboxViewTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;

    BrowserlessUi ui;

    @BeforeEach
    void setUp() {
        BrowserlessUi.start(context);
        ui = new BrowserlessUi(userDetails);
    }

    @AfterEach
    void tearDown() {
        BrowserlessUi.stop();
    }

    @Test
    void anEditorPastesASourceAndFindsItInTheInbox() {
        ui.signIn("editor");
        UI.getCurrent().navigate("inbox");
        _assertOne(InboxView.class);

        String title = "Mistral opens a Paris data center " + UUID.randomUUID();
        _click(_get(Button.class, spec -> spec.withId("paste-source")));
        setValueAsUser(_get(TextField.class, spec -> spec.withId("paste-title")), title);
        setValueAsUser(_get(TextArea.class, spec -> spec.withId("paste-text")),
                "<p>Mistral AI secured &euro;705 million in debt financing.</p><p>" + UUID.randomUUID() + "</p>");
        setValueAsUser(_get(TextField.class, spec -> spec.withId("paste-source-name")), "FrenchWeb");
        setValueAsUser(_get(TextField.class, spec -> spec.withId("paste-url")), "https://www.frenchweb.fr/mistral");
        _click(_get(Button.class, spec -> spec.withId("paste-save")));

        NotificationsKt.expectNotifications("Added to the inbox.");
        _assertNone(Dialog.class);
        Grid<SourceItem> grid = inboxGrid();
        List<SourceItem> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).filteredOn(item -> item.title().equals(title)).singleElement().satisfies(item -> {
            assertThat(item.displaySource()).isEqualTo("FrenchWeb");
            assertThat(item.cleanText()).startsWith("Mistral AI secured €705 million in debt financing.").doesNotContain("<p>");
            assertThat(grid.getSelectedItems()).extracting(SourceItem::id).containsExactly(item.id());
        });
        assertThat(GridKt._get(grid, 0).title()).as("the newest item comes first").isEqualTo(title);
    }

    @Test
    void pastingWithoutATitleIsRefusedWithAMessageSayingWhatToFix() {
        ui.signIn("editor");
        UI.getCurrent().navigate("inbox");
        int before = GridKt._size(inboxGrid());

        _click(_get(Button.class, spec -> spec.withId("paste-source")));
        setValueAsUser(_get(TextArea.class, spec -> spec.withId("paste-text")), "A text without a title " + UUID.randomUUID());
        // Karibu runs the click listener directly, so the exception reaches the test instead of
        // Vaadin's request handling; hand it to the session's error handler as Vaadin would.
        Throwable refusal = catchThrowable(() -> _click(_get(Button.class, spec -> spec.withId("paste-save"))));
        assertThat(refusal).isInstanceOf(IllegalArgumentException.class).hasMessage("Give the source a title.");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(refusal));

        assertThat(NotificationsKt.getNotifications()).singleElement()
                .satisfies(n -> assertThat(n.getId()).hasValue("error-message"));
        NotificationsKt.expectNotifications("Give the source a title.");
        _assertOne(Dialog.class); // still open, with what was typed, to fix the title
        assertThat(_get(TextArea.class, spec -> spec.withId("paste-text")).getValue()).startsWith("A text without a title");
        assertThat(GridKt._size(inboxGrid())).isEqualTo(before);
    }

    @Test
    void aReviewerReadsTheInboxButCannotPaste() {
        ui.signIn("reviewer");
        UI.getCurrent().navigate("inbox");

        _assertOne(InboxView.class);
        _assertNone(Button.class, spec -> spec.withId("paste-source"));
        _assertNone(Button.class, spec -> spec.withId("create-story"));
    }

    @SuppressWarnings("unchecked")
    static Grid<SourceItem> inboxGrid() {
        return _get(Grid.class);
    }
}
