package org.newsdesk.drafting.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.drafting.PromptTemplate;
import org.newsdesk.drafting.Usage;
import org.newsdesk.identity.Role;

/** Admins read and change the prompt templates; every version is kept and stored with what it produced. */
@Route("prompts")
@PageTitle("Prompts · Newsdesk")
@Menu(title = "Prompts and AI cost", order = 80)
@RolesAllowed(Role.Names.ADMIN)
class PromptTemplatesView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    private final DraftingService drafting;
    final Select<String> template = new Select<>();
    final TextArea body = new TextArea("Template");
    final TextField note = new TextField("What changed (optional)");
    final Span version = new Span();
    final Grid<PromptTemplate> history = new Grid<>();

    PromptTemplatesView(DraftingService drafting) {
        this.drafting = drafting;
        Usage today = drafting.usageToday();
        Paragraph cost = new Paragraph("AI drafting today: " + today.calls() + " paid calls, " + today.reused() + " answers reused, "
                + today.tokens() + " tokens, about US$" + today.costUsd().setScale(4, java.math.RoundingMode.HALF_UP)
                + (drafting.providerPaused() ? ". The provider is paused after repeated failures." : "."));
        cost.setId("cost-today");
        Button resume = new Button("Resume calls to the provider", e -> {
            drafting.resumeProvider();
            Notification.show("Drafting calls the provider again.");
        });
        resume.setVisible(drafting.providerPaused());

        template.setLabel("Template");
        template.setItems(drafting.templateNames());
        template.addValueChangeListener(e -> show(e.getValue()));
        body.setWidthFull();
        body.setMinHeight("18rem");
        body.setId("template-body");
        version.setId("template-version");
        Button save = new Button("Save as a new version", e -> {
            PromptTemplate t = drafting.overrideTemplate(template.getValue(), body.getValue(), note.getValue());
            Notification.show("Saved: new drafts use " + t.version() + ".");
            note.clear();
            show(template.getValue());
        });
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button revert = new Button("Revert to the shipped template", e -> {
            drafting.revertTemplate(template.getValue());
            show(template.getValue());
        });
        history.addColumn(PromptTemplate::version).setHeader("Version").setAutoWidth(true);
        history.addColumn(PromptTemplate::changedBy).setHeader("By").setAutoWidth(true);
        history.addColumn(t -> t.changedAt() == null ? "" : TIME.format(t.changedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(t -> t.note() == null ? "" : t.note()).setHeader("Note");
        history.addItemClickListener(e -> body.setValue(e.getItem().body()));
        history.setHeight("14rem");

        add(new H2("Prompt templates"), cost, resume,
                new Paragraph("The style guide comes first in every prompt, then the section's template, then the sources. "
                        + "Changes apply to the next drafts; the version is stored with every field it produces."),
                template, version, body, new HorizontalLayout(note, save, revert), history);
        template.setValue(drafting.templateNames().getFirst());
    }

    private void show(String name) {
        List<PromptTemplate> versions = drafting.templateHistory(name);
        PromptTemplate current = drafting.template(name);
        body.setValue(current.body());
        version.setText("In force: " + current.version());
        history.setItems(versions);
    }
}
