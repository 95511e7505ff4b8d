package org.newsdesk.editor.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.claimcheck.Evidence;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role;
import org.newsdesk.story.StoryId;
import org.newsdesk.workflow.CheckedClaim;
import org.newsdesk.workflow.ClaimCheckService;

/**
 * Every number, date and name of the draft traced to the sources: unsupported ones first; a
 * claim selected shows the supporting source passage beside it, or says none was found; a
 * reviewer can accept an unsupported claim with a note.
 */
class ClaimsPanel extends VerticalLayout {

    private final ClaimCheckService claims;
    private final Runnable onChange;
    final Span summary = new Span();
    final Grid<Row> grid = new Grid<>();
    final VerticalLayout evidence = new VerticalLayout();
    private StoryId id;

    ClaimsPanel(ClaimCheckService claims, Runnable onChange) {
        this.claims = claims;
        this.onChange = onChange;
        setPadding(false);
        setId("claims");
        summary.setId("claims-summary");
        grid.addColumn(Row::text).setHeader("Claim").setAutoWidth(true);
        grid.addColumn(Row::where).setHeader("Where").setAutoWidth(true);
        // text and a part name, not a component per row
        grid.addColumn(Row::verdict).setHeader("Check").setAutoWidth(true).setPartNameGenerator(Row::part);
        grid.addColumn(Row::rule).setHeader("Why").setFlexGrow(2);
        grid.setHeight("16rem");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::showEvidence, evidence::removeAll));
        evidence.setPadding(false);
        add(summary, grid, evidence);
    }

    /** Lists the story's claims; returns those that block approval. */
    List<CheckedClaim> show(StoryId id) {
        this.id = id;
        List<CheckedClaim> all = claims.check(id);
        long blocking = all.stream().filter(CheckedClaim::blocking).count();
        summary.setText(all.isEmpty() ? "No numbers, dates or names found yet."
                : blocking == 0 ? all.size() + " claims checked; none blocks approval."
                : blocking + " of " + all.size() + " claims are not supported by the sources; they block approval until fixed or accepted.");
        summary.getElement().setAttribute("data-blocking", String.valueOf(blocking));
        grid.setItems(all.stream().map(Row::of).toList());
        evidence.removeAll();
        return all.stream().filter(CheckedClaim::blocking).toList();
    }

    static String verdict(CheckedClaim c) {
        return switch (c.claim().verdict()) {
            case SUPPORTED -> "Supported";
            case UNSUPPORTED -> c.acceptedBy() == null ? "Unsupported" : "Accepted by " + c.acceptedBy();
            case UNSOURCED_CONVERSION -> c.acceptedBy() == null ? "Conversion not in sources" : "Accepted by " + c.acceptedBy();
        };
    }

    /**
     * What the list shows of a claim. The source passages are not kept with it: an open editor holds
     * only its claims' words, and the passages of the one selected are looked up when it is.
     */
    record Row(String key, String text, String where, String verdict, String rule, String part) {
        static Row of(CheckedClaim c) {
            return new Row(c.key(), c.claim().text(), c.where(), ClaimsPanel.verdict(c), c.claim().rule() == null ? "" : c.claim().rule(),
                    c.blocking() ? "nd-claim-blocking" : c.claim().flagged() ? "nd-claim-accepted" : "nd-claim-supported");
        }
    }

    private void showEvidence(Row row) {
        evidence.removeAll();
        claims.check(id).stream().filter(c -> c.key().equals(row.key())).findFirst().ifPresentOrElse(this::showEvidence,
                () -> {
                    show(id);
                    evidence.add(new Span("That claim is no longer in the draft (someone changed it); the list is up to date now."));
                });
    }

    private void showEvidence(CheckedClaim c) {
        Div claimBox = new Div(new H4("In the draft: " + c.where()), new Span("“" + c.claim().text() + "”"));
        claimBox.getStyle().set("flex", "1");
        Div sourceBox = new Div(new H4("In the sources"));
        sourceBox.getStyle().set("flex", "1");
        if (c.claim().evidence().isEmpty()) {
            sourceBox.add(new Span("No supporting passage was found."));
        }
        for (Evidence e : c.claim().evidence()) {
            Div passage = new Div(e.passage());
            passage.addClassName("nd-source");
            sourceBox.add(passage);
        }
        HorizontalLayout side = new HorizontalLayout(claimBox, sourceBox);
        side.setWidthFull();
        evidence.add(side);
        if (c.acceptedBy() != null) {
            evidence.add(new Span("Accepted by " + c.acceptedBy() + ": " + c.note()));
        } else if (c.blocking() && CurrentUser.find().map(a -> a.has(Role.REVIEWER)).orElse(false)) {
            Button accept = new Button("Accept with a note…", e -> openAccept(c));
            accept.setId("accept-claim");
            evidence.add(accept);
        }
    }

    private void openAccept(CheckedClaim c) {
        Dialog d = new Dialog("Accept “" + c.claim().text() + "”");
        TextArea note = new TextArea("Why is it right? (recorded in the audit log)");
        note.setWidth("28rem");
        note.setId("accept-note");
        Button ok = new Button("Accept", e -> {
            claims.accept(id, c.key(), note.getValue());
            d.close();
            Notification.show("Accepted; recorded in the history.");
            onChange.run();
        });
        ok.setId("accept-confirm");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(note);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }
}
