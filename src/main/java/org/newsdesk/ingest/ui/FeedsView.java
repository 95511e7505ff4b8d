package org.newsdesk.ingest.ui;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.identity.Role;
import org.newsdesk.ingest.Feed;
import org.newsdesk.ingest.FeedService;
import org.newsdesk.ingest.OpmlImport;
import org.newsdesk.ingest.PollResult;

/**
 * Feed subscriptions and their health: last success, last error in plain words, items
 * imported, next poll. Subscribe by URL or OPML file, export OPML, poll a feed now, pause it or
 * remove it. Fetching runs in the background; results arrive by push.
 */
/*
 * Not "feeds": /feeds/… belongs to the public site (its RSS, Atom and JSON feeds, and its own 404 under a sessionless,
 * strict policy), so a reload or a bookmark of /feeds showed the public "Not found" page instead of this view.
 */
@Route("subscriptions")
@PageTitle("Feeds · Newsdesk")
@Menu(title = "Feeds", order = 15)
@RolesAllowed({Role.Names.EDITOR, Role.Names.ADMIN})
class FeedsView extends VerticalLayout {

    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm");
    private static final List<Duration> INTERVALS = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(12), Duration.ofDays(1));

    private final FeedService feeds;
    final Grid<Feed> grid = new Grid<>();
    final TextField url = new TextField();
    final Select<Duration> interval = new Select<>();
    final Button add = new Button("Subscribe");
    /** The running background fetch, if any (tests wait on it). */
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    FeedsView(FeedService feeds) {
        this.feeds = feeds;

        url.setId("feed-url");
        url.setLabel("Feed or site address");
        url.setPlaceholder("https://example.com/feed");
        url.setWidth("28rem");
        interval.setId("feed-interval");
        interval.setLabel("Poll every");
        interval.setItems(INTERVALS);
        interval.setItemLabelGenerator(FeedsView::describe);
        interval.setValue(Duration.ofMinutes(30));
        add.setId("add-feed");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> subscribe());
        HorizontalLayout addRow = new HorizontalLayout(url, interval, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            try {
                OpmlImport result = feeds.importOpml(bytes);
                ui.access(() -> opmlImported(result));
            } catch (RuntimeException e) {
                ui.access(() -> Background.showError(e));
            }
        }));
        upload.setId("opml-upload");
        upload.setAcceptedFileTypes(".opml", ".xml", "text/x-opml", "text/xml", "application/xml");
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setUploadButton(new Button("Import OPML…"));
        upload.setDropLabel(new Span("or drop an OPML file here"));
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(feeds.exportOpml()),
                "newsdesk-feeds.opml", "text/x-opml", -1)), "Export OPML");
        export.setId("opml-export");
        HorizontalLayout opml = new HorizontalLayout(upload, export);
        opml.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.setId("feeds-grid");
        grid.setEmptyStateText("No feeds yet: paste a feed's or a site's address above and subscribe, or import an OPML file from another reader.");
        grid.addColumn(Feed::displayName).setHeader("Feed").setKey("feed").setFlexGrow(2).setTooltipGenerator(Feed::url).setSortable(true).setComparator(f -> f.displayName().toLowerCase(Locale.ROOT));
        grid.addColumn(Feed::health).setHeader("Health").setKey("health").setAutoWidth(true).setSortable(true)
                .setPartNameGenerator(f -> f.consecutiveFailures() > 0 ? "nd-failing" : null);
        grid.addColumn(f -> time(f.lastSuccessAt(), "never")).setHeader("Last success").setKey("last-success").setAutoWidth(true);
        grid.addColumn(f -> f.lastError() == null ? "" : f.lastError()).setHeader("Last error").setKey("last-error").setFlexGrow(3)
                .setTooltipGenerator(f -> f.lastError() == null ? null : f.lastError() + (f.lastErrorAt() == null ? "" : " (" + time(f.lastErrorAt(), "") + ")"));
        grid.addColumn(Feed::itemsImported).setHeader("Items imported").setKey("items").setAutoWidth(true);
        grid.addColumn(f -> f.enabled() ? time(f.nextPollAt(), "") : "paused").setHeader("Next poll").setKey("next-poll").setAutoWidth(true);
        grid.addColumn(f -> describe(f.pollInterval())).setHeader("Every").setKey("interval").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true);
        // The error column is narrow: a failing feed's whole error, its address and since when it fails are said in a row
        // beneath it, open while it fails; a click on any feed opens or closes its row.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setSizeFull();
        refresh();

        add(new H2("Feeds"), addRow, opml, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(Feed feed) {
        Button poll = new Button("Poll now", e -> pollNow(feed));
        poll.setId("poll-" + feed.id().value());
        poll.addThemeVariants(ButtonVariant.SMALL);
        Button pause = new Button(feed.enabled() ? "Pause" : "Resume", e -> {
            feeds.update(feed.id(), feed.pollInterval(), !feed.enabled());
            refresh();
        });
        pause.setId("pause-" + feed.id().value());
        pause.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Button remove = new Button("Remove", e -> {
            feeds.unsubscribe(feed.id());
            Notification.show("Unsubscribed from " + feed.displayName() + "; its items stay in the inbox.");
            refresh();
        });
        remove.setId("remove-" + feed.id().value());
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return new HorizontalLayout(poll, pause, remove);
    }

    void refresh() {
        List<Feed> all = feeds.feeds();
        grid.setItems(all);
        for (Feed f : all) {
            grid.setDetailsVisible(f, f.consecutiveFailures() > 0);
        }
    }

    /** The row under a feed: its address, and while it fails, the whole error with since when and how often. */
    Div details(Feed feed) {
        Div row = new Div();
        row.addClassName("nd-feed-details");
        row.add(new Div(new Span("Address: "), new Span(feed.url())));
        if (feed.siteUrl() != null && !feed.siteUrl().isBlank() && !feed.siteUrl().equals(feed.url())) {
            row.add(new Div(new Span("Site: "), new Span(feed.siteUrl())));
        }
        if (feed.lastError() != null) {
            String when = feed.lastErrorAt() == null ? "" : " (" + time(feed.lastErrorAt(), "") + ")";
            String polls = feed.consecutiveFailures() > 1 ? ", the last " + feed.consecutiveFailures() + " polls failed" : "";
            Div error = new Div(new Span("Last error" + when + polls + ": "), new Span(feed.lastError()));
            error.addClassName("nd-feed-error");
            row.add(error);
            if (feed.consecutiveFailures() > 0) {
                row.add(new Div(new Span(feed.enabled()
                        ? "Newsdesk keeps polling it (next: " + time(feed.nextPollAt(), "soon") + "); Poll now tries again at once, Pause stops it."
                        : "Paused: Resume polls it again.")));
            }
        }
        return row;
    }

    void subscribe() {
        String address = url.getValue();
        Duration every = interval.getValue();
        add.setEnabled(false);
        pending = Background.run(() -> feeds.subscribe(address, every), result -> {
            url.clear();
            report("Subscribed. ", result);
        }, () -> {
            add.setEnabled(true);
            refresh();
        });
    }

    void pollNow(Feed feed) {
        pending = Background.run(() -> feeds.pollNow(feed.id()), result -> report(feed.displayName() + ": ", result), this::refresh);
    }

    private void report(String prefix, PollResult result) {
        Notification n = Notification.show(prefix + result.message(), result.failed() ? 10000 : 5000, Notification.Position.BOTTOM_START);
        n.setId("feed-result");
        if (result.failed()) {
            n.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    void opmlImported(OpmlImport result) {
        Notification n = Notification.show(result.summary(), 8000, Notification.Position.BOTTOM_START);
        n.setId("opml-result");
        refresh();
    }

    private String time(Instant t, String none) {
        return t == null ? none : time.format(t);
    }

    static String describe(Duration d) {
        if (d.toDays() >= 1 && d.toHours() % 24 == 0) {
            return d.toDays() == 1 ? "day" : d.toDays() + " days";
        }
        if (d.toHours() >= 1 && d.toMinutes() % 60 == 0) {
            return d.toHours() == 1 ? "hour" : d.toHours() + " hours";
        }
        return d.toMinutes() + " min";
    }

}
