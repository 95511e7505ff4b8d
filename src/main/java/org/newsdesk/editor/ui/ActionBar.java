package org.newsdesk.editor.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.newsdesk.editor.Capabilities;
import org.newsdesk.workflow.Transition;

/**
 * The workflow steps of the sticky bar: the ones the person may take now as buttons, and the ones
 * theirs to take but held up, disabled, each with the reason in words beneath. It renders a
 * {@link Capabilities} answer and decides nothing.
 */
class ActionBar extends Div {

    final Div buttons = new Div();
    final Div reasons = new Div();
    /** Why the step just tried was refused, beside the buttons (not a passing toast); cleared by the next render. */
    final Span refused = new Span();
    private final Consumer<Transition> onTake;
    private final java.util.Map<Transition, Button> shown = new java.util.EnumMap<>(Transition.class);

    ActionBar(Consumer<Transition> onTake) {
        this.onTake = onTake;
        addClassName("nd-actions");
        buttons.setId("workflow-actions");
        buttons.addClassName("nd-action-buttons");
        reasons.setId("held-reasons");
        reasons.addClassName("nd-held");
        refused.setId("action-refused");
        refused.addClassName("nd-refused");
        refused.getElement().setAttribute("role", "alert");
        refused.setVisible(false);
        add(buttons, refused, reasons);
    }

    void showRefusal(String message) {
        refused.setText(message);
        refused.setVisible(true);
    }

    /**
     * Shows the steps of {@code caps}. A step's button, once made, is kept and only shown, hidden,
     * enabled or disabled: a render that arrives while the person clicks (a draft ending, a
     * translation update finishing) must not replace the button under the click, which would lose it.
     */
    void show(Capabilities caps) {
        refused.setVisible(false);
        reasons.removeAll();
        for (Transition t : Transition.values()) {
            boolean allowed = caps.can(t);
            String held = caps.held().get(t);
            Button b = shown.get(t);
            if (!allowed && held == null) {
                if (b != null) {
                    b.setVisible(false);
                }
                continue;
            }
            if (b == null) {
                b = button(t);
            }
            b.setVisible(true);
            b.setEnabled(allowed);
            if (held != null) {
                b.getElement().setAttribute("title", held);
                Span why = new Span(t.label() + ": " + held);
                why.setId("why-" + t.name());
                why.addClassName("nd-why");
                reasons.add(why);
            } else {
                b.getElement().removeAttribute("title");
            }
        }
    }

    /** The step's button, made the first time it is shown, in the order of the steps. */
    private Button button(Transition t) {
        Button b = new Button(t.label(), e -> onTake.accept(t));
        b.setId("action-" + t.name());
        if (t == Transition.APPROVE || t == Transition.PUBLISH || t == Transition.SUBMIT || t == Transition.SCHEDULE) {
            b.addThemeVariants(ButtonVariant.PRIMARY);
        }
        if (t == Transition.KILL || t == Transition.UNPUBLISH) {
            b.addThemeVariants(ButtonVariant.ERROR);
        }
        int before = (int) shown.keySet().stream().filter(o -> o.ordinal() < t.ordinal()).count();
        buttons.addComponentAtIndex(before, b);
        shown.put(t, b);
        return b;
    }
}
