package org.newsdesk.editor.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StoryId;
import org.newsdesk.review.ReviewNote;
import org.newsdesk.review.ReviewService;

/** Review notes on the story or one field: threaded, resolvable; "@username" notifies that person. */
class NotesPanel extends VerticalLayout {

    /** The reader\'s zone, which times are shown in. */
    private final java.util.function.Supplier<ZoneId> zone;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ReviewService reviews;
    private final VerticalLayout list = new VerticalLayout();
    final TextArea body = new TextArea();
    final ComboBox<String> where = new ComboBox<>("On");
    private StoryId id;
    private List<String> languages = List.of();

    NotesPanel(ReviewService reviews, java.util.function.Supplier<ZoneId> zone) {
        this.zone = zone;
        this.reviews = reviews;
        setPadding(false);
        setId("notes");
        list.setPadding(false);
        body.setPlaceholder("Add a note; @username notifies a colleague");
        body.setWidthFull();
        body.setId("note-body");
        where.setWidth("16rem");
        where.setId("note-where");
        Button add = new Button("Add note", e -> {
            String[] target = where.getValue() == null || where.getValue().equals("story") ? null : where.getValue().split("/");
            List<String> notified = reviews.add(id, null, target == null ? null : ContentField.valueOf(target[0]), target == null ? null : target[1],
                    body.getValue());
            body.clear();
            Notification.show(notified.isEmpty() ? "Note added." : "Note added; notified " + String.join(", ", notified) + ".");
            refresh();
        });
        add.setId("add-note");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        where.setWidthFull();
        add(list, where, body, add);
    }

    void show(StoryId id, List<String> languages) {
        this.id = id;
        this.languages = languages;
        List<String> targets = new ArrayList<>(List.of("story"));
        for (String lang : languages) {
            for (ContentField f : ContentField.values()) {
                targets.add(f.name() + "/" + lang);
            }
        }
        where.setItems(targets);
        where.setItemLabelGenerator(t -> t.equals("story") ? "The whole story" : ContentField.valueOf(t.split("/")[0]).label() + " (" + org.newsdesk.platform.Languages.name(t.split("/")[1]) + ")");
        where.setValue("story");
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ReviewNote> notes = reviews.notes(id);
        if (notes.isEmpty()) {
            list.add(new Span("No notes yet: write one below; @username tells a colleague."));
        }
        for (ReviewNote n : notes) {
            Div row = new Div();
            row.addClassName("nd-note");
            if (n.parentId() != null) {
                row.getStyle().set("margin-left", "2rem");
            }
            row.add(new Span(n.author() + " on " + n.where() + " · " + TIME.withZone(zone.get()).format(n.createdAt()) + ": "), new Span(n.body()));
            if (n.resolved()) {
                row.add(new Span(" · resolved by " + n.resolvedBy()));
                row.getStyle().set("opacity", "0.6");
            } else {
                Button resolve = new Button("Resolve", e -> {
                    reviews.resolve(n.id());
                    refresh();
                });
                resolve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                resolve.setId("resolve-note-" + n.id());
                Button reply = new Button("Reply", e -> openReply(n));
                reply.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                row.add(reply, resolve);
            }
            list.add(row);
        }
    }

    private void openReply(ReviewNote parent) {
        TextArea text = new TextArea("Reply to " + parent.author());
        text.setWidth("28rem");
        Button send = new Button("Reply", e -> {
            reviews.add(id, parent.parentId() != null ? parent.parentId() : parent.id(), parent.field(), parent.language(), text.getValue());
            refresh();
        });
        list.add(new HorizontalLayout(text, send));
    }
}
