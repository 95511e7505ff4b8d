package org.newsdesk.ingest.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.identity.Role;
import org.newsdesk.platform.Languages;
import org.newsdesk.ingest.ImportResult;
import org.newsdesk.ingest.InboxItem;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.ingest.StoryStarter;

/**
 * The inbox of imported source items: a lazy grid over every item (filter, sort, cluster size),
 * a preview with the source link and the other outlets' versions of the same news, and the
 * editor's actions: paste, import a URL, create a story from the selection or a cluster, ignore.
 */
@Route("inbox")
@PageTitle("Inbox · Newsdesk")
@Menu(title = "Inbox", order = 10)
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class InboxView extends VerticalLayout {

    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm");

    private final IngestService ingest;
    private final StoryStarter starter;
    final Grid<InboxItem> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<String> status = new Select<>();
    final Select<String> language = new Select<>();
    final Button clearCluster = new Button();
    final VerticalLayout preview = new VerticalLayout();
    /** The list beside the item it shows; one above the other on narrow screens. */
    final SplitLayout split = new SplitLayout();
    private com.vaadin.flow.shared.Registration resize;
    private InboxItem focused;
    private InboxQuery query = InboxQuery.ALL;
    /** The running URL import, if any (tests wait on it). */
    CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    InboxView(IngestService ingest, StoryStarter starter) {
        this.ingest = ingest;
        this.starter = starter;
        boolean editor = starter.mayStart();

        Button paste = new Button("Paste a source", e -> openPaste());
        paste.setId("paste-source");
        paste.addThemeVariants(ButtonVariant.PRIMARY);
        Button importUrl = new Button("Import a URL", e -> openImportUrl());
        importUrl.setId("import-url");
        Button create = new Button("Create story from selected", e -> createStory(selectedIds()));
        create.setId("create-story");
        Button ignore = new Button("Ignore", e -> ignoreSelected());
        ignore.setId("ignore-selected");
        ignore.addThemeVariants(ButtonVariant.TERTIARY);
        for (Button b : List.of(paste, importUrl, create, ignore)) {
            b.setVisible(editor);
        }
        HorizontalLayout actions = new HorizontalLayout(new H2("Inbox"), paste, importUrl, create, ignore);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");

        search.setId("inbox-search");
        search.setPlaceholder("Search titles and sources");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter(query.withText(e.getValue())));
        status.setId("inbox-status");
        status.setLabel("Status");
        status.setItems("", "NEW", "USED", "IGNORED");
        status.setItemLabelGenerator(s -> s.isEmpty() ? "All" : s.toLowerCase(Locale.ROOT));
        status.setValue("");
        status.addValueChangeListener(e -> filter(query.withStatus(e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue())));
        language.setId("inbox-language");
        language.setLabel("Language");
        language.setItems("", "en", "fr", "zh");
        language.setItemLabelGenerator(l -> l.isEmpty() ? "All" : Languages.label(l));
        language.setValue("");
        language.addValueChangeListener(e -> filter(query.withLanguage(e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue())));
        clearCluster.setId("clear-cluster");
        clearCluster.setText("Showing one cluster: show all");
        clearCluster.setVisible(false);
        clearCluster.addClickListener(e -> {
            clearCluster.setVisible(false);
            filter(query.withCluster(null));
        });
        search.setLabel("Search");
        HorizontalLayout filters = new HorizontalLayout(search, status, language, clearCluster);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("inbox-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setMultiSort(false);
        grid.addColumn(InboxItem::source).setHeader("Source").setKey("source").setSortProperty(InboxQuery.Sort.SOURCE.name()).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(InboxItem::title).setHeader("Title").setKey("title").setSortProperty(InboxQuery.Sort.TITLE.name()).setFlexGrow(5)
                .setTooltipGenerator(InboxItem::title);
        grid.addColumn(i -> i.language() == null ? "unknown" : Languages.name(i.language())).setHeader("Language").setKey("language")
                .setSortProperty(InboxQuery.Sort.LANGUAGE.name()).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(i -> time.format(i.time())).setHeader("Published").setKey("time").setSortProperty(InboxQuery.Sort.TIME.name()).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(InboxItem::clusterSize).setHeader("Cluster").setKey("cluster").setSortProperty(InboxQuery.Sort.CLUSTER_SIZE.name())
                .setWidth("5.5rem").setFlexGrow(0).setTooltipGenerator(i -> i.clusterSize() > 1 ? "The same news from " + i.clusterSize() + " sources" : "No other source");
        grid.addColumn(i -> i.status().toLowerCase(Locale.ROOT)).setHeader("Status").setKey("status").setSortProperty(InboxQuery.Sort.STATUS.name())
                .setWidth("6rem").setFlexGrow(0);
        grid.setItems(q -> {
            InboxQuery sorted = query;
            if (!q.getSortOrders().isEmpty()) {
                var order = q.getSortOrders().get(0);
                sorted = query.sortedBy(InboxQuery.Sort.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING);
            }
            return ingest.inbox(sorted, q.getOffset(), q.getLimit()).stream();
        }, q -> ingest.count(query));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("time"), SortDirection.DESCENDING)));
        // a click selects the row and shows it (Ctrl, Cmd or Shift adds it to the rows selected); Enter on a row does the same
        grid.addItemClickListener(e -> select(e.getItem(), e.isCtrlKey() || e.isMetaKey() || e.isShiftKey()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                select(focused, false);
            }
        }, com.vaadin.flow.component.Key.ENTER).listenOn(grid);
        grid.setEmptyStateText(editor ? "No source items here: paste a source or import a URL (subscribed feeds bring them in too)."
                : "No source items here yet.");
        grid.setSizeFull();

        preview.setId("inbox-preview");
        preview.getStyle().set("overflow", "auto");
        preview.add(new Div("Select an item to read it here."));
        split.addToPrimary(grid);
        split.addToSecondary(preview);
        split.setSplitterPosition(64);
        split.setSizeFull();

        add(actions, filters, split);
        setSizeFull();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        var page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        resize = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
    }

    /** Below 800 px wide the preview goes under the list instead of beside it. */
    void fitTo(int width) {
        boolean narrow = width > 0 && width < 800;
        split.setOrientation(narrow ? SplitLayout.Orientation.VERTICAL : SplitLayout.Orientation.HORIZONTAL);
        split.setSplitterPosition(narrow ? 55 : 64);
    }

    /** Selects {@code row} (alone, or {@code adding} it to the rows selected) and shows it in the preview. */
    void select(InboxItem row, boolean adding) {
        if (!adding) {
            grid.deselectAll();
        }
        grid.select(row);
        showPreview(row);
    }

    private void filter(InboxQuery q) {
        query = q;
        grid.getDataProvider().refreshAll();
    }

    void showCluster(long clusterId) {
        clearCluster.setVisible(true);
        filter(query.withCluster(clusterId));
    }

    private List<SourceItemId> selectedIds() {
        return grid.getSelectedItems().stream().map(InboxItem::id).toList();
    }

    void showPreview(InboxItem row) {
        preview.removeAll();
        SourceItem item = ingest.find(row.id()).orElse(null);
        if (item == null) {
            preview.add(new Div("This item no longer exists."));
            return;
        }
        H3 title = new H3(item.title());
        title.setId("preview-title");
        preview.add(title);
        if (item.url() != null) {
            Anchor link = new Anchor(item.url(), item.displaySource() + " ↗");
            link.setId("preview-link");
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            preview.add(link);
        } else {
            preview.add(new Div(item.displaySource()));
        }
        StringBuilder meta = new StringBuilder();
        if (item.author() != null) {
            meta.append(item.author()).append(" · ");
        }
        meta.append(time.format(item.publishedAt() != null ? item.publishedAt() : item.importedAt()));
        meta.append(" · ").append(item.language() == null ? "language unknown" : Languages.label(item.language()));
        preview.add(new Span(meta.toString()));
        if (row.clusterSize() > 1) {
            List<InboxItem> members = ingest.cluster(row.clusterId());
            H4 heading = new H4("The same news from " + members.size() + " sources");
            VerticalLayout list = new VerticalLayout();
            list.setId("preview-cluster");
            list.setPadding(false);
            list.setSpacing(false);
            for (InboxItem m : members.subList(0, Math.min(members.size(), 12))) {
                Button open = new Button(m.source() + ": " + m.title(), e -> showPreview(m));
                open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                open.addClassName("nd-cluster-member");
                open.setEnabled(!m.id().equals(row.id()));
                list.add(open);
            }
            if (members.size() > 12) {
                list.add(new Span("… and " + (members.size() - 12) + " more: show them in the grid."));
            }
            Button createFromCluster = new Button("Create story from this cluster", e -> createStory(members.stream().map(InboxItem::id).toList()));
            createFromCluster.setId("create-story-cluster");
            createFromCluster.setVisible(starter.mayStart());
            Button showAll = new Button("Show them in the grid", e -> showCluster(row.clusterId()));
            showAll.setId("show-cluster");
            preview.add(heading, list, new HorizontalLayout(createFromCluster, showAll));
        }
        Div text = new Div(item.cleanText());
        text.setId("preview-text");
        text.addClassName("nd-source");
        preview.add(text);
    }

    void createStory(List<SourceItemId> ids) {
        if (ids.isEmpty()) {
            Notification.show("Select one or more items first.");
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(starter.startStory(ids)));
    }

    void ignoreSelected() {
        List<SourceItemId> ids = selectedIds();
        if (ids.isEmpty()) {
            Notification.show("Select one or more items first.");
            return;
        }
        int n = ingest.ignore(ids);
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        Notification.show("Ignored " + org.newsdesk.platform.PlainText.count(n, "item", "items") + (n == ids.size() ? "." : "; the others were already used or ignored."));
    }

    void openImportUrl() {
        Dialog d = new Dialog("Import an article from its URL");
        d.setWidth("40rem");
        TextField url = new TextField("Article URL");
        url.setId("import-url-field");
        url.setPlaceholder("https://…");
        url.setWidthFull();
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        progress.setVisible(false);
        Button save = new Button("Import");
        save.setId("import-url-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            String value = url.getValue();
            save.setEnabled(false);
            progress.setVisible(true);
            pending = Background.run(() -> ingest.importUrl(value), result -> {
                d.close();
                added(result, "This article was imported before: showing the item already in the inbox.");
            }, () -> {
                save.setEnabled(true);
                progress.setVisible(false);
            });
        });
        d.add(new VerticalLayout(url, new Span("The page is fetched, its article text extracted; menus, ads, share bars and comments are left out."),
                progress));
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private void added(ImportResult result, String duplicateMessage) {
        Notification.show(result.duplicate() ? duplicateMessage : "Added to the inbox: " + result.item().title());
        grid.getDataProvider().refreshAll();
        ingest.inboxItem(result.item().id()).ifPresent(row -> {
            grid.select(row);
            showPreview(row);
        });
    }

    void openPaste() {
        Dialog d = new Dialog("Paste a source");
        d.setWidth("48rem");
        TextField title = new TextField("Title");
        title.setId("paste-title");
        title.setWidthFull();
        TextArea text = new TextArea("Text");
        text.setId("paste-text");
        text.setWidthFull();
        text.setMinHeight("14rem");
        TextField source = new TextField("Source name (optional)");
        source.setId("paste-source-name");
        TextField url = new TextField("URL (optional)");
        url.setId("paste-url");
        url.setWidthFull();
        Select<String> lang = new Select<>();
        lang.setId("paste-language");
        lang.setLabel("Language");
        lang.setItems("", "en", "fr", "zh");
        lang.setItemLabelGenerator(l -> l.isEmpty() ? "Detect" : Languages.label(l));
        lang.setValue("");
        Button save = new Button("Add to inbox", e -> {
            ImportResult result = ingest.paste(new PastedSource(title.getValue(), text.getValue(), source.getValue(), url.getValue(),
                    lang.getValue() == null || lang.getValue().isEmpty() ? null : lang.getValue()));
            d.close();
            added(result, "This text was imported before: showing the item already in the inbox.");
        });
        save.setId("paste-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(new VerticalLayout(title, text, new HorizontalLayout(source, lang), url));
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }
}
