package org.newsdesk.ingest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.FeedService;
import org.newsdesk.ingest.InboxItem;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.FixtureServer;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox without a browser (Karibu-Testing), on the real services and PostgreSQL. */
@IntegrationTest
class InboxViewTest {

    @Autowired UserDetailsService users;
    @Autowired FeedService feeds;
    @Autowired IngestService ingest;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();
    final FixtureServer server = FixtureServer.shared();
    final String run = FixtureServer.newRun();

    InboxView open(String user) {
        ui.signIn(user);
        UI.getCurrent().navigate("inbox");
        return _get(InboxView.class);
    }

    void importTwoOutlets() {
        new SignIn(users).as("editor");
        feeds.subscribe(server.url(run, "feeds/outlet-a.xml"), null);
        feeds.subscribe(server.url(run, "feeds/outlet-b.xml"), null);
    }

    List<String> titles(InboxView view) {
        return GridKt._fetch(view.grid, 0, GridKt._size(view.grid)).stream().map(InboxItem::title).toList();
    }

    @Test
    void editorsSeeTheSameNewsFromTwoOutletsAsOneClusterAndPreviewIt() {
        importTwoOutlets();
        InboxView view = open("editor");
        view.search.setValue(run);
        assertThat(GridKt._size(view.grid)).isEqualTo(0);
        view.search.setValue("Cohere");
        assertThat(titles(view)).contains("Cohere buys a Toronto start-up to speed up enterprise search",
                "Cohere acquires retrieval specialist in its third deal this year");
        List<InboxItem> rows = GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
        int row = rows.indexOf(rows.stream().filter(i -> i.url().equals("https://canada-ai.example/" + run + "/cohere-deal")).findFirst().orElseThrow());
        List<String> cells = GridKt._getFormattedRow(view.grid, row);
        assertThat(cells).as("languages by name").contains("Canada AI Report", "English");
        assertThat(Integer.parseInt(GridKt._getFormatted(view.grid, row, "cluster"))).isGreaterThanOrEqualTo(2);

        GridKt._clickItem(view.grid, row);
        // the click selects the row (ready for "Create story from selected") and shows it
        assertThat(view.grid.getSelectedItems()).extracting(InboxItem::url).containsExactly("https://canada-ai.example/" + run + "/cohere-deal");
        assertThat(_get(view.preview, H3.class, s -> s.withId("preview-title")).getText()).isEqualTo("Cohere acquires retrieval specialist in its third deal this year");
        assertThat(_get(view.preview, Anchor.class, s -> s.withId("preview-link")).getHref()).isEqualTo("https://canada-ai.example/" + run + "/cohere-deal");
        assertThat(_get(view.preview, Div.class, s -> s.withId("preview-text")).getText()).startsWith("TORONTO (Wire) — Cohere said on Tuesday");
        assertThat(_find(view.preview, Button.class)).extracting(Button::getText).contains("Tech Daily: Cohere buys a Toronto start-up to speed up enterprise search");

        _click(_get(view.preview, Button.class, s -> s.withId("show-cluster")));
        assertThat(view.clearCluster.isVisible()).isTrue();
        assertThat(titles(view)).hasSizeGreaterThanOrEqualTo(2).allMatch(t -> t.startsWith("Cohere"));

        _click(_get(view.preview, Button.class, s -> s.withId("create-story-cluster")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("stories/");
    }

    @Test
    void anEditorImportsAUrlInTheBackgroundAndSeesItSelected() {
        InboxView view = open("editor");
        _click(_get(Button.class, s -> s.withId("import-url")));
        _get(TextField.class, s -> s.withId("import-url-field")).setValue(server.url(run, "pages/heavy-nav.html"));
        _click(_get(Button.class, s -> s.withId("import-url-save")));
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("Added to the inbox: Anthropic opens a research office in Zurich");
        assertThat(view.grid.getSelectedItems()).extracting(InboxItem::title).containsExactly("Anthropic opens a research office in Zurich");
        assertThat(_get(view.preview, Div.class, s -> s.withId("preview-text")).getText()).startsWith("Anthropic has opened a research office");
    }

    @Test
    void aRefusedUrlShowsWhyAndTheDialogStaysOpen() {
        InboxView view = open("editor");
        _click(_get(Button.class, s -> s.withId("import-url")));
        _get(TextField.class, s -> s.withId("import-url-field")).setValue("http://127.0.0.1:" + server.port() + "/r/" + run + "/pages/heavy-nav.html");
        _click(_get(Button.class, s -> s.withId("import-url-save")));
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
        Notification error = _get(Notification.class, s -> s.withId("ingest-error"));
        assertThat(error.getElement().getProperty("text")).contains("loopback");
        assertThat(_get(Button.class, s -> s.withId("import-url-save")).isEnabled()).isTrue();
    }

    @Test
    void ignoringSelectedItemsMarksThemIgnored() {
        new SignIn(users).as("editor");
        ingest.paste(new PastedSource("Ignore me " + run, "A story nobody needs today " + run, "Nobody News", null, "en"));
        InboxView view = open("editor");
        view.search.setValue(run);
        GridKt._selectRow(view.grid, 0);
        _click(_get(Button.class, s -> s.withId("ignore-selected")));
        NotificationsKt.expectNotifications("Ignored 1 item.");
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("ignored");
        view.status.setValue("NEW");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void reviewersReadTheInboxButGetNoEditorActions() {
        open("reviewer");
        assertThat(_get(InboxView.class).grid.isVisible()).isTrue();
        for (String id : List.of("paste-source", "import-url", "create-story", "ignore-selected")) {
            assertThat(_find(Button.class, s -> s.withId(id))).as(id).isEmpty();
        }
    }
}
