package org.newsdesk.editor.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import org.newsdesk.editor.Capabilities;
import org.newsdesk.editor.Capability;
import org.newsdesk.story.ContentDiff;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;

/** Every revision of a story; any two compared field by field, word by word, inline or side by side; an old one restored as the newest. */
class HistoryPanel extends VerticalLayout {

    /** The reader\'s zone, which times are shown in. */
    private final java.util.function.Supplier<ZoneId> zone;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final StoryService stories;
    private final List<String> languages;
    private final Consumer<Story> onRestore;
    /** What the person has on screen: saved as their revision before a restore, so that restoring never loses typing. */
    private final java.util.function.Supplier<org.newsdesk.story.StoryContent> onScreen;
    final ComboBox<Revision> from = new ComboBox<>("Compare");
    final ComboBox<Revision> to = new ComboBox<>("with");
    final RadioButtonGroup<String> layout = new RadioButtonGroup<>();
    final VerticalLayout diff = new VerticalLayout();
    final Button restore = new Button("Restore the older one as the newest revision");
    private StoryId id;
    private Story story;

    HistoryPanel(StoryService stories, List<String> languages, Consumer<Story> onRestore, java.util.function.Supplier<org.newsdesk.story.StoryContent> onScreen,
            java.util.function.Supplier<ZoneId> zone) {
        this.zone = zone;
        this.onScreen = onScreen;
        this.stories = stories;
        this.languages = languages;
        this.onRestore = onRestore;
        setPadding(false);
        setId("history");
        from.setId("diff-from");
        to.setId("diff-to");
        for (ComboBox<Revision> s : List.of(from, to)) {
            s.setItemLabelGenerator(r -> "Revision " + r.number() + " · " + r.reason() + " · " + TIME.withZone(zone.get()).format(r.createdAt()));
            s.setWidth("24rem");
            s.addValueChangeListener(e -> showDiff());
        }
        layout.setItems("Inline", "Side by side");
        layout.setValue("Inline");
        layout.addValueChangeListener(e -> showDiff());
        diff.setPadding(false);
        diff.setId("diff");
        restore.setId("restore-revision");
        restore.addClickListener(e -> {
            Revision old = from.getValue();
            Story restored = stories.restoreKeeping(id, old.id(), story.version(), onScreen.get());
            Notification.show("Revision " + old.number() + " is back, as revision " + restored.current().number() + ".");
            onRestore.accept(restored);
        });
        restoreWhy.setId("why-RESTORE");
        restoreWhy.addClassName("nd-why");
        add(new HorizontalLayout(from, to, layout), restore, restoreWhy, diff);
    }

    final Span restoreWhy = new Span();

    private boolean mayRestore;

    void show(StoryId id, Story story, Capabilities caps) {
        this.mayRestore = caps.can(Capability.RESTORE);
        this.id = id;
        this.story = story;
        List<Revision> revisions = stories.revisions(id);
        from.setItems(revisions);
        to.setItems(revisions);
        to.setValue(revisions.getFirst());
        from.setValue(revisions.size() > 1 ? revisions.get(1) : revisions.getFirst());
        restore.setVisible(caps.shows(Capability.RESTORE));
        restoreWhy.setText(caps.whyNot(Capability.RESTORE).filter(r -> caps.shows(Capability.RESTORE)).orElse(""));
    }

    private void showDiff() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        restore.setEnabled(mayRestore && !from.getValue().id().equals(story.current().id()));
        var changes = ContentDiff.compare(from.getValue().content(), to.getValue().content(), languages);
        if (changes.isEmpty()) {
            diff.add(new Span("No differences."));
            return;
        }
        for (ContentDiff.FieldDiff d : changes) {
            diff.add(new H4(d.field().label() + " (" + org.newsdesk.platform.Languages.name(d.language()) + ")"));
            if (layout.getValue().equals("Inline")) {
                diff.add(render(d.segments(), null));
            } else {
                HorizontalLayout side = new HorizontalLayout(render(d.segments(), ContentDiff.Kind.ADDED), render(d.segments(), ContentDiff.Kind.REMOVED));
                side.setWidthFull();
                diff.add(side);
            }
        }
    }

    /** The segments as text with additions and removals marked; {@code hide} leaves one kind out (for one side). */
    static Div render(List<ContentDiff.Segment> segments, ContentDiff.Kind hide) {
        Div out = new Div();
        out.addClassName("nd-diff");
        out.getStyle().set("flex", "1").set("white-space", "pre-wrap");
        for (ContentDiff.Segment seg : segments) {
            if (seg.kind() == hide) {
                continue;
            }
            Span span = new Span(seg.text());
            span.addClassName("nd-diff-" + seg.kind().name().toLowerCase());
            out.add(span);
        }
        return out;
    }
}
