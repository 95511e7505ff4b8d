package org.newsdesk.ingest.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.identity.Role;
import org.newsdesk.ingest.ImportResult;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.StoryStarter;

/** The inbox of imported source items: paste a story, preview it, start a story from it. */
@Route("inbox")
@PageTitle("Inbox · Newsdesk")
@Menu(title = "Inbox", order = 10)
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class InboxView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final IngestService ingest;
    private final StoryStarter starter;
    final Grid<SourceItem> grid = new Grid<>();
    private final VerticalLayout preview = new VerticalLayout();

    InboxView(IngestService ingest, StoryStarter starter) {
        this.ingest = ingest;
        this.starter = starter;

        Button paste = new Button("Paste a source", e -> openPaste());
        paste.setId("paste-source");
        paste.addThemeVariants(ButtonVariant.PRIMARY);
        Button create = new Button("Create story from selected", e -> createStory());
        create.setId("create-story");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(SourceItem::displaySource).setHeader("Source").setAutoWidth(true);
        grid.addColumn(SourceItem::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(i -> i.language() == null ? "" : i.language()).setHeader("Language").setAutoWidth(true);
        grid.addColumn(i -> TIME.format(i.publishedAt() != null ? i.publishedAt() : i.importedAt())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(i -> i.status().toLowerCase()).setHeader("Status").setAutoWidth(true);
        grid.setItems(q -> ingest.page(q.getOffset(), q.getLimit()).stream(), q -> ingest.count());
        grid.addItemClickListener(e -> showPreview(e.getItem()));
        grid.setSizeFull();

        preview.add(new Div("Select an item to read it here."));
        SplitLayout split = new SplitLayout(grid, preview);
        split.setSplitterPosition(60);
        split.setSizeFull();

        boolean editor = org.newsdesk.identity.CurrentUser.find().map(a -> a.has(Role.EDITOR)).orElse(false);
        paste.setVisible(editor);
        create.setVisible(editor);
        add(new HorizontalLayout(new H2("Inbox"), paste, create), split);
        setSizeFull();
    }

    private void showPreview(SourceItem item) {
        preview.removeAll();
        preview.add(new H3(item.title()));
        if (item.url() != null) {
            Anchor link = new Anchor(item.url(), item.displaySource());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            preview.add(link);
        } else {
            preview.add(new Div(item.displaySource()));
        }
        Div text = new Div(item.cleanText());
        text.addClassName("nd-source");
        preview.add(text);
    }

    private void createStory() {
        List<org.newsdesk.ingest.SourceItemId> ids = grid.getSelectedItems().stream().map(SourceItem::id).toList();
        if (ids.isEmpty()) {
            Notification.show("Select one or more items first.");
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(starter.startStory(ids)));
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
        Select<String> language = new Select<>();
        language.setLabel("Language");
        language.setItems("en", "fr", "zh");
        language.setItemLabelGenerator(l -> switch (l) {
            case "fr" -> "French";
            case "zh" -> "Chinese";
            default -> "English";
        });
        language.setValue("en");
        Button save = new Button("Add to inbox", e -> {
            ImportResult result = ingest.paste(new PastedSource(title.getValue(), text.getValue(), source.getValue(), url.getValue(), language.getValue()));
            Notification.show(result.duplicate() ? "This text was imported before: showing the item already in the inbox." : "Added to the inbox.");
            d.close();
            grid.getDataProvider().refreshAll();
            grid.select(result.item());
            showPreview(result.item());
        });
        save.setId("paste-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(new VerticalLayout(title, text, new HorizontalLayout(source, language), url));
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }
}
