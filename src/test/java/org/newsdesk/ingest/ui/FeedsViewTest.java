package org.newsdesk.ingest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.Feed;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.FixtureServer;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The feeds view without a browser (Karibu-Testing), on the real services and PostgreSQL. */
@IntegrationTest
class FeedsViewTest {

    @Autowired UserDetailsService users;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();
    final FixtureServer server = FixtureServer.shared();
    final String run = FixtureServer.newRun();

    FeedsView open(String user) {
        ui.signIn(user);
        UI.getCurrent().navigate("subscriptions");
        return _get(FeedsView.class);
    }

    int rowOf(FeedsView view, String url) {
        List<Feed> rows = GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).url().equals(url)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + url);
    }

    @Test
    void anEditorSubscribesAndSeesTheFeedsHealth() {
        FeedsView view = open("editor");
        String url = server.url(run, "feeds/atom.xml");
        view.url.setValue(url);
        _click(view.add);
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("Subscribed. 2 new items.");
        int row = rowOf(view, url);
        assertThat(GridKt._getFormatted(view.grid, row, "feed")).isEqualTo("Model Watch");
        assertThat(GridKt._getFormatted(view.grid, row, "health")).isEqualTo("OK");
        assertThat(GridKt._getFormatted(view.grid, row, "items")).isEqualTo("2");
        assertThat(GridKt._getFormatted(view.grid, row, "last-error")).isEmpty();
        assertThat(view.grid.isDetailsVisible(GridKt._get(view.grid, row))).as("a healthy feed's row beneath it stays closed").isFalse();
        assertThat(GridKt._getFormatted(view.grid, row, "next-poll")).isNotBlank();
        assertThat(view.grid.getEmptyStateText()).as("what a desk without feeds reads instead of an empty grid").contains("subscribe").contains("OPML");
    }

    @Test
    void pollNowOnABrokenFeedShowsTheErrorInPlainWords() {
        FeedsView view = open("admin");
        String url = server.url(run, "feeds/broken.xml");
        String opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Broken\" xmlUrl=\"" + url + "\"/></body></opml>";
        UploadKt._upload(_get(Upload.class, s -> s.withId("opml-upload")), "feeds.opml", "text/x-opml", opml.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Notification.class, s -> s.withId("opml-result")).getElement().getProperty("text")).startsWith("1 feed added");
        int row = rowOf(view, url);
        assertThat(GridKt._getFormatted(view.grid, row, "health")).isEqualTo("Not polled yet");

        Button poll = _get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class, s -> s.withText("Poll now"));
        _click(poll);
        view.pending.join();
        MockVaadin.clientRoundtrip(false);
        row = rowOf(view, url);
        assertThat(GridKt._getFormatted(view.grid, row, "health")).isEqualTo("Failing");
        assertThat(GridKt._getFormatted(view.grid, row, "last-error")).contains("not well-formed XML");
        assertThat(GridKt._getFormatted(view.grid, row, "items")).isEqualTo("0");
        assertThat(_get(Notification.class, s -> s.withId("feed-result")).getElement().getProperty("text")).contains("not well-formed XML");

        Feed failing = GridKt._get(view.grid, row);
        assertThat(view.grid.isDetailsVisible(failing)).as("a failing feed's row beneath it is open").isTrue();
        String details = view.details(failing).getElement().getTextRecursively();
        assertThat(details).as("the whole error and the address, not cut to the column")
                .contains("Address: " + url).contains("Last error").contains(failing.lastError()).contains("Poll now tries again");
    }

    @Test
    void aBrokenOpmlFileIsRefusedWithTheReason() {
        FeedsView view = open("editor");
        int before = GridKt._size(view.grid);
        UploadKt._upload(_get(Upload.class, s -> s.withId("opml-upload")), "feeds.opml", "text/x-opml",
                "<!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><opml><body/></opml>".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Notification.class, s -> s.withId("ingest-error")).getElement().getProperty("text")).contains("DOCTYPE");
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
    }
}
