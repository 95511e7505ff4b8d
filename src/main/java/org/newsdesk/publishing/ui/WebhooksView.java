package org.newsdesk.publishing.ui;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.platform.CopyButton;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.identity.Role;
import org.newsdesk.publishing.WebhookDelivery;
import org.newsdesk.publishing.WebhookEndpoint;
import org.newsdesk.publishing.WebhookEvent;
import org.newsdesk.publishing.WebhookService;

/**
 * Webhook endpoints for admins: register one (its secret is shown once), switch it off or remove it,
 * and read its delivery log (status, the receiver's answer, the next try) with "Send again".
 */
@Route("webhooks")
@PageTitle("Webhooks · Newsdesk")
@Menu(title = "Webhooks", order = 80)
@RolesAllowed(Role.Names.ADMIN)
class WebhooksView extends VerticalLayout {

    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm:ss");

    private final WebhookService webhooks;
    final Grid<WebhookEndpoint> endpoints = new Grid<>();
    final Grid<WebhookDelivery> deliveries = new Grid<>();
    final TextField url = new TextField("Receiver URL");
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>("Events");
    final TextField description = new TextField("Description");
    final Button add = new Button("Register endpoint");
    final Span message = new Span();
    final H3 logTitle = new H3("Delivery log");
    private WebhookEndpoint selected;

    WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        url.setPlaceholder("https://partner.example/hooks/newsdesk");
        url.setWidth("30em");
        url.setId("webhook-url");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(WebhookEvent::type);
        events.setValue(EnumSet.allOf(WebhookEvent.class));
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> register());
        message.setId("webhook-message");

        endpoints.addColumn(WebhookEndpoint::url).setHeader("URL").setFlexGrow(3);
        endpoints.addColumn(w -> w.events().stream().map(WebhookEvent::type).collect(Collectors.joining(", "))).setHeader("Events").setFlexGrow(2);
        endpoints.addColumn(w -> w.description() == null ? "" : w.description()).setHeader("Description");
        endpoints.addComponentColumn(w -> {
            Button toggle = new Button(w.enabled() ? "Switch off" : "Switch on", e -> {
                webhooks.setEnabled(w.id(), !w.enabled());
                refresh();
            });
            toggle.addThemeVariants(ButtonVariant.SMALL);
            Button remove = new Button("Remove", e -> {
                webhooks.remove(w.id());
                selected = null;
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            return new HorizontalLayout(toggle, remove);
        }).setHeader("").setAutoWidth(true);
        endpoints.setAllRowsVisible(true);
        endpoints.setId("webhook-endpoints");
        endpoints.setEmptyStateText("No endpoints yet: a partner's address, the events it wants and \"Register endpoint\" start deliveries.");
        endpoints.asSingleSelect().addValueChangeListener(e -> {
            selected = e.getValue();
            showLog();
        });

        deliveries.addColumn(d -> time.format(d.createdAt())).setHeader("Event at").setAutoWidth(true);
        deliveries.addColumn(WebhookDelivery::eventType).setHeader("Event").setAutoWidth(true);
        deliveries.addColumn(d -> d.status().name().charAt(0) + d.status().name().substring(1).toLowerCase(Locale.ROOT)).setHeader("Status")
                .setAutoWidth(true);
        deliveries.addColumn(d -> d.lastStatusCode() == null ? "" : String.valueOf(d.lastStatusCode())).setHeader("Response").setAutoWidth(true);
        deliveries.addColumn(WebhookDelivery::attempts).setHeader("Attempts").setAutoWidth(true);
        deliveries.addColumn(d -> d.nextAttemptAt() == null ? "" : time.format(d.nextAttemptAt())).setHeader("Next try").setAutoWidth(true);
        deliveries.addColumn(d -> d.lastError() == null ? "" : d.lastError()).setHeader("Last error").setFlexGrow(3);
        deliveries.addComponentColumn(d -> {
            Button again = new Button("Send again", e -> {
                webhooks.sendAgain(d.id());
                showLog();
            });
            again.addThemeVariants(ButtonVariant.SMALL);
            again.setEnabled(d.status() != WebhookDelivery.Status.PENDING);
            return again;
        }).setHeader("").setAutoWidth(true);
        deliveries.setId("webhook-deliveries");
        deliveries.setAllRowsVisible(true);

        HorizontalLayout form = new HorizontalLayout(url, description, add);
        form.setAlignItems(Alignment.END);
        add(new H2("Webhooks"), new Paragraph("Partners are told within seconds when an article is published, updated, withdrawn or scheduled. "
                + "Each delivery is signed (Standard Webhooks); the README says how to check a signature."), form, events, message, endpoints,
                logTitle, deliveries);
        refresh();
    }

    private void register() {
        try {
            WebhookEndpoint made = webhooks.register(url.getValue(), events.getValue(), description.getValue(), null);
            url.clear();
            description.clear();
            message.setText("");
            Dialog d = new Dialog("Endpoint registered");
            TextField secret = new TextField("Signing secret (shown once: give it to the receiver now)");
            secret.setValue(made.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            secret.setId("webhook-secret");
            CopyButton.into(secret, "Copy", "copy-webhook-secret");
            d.add(secret);
            d.setWidth("min(40em, 95vw)");
            d.getFooter().add(new Button("Done", e -> d.close()));
            d.open();
            refresh();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
        }
    }

    private void refresh() {
        endpoints.setItems(webhooks.endpoints());
        showLog();
    }

    private void showLog() {
        logTitle.setText(selected == null ? "Delivery log (pick an endpoint)" : "Delivery log: " + selected.url());
        deliveries.setItems(selected == null ? java.util.List.of() : webhooks.deliveries(selected.id(), 100));
        deliveries.setEmptyStateText(selected == null ? "Pick an endpoint above to see what was sent to it."
                : "Nothing sent to this endpoint yet: it receives the next event it subscribed to.");
    }
}
