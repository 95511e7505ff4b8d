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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.drafting.LlmStatus;
import org.newsdesk.drafting.ProviderState;
import org.newsdesk.drafting.PromptTemplate;
import org.newsdesk.drafting.Usage;
import org.newsdesk.identity.Role;

/** Admins read and change the prompt templates; every version is kept and stored with what it produced. */
@Route("prompts")
@PageTitle("Prompts · Newsdesk")
@Menu(title = "Prompts and AI cost", order = 80)
@RolesAllowed(Role.Names.ADMIN)
class PromptTemplatesView extends VerticalLayout {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());
    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm");

    private final DraftingService drafting;
    final Select<String> template = new Select<>();
    final TextArea body = new TextArea("Text of this prompt");
    final TextField note = new TextField("What changed (optional)");
    final Span version = new Span();
    final Grid<PromptTemplate> history = new Grid<>();

    final Div provider = new Div();

    PromptTemplatesView(DraftingService drafting) {
        this.drafting = drafting;
        provider.setId("provider-state");
        showProvider();
        Usage today = drafting.usageToday();
        Paragraph cost = new Paragraph("AI drafting today: " + today.calls() + " paid calls, " + today.reused() + " answers reused, "
                + today.tokens() + " tokens, about US$" + today.costUsd().setScale(4, java.math.RoundingMode.HALF_UP) + ".");
        cost.setId("cost-today");

        template.setLabel("Prompt");
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
        history.addColumn(t -> t.changedAt() == null ? "" : time.format(t.changedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(t -> t.note() == null ? "" : t.note()).setHeader("Note");
        history.addItemClickListener(e -> body.setValue(e.getItem().body()));
        history.setHeight("14rem");

        add(new H2("Provider"), provider, new H2("Prompt templates"), cost,
                new Paragraph("The style guide comes first in every prompt, then the section's template, then the sources. "
                        + "Changes apply to the next drafts; the version is stored with every field it produces."),
                template, version, body, new HorizontalLayout(note, save, revert), history);
        template.setValue(drafting.templateNames().getFirst());
    }

    /** The provider as every node sees it: working, failing or paused until when; its last errors; the last hour's calls; Resume. */
    void showProvider() {
        provider.removeAll();
        ProviderState state = drafting.providerState();
        LlmStatus llm = drafting.status();
        String condition = switch (state.condition()) {
            case WORKING -> "Working";
            case FAILING -> "Failing: " + (state.failedDraftsInARow() == 1 ? "the last draft" : "the last " + state.failedDraftsInARow() + " drafts") + " failed on it";
            case PAUSED -> "Paused until " + CLOCK.format(state.pausedUntil()) + " after " + state.failedDraftsInARow()
                    + " drafts in a row failed on it; then one draft tries it again";
            case PROBING -> "Being tried again by one draft after a pause";
        };
        Paragraph summary = new Paragraph((llm.configured() ? llm.model() + " at " + llm.baseUrl() : "Not configured") + " · " + condition + " · last hour: "
                + state.callsLastHour() + " calls, " + state.failuresLastHour() + " failed");
        summary.setId("provider-condition");
        summary.getElement().setAttribute("data-condition", state.condition().name());
        provider.add(summary);
        if (!state.lastErrors().isEmpty()) {
            UnorderedList errors = new UnorderedList();
            errors.setId("provider-errors");
            // the same cause in the same draft once, with its count and time span: ten parallel sections failing alike are one line
            List<List<ProviderState.ProviderError>> runs = new java.util.ArrayList<>();
            for (ProviderState.ProviderError e : state.lastErrors()) {
                List<ProviderState.ProviderError> last = runs.isEmpty() ? null : runs.getLast();
                if (last != null && last.getFirst().cause().equals(e.cause()) && last.getFirst().reference().equals(e.reference())) {
                    last.add(e);
                } else {
                    runs.add(new java.util.ArrayList<>(List.of(e)));
                }
            }
            runs.forEach(run -> {
                String newest = CLOCK.format(run.getFirst().at());
                String oldest = CLOCK.format(run.getLast().at());
                errors.add(new ListItem((oldest.equals(newest) ? newest : oldest + "–" + newest) + " · " + run.getFirst().cause() + " ("
                        + run.getFirst().reference() + (run.size() > 1 ? ", " + run.size() + " times" : "") + ")"));
            });
            provider.add(new Span("Last errors (details in the log under each reference):"), errors);
        }
        Button resume = new Button("Resume", e -> {
            drafting.resumeProvider();
            Notification.show("Drafting calls the provider again.");
            showProvider();
        });
        resume.setId("provider-resume");
        resume.setTooltipText("Ends the pause at once (after fixing the provider's settings or once it is back)");
        resume.setVisible(state.condition() != ProviderState.Condition.WORKING);
        Button refresh = new Button("Refresh", e -> showProvider());
        refresh.addThemeVariants(ButtonVariant.TERTIARY);
        provider.add(new HorizontalLayout(resume, refresh));
    }

    private void show(String name) {
        List<PromptTemplate> versions = drafting.templateHistory(name);
        PromptTemplate current = drafting.template(name);
        body.setValue(current.body());
        version.setText("In force: " + current.version());
        history.setItems(versions);
    }
}
