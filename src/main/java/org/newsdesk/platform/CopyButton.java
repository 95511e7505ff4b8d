package org.newsdesk.platform;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A small "Copy" button placed inside a read-only field (a shared link, a signing secret): it puts the
 * field's value on the clipboard where the browser allows it (https or localhost) and otherwise selects
 * it for Ctrl+C, and says which of the two happened.
 */
public final class CopyButton {

    private CopyButton() {}

    /** Adds the button as {@code field}'s suffix; its label comes back when the value changes. */
    public static Button into(TextField field, String label, String id) {
        Button copy = new Button(label, e -> field.getElement().executeJs("""
                this.inputElement.select();
                if (navigator.clipboard && window.isSecureContext) {
                  return navigator.clipboard.writeText(this.value).then(() => true, () => false);
                }
                return false;""").then(Boolean.class, copied -> e.getSource().setText(copied ? "Copied" : "Selected: press Ctrl+C")));
        copy.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        copy.setId(id);
        field.setSuffixComponent(copy);
        field.addValueChangeListener(e -> copy.setText(label));
        return copy;
    }
}
