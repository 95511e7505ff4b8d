package org.newsdesk.editor.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.drafting.DraftScope;
import org.newsdesk.story.ContentField;

/**
 * Redrafting one section, or one field of it, in every desk language, with an optional instruction.
 * A refusal (an instruction too long, drafting not allowed now) is said under the instruction and the
 * dialog stays open with what was written.
 */
class RedraftDialog extends Dialog {

    /** @param start starts the redraft of the scope chosen; throws IllegalArgumentException or IllegalStateException to refuse */
    RedraftDialog(ContentField.Section section, Consumer<DraftScope> start) {
        String whole = "the whole " + section.label().toLowerCase(Locale.ROOT) + " section";
        setHeaderTitle("Redraft with AI: " + section.label().toLowerCase(Locale.ROOT));
        setId("redraft-dialog");
        Select<ContentField> what = new Select<>();
        what.setLabel("Redraft");
        what.setId("redraft-what");
        what.setEmptySelectionAllowed(true);
        what.setEmptySelectionCaption(whole);
        what.setItems(Arrays.stream(ContentField.values()).filter(f -> f.section() == section).toList());
        what.setItemLabelGenerator(f -> f == null ? whole : "only " + f.label());
        TextArea instruction = new TextArea("Instruction (optional)");
        instruction.setPlaceholder("shorter; focus on the funding; more neutral…");
        instruction.setWidth("28rem");
        instruction.setId("redraft-instruction");
        Checkbox overwrite = new Checkbox("Also replace what a person edited");
        overwrite.setId("redraft-overwrite");
        Checkbox fresh = new Checkbox("Ask the model again even if it answered the same request before");
        fresh.setValue(true);
        Button go = new Button("Redraft", e -> {
            ContentField field = what.getValue();
            try {
                start.accept(field == null
                        ? DraftScope.section(section, instruction.getValue(), overwrite.getValue(), fresh.getValue())
                        : DraftScope.field(field, instruction.getValue(), overwrite.getValue(), fresh.getValue()));
                close();
            } catch (IllegalArgumentException | IllegalStateException refused) {
                instruction.setInvalid(true);
                instruction.setErrorMessage(refused.getMessage());
            }
        });
        go.setId("redraft-go");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout body = new VerticalLayout(what, instruction, overwrite, fresh);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button("Cancel", e -> close()), go);
    }
}
