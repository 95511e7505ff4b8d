package org.newsdesk.editor.ui;

import java.util.LinkedHashMap;
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
import org.newsdesk.editor.ContentMerge;
import org.newsdesk.story.StoryContent;

/**
 * Someone saved the story while you were editing it. Fields only one of you changed are merged
 * by themselves; for each field you both changed, this shows their text beside yours and lets
 * you keep either or write a merge. Nothing is saved until you confirm.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(String otherPerson, ContentMerge merge, Consumer<StoryContent> save) {
        setHeaderTitle("Someone else saved this story while you were editing");
        setWidth("min(64rem, 95vw)");
        setId("conflict-dialog");
        add(new Paragraph(otherPerson + " saved a newer version. Fields only one of you changed are merged already. "
                + "For each field you both changed, keep theirs, keep yours, or write a merge; nothing is saved until you click Save merge."));
        Map<ContentMerge.Conflict, TextArea> choices = new LinkedHashMap<>();
        for (ContentMerge.Conflict c : merge.conflicts()) {
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
            add(new H4(c.where()), side, keep, result);
        }
        Button saveMerge = new Button("Save merge", e -> {
            Map<ContentMerge.Conflict, String> decided = new LinkedHashMap<>();
            choices.forEach((c, area) -> decided.put(c, area.getValue()));
            StoryContent result = merge.resolve(decided);
            close();
            save.accept(result);
        });
        saveMerge.setId("save-merge");
        saveMerge.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel (keep editing)", e -> close()), saveMerge);
    }
}
