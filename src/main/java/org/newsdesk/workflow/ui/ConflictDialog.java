package org.newsdesk.workflow.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;

/**
 * Someone saved the story while you were editing it. Fields only one of you changed are merged
 * by themselves; for each field you both changed, this shows their text beside yours and lets
 * you keep either or write a merge. Nothing is saved until you confirm.
 */
class ConflictDialog extends Dialog {

    /** The three versions of one field: as you loaded it, as you have it, as they saved it. */
    record FieldVersions(ContentField field, String language, String base, String mine, String theirs) {}

    /** Merges {@code mine} and {@code theirs} against {@code base}; returns the merge and the fields both changed differently. */
    static Map.Entry<StoryContent, List<FieldVersions>> merge(StoryContent base, StoryContent mine, StoryContent theirs, List<String> languages) {
        StoryContent merged = theirs;
        List<FieldVersions> conflicts = new ArrayList<>();
        for (String lang : languages) {
            LocalizedContent m = merged.in(lang);
            for (ContentField f : ContentField.values()) {
                String b = base.in(lang).text(f);
                String my = mine.in(lang).text(f);
                String th = theirs.in(lang).text(f);
                if (my.equals(b) || my.equals(th)) {
                    continue; // only they changed it, or both made the same change
                }
                if (th.equals(b)) {
                    m = m.with(f, my); // only I changed it
                } else {
                    conflicts.add(new FieldVersions(f, lang, b, my, th));
                }
            }
            merged = merged.with(lang, m);
        }
        return Map.entry(merged, conflicts);
    }

    ConflictDialog(String otherPerson, StoryContent merged, List<FieldVersions> conflicts, Consumer<StoryContent> save) {
        setHeaderTitle("Someone else saved this story while you were editing");
        setWidth("min(64rem, 95vw)");
        setId("conflict-dialog");
        add(new Paragraph(otherPerson + " saved a newer version. Fields only one of you changed are merged already. "
                + "For each field you both changed, keep theirs, keep yours, or write a merge; nothing is saved until you click Save merge."));
        Map<FieldVersions, TextArea> choices = new LinkedHashMap<>();
        for (FieldVersions c : conflicts) {
            Div theirs = new Div(c.theirs());
            theirs.addClassName("nd-source");
            Div mine = new Div(c.mine());
            mine.addClassName("nd-source");
            VerticalLayout left = new VerticalLayout(new H4("Theirs"), theirs);
            VerticalLayout right = new VerticalLayout(new H4("Yours"), mine);
            left.setPadding(false);
            right.setPadding(false);
            HorizontalLayout side = new HorizontalLayout(left, right);
            side.setWidthFull();
            TextArea result = new TextArea("Result");
            result.setWidthFull();
            result.setValue(c.mine());
            result.setId("merge-" + c.field().key() + "-" + c.language());
            RadioButtonGroup<String> keep = new RadioButtonGroup<>();
            keep.setItems("Keep yours", "Keep theirs", "Write a merge");
            keep.setValue("Keep yours");
            keep.setId("keep-" + c.field().key() + "-" + c.language());
            keep.addValueChangeListener(e -> {
                switch (e.getValue()) {
                    case "Keep theirs" -> result.setValue(c.theirs());
                    case "Keep yours" -> result.setValue(c.mine());
                    default -> result.focus();
                }
            });
            choices.put(c, result);
            add(new H4(c.field().label() + " (" + c.language() + ")"), side, keep, result);
        }
        Button saveMerge = new Button("Save merge", e -> {
            StoryContent result = merged;
            Map<String, Map<ContentField, String>> byLang = new LinkedHashMap<>();
            choices.forEach((c, area) -> byLang.computeIfAbsent(c.language(), l -> new EnumMap<>(ContentField.class)).put(c.field(), area.getValue()));
            for (var e2 : byLang.entrySet()) {
                LocalizedContent lc = result.in(e2.getKey());
                for (var f : e2.getValue().entrySet()) {
                    lc = lc.with(f.getKey(), f.getValue());
                }
                result = result.with(e2.getKey(), lc);
            }
            close();
            save.accept(result);
        });
        saveMerge.setId("save-merge");
        saveMerge.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel (keep editing)", e -> close()), saveMerge);
    }
}
