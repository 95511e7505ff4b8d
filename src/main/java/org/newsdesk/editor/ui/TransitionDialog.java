package org.newsdesk.editor.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.workflow.Transition;

/**
 * A step that needs a note (Request changes, Kill…), or one that cannot be taken back unnoticed
 * (Publish now, Unpublish): asked for before it is taken, saying what it will do.
 */
class TransitionDialog extends Dialog {

    /** @param take takes the step with the note written (blank when the step needs none) */
    TransitionDialog(Transition t, Consumer<String> take) {
        setHeaderTitle(t.label());
        setId("confirm-dialog");
        TextArea note = new TextArea(t.needsNote() ? "Note (required)" : "Note (optional)");
        note.setId("transition-note");
        note.setWidth("28rem");
        if (t == Transition.PUBLISH) {
            add(new Paragraph("The approved revision goes live on the public site now, for everyone."));
        } else if (t == Transition.UNPUBLISH) {
            add(new Paragraph("The article leaves the public site; its address answers that it was withdrawn."));
        }
        Button confirm = new Button(t.label(), e -> {
            if (t.needsNote() && note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage("Say why: \"" + t.label() + "\" needs a note.");
                return;
            }
            close();
            take.accept(note.getValue());
        });
        confirm.setId("confirm-transition");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (t == Transition.KILL || t == Transition.UNPUBLISH) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        add(note);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
