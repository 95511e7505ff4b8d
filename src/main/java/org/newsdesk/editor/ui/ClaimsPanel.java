package org.newsdesk.editor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.newsdesk.claimcheck.Evidence;
import org.newsdesk.editor.Capabilities;
import org.newsdesk.editor.Capability;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.review.CheckedClaim;
import org.newsdesk.review.ClaimCheckService;

/**
 * The claim check in context: claims grouped by their words across fields and languages (a wrong
 * figure repeated in ten fields is one row, accepted once with one note), unsupported ones only
 * unless asked for all; a claim selected shows the sentence it stands in and the source passage
 * that supports it with the matching words marked, or says plainly that no source supports it.
 */
class ClaimsPanel extends VerticalLayout {

    private final ClaimCheckService claims;
    private final Runnable onChange;
    private final Supplier<StoryContent> content;
    private final Locate locate;
    final Span summary = new Span();
    final Checkbox unsupportedOnly = new Checkbox("Unsupported only", true);
    final Grid<Row> grid = new Grid<>();
    final VerticalLayout evidence = new VerticalLayout();
    private StoryId id;
    private Capabilities caps;
    private List<Row> all = List.of();

    /** Shows the words in their field of the form: scrolled to, selected. */
    interface Locate {
        void at(org.newsdesk.story.ContentField field, String language, String words);
    }

    ClaimsPanel(ClaimCheckService claims, Supplier<StoryContent> content, Runnable onChange, Locate locate) {
        this.claims = claims;
        this.locate = locate;
        this.content = content;
        this.onChange = onChange;
        setPadding(false);
        setId("claims");
        summary.setId("claims-summary");
        unsupportedOnly.setId("claims-unsupported-only");
        unsupportedOnly.addValueChangeListener(e -> list());
        grid.addColumn(Row::text).setHeader("Claim").setAutoWidth(true);
        grid.addColumn(Row::where).setHeader("Where").setFlexGrow(1);
        // text and a part name, not a component per row
        grid.addColumn(Row::verdict).setHeader("Check").setAutoWidth(true).setPartNameGenerator(Row::part);
        grid.setHeight("14rem");
        grid.setEmptyStateText("No unsupported claims: every number, date and name found is in the sources or accepted.");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::showEvidence, evidence::removeAll));
        evidence.setPadding(false);
        evidence.setId("claim-context");
        add(summary, unsupportedOnly, grid, evidence);
    }

    /** Lists the story's claims, grouped. */
    void show(StoryId id, Capabilities caps) {
        this.id = id;
        this.caps = caps;
        List<CheckedClaim> checked = claims.check(id);
        Map<String, List<CheckedClaim>> groups = new LinkedHashMap<>();
        for (CheckedClaim c : checked) {
            groups.computeIfAbsent(CheckedClaim.group(c.claim().text()), k -> new ArrayList<>()).add(c);
        }
        all = groups.values().stream().map(Row::of).toList();
        long blocking = all.stream().filter(Row::blocking).count();
        long occurrences = checked.stream().filter(CheckedClaim::blocking).count();
        summary.setText(checked.isEmpty() ? "No numbers, dates or names found yet: draft or write the story first."
                : blocking == 0 ? checked.size() + " claims checked; none holds up approval."
                : blocking + (blocking == 1 ? " claim" : " claims") + " not supported by the sources"
                        + (occurrences > blocking ? " (" + occurrences + " places)" : "") + "; " + (blocking == 1 ? "it holds" : "they hold")
                        + " up approval until fixed or accepted. " + checked.size() + " claims checked in all.");
        summary.getElement().setAttribute("data-blocking", String.valueOf(blocking));
        list();
    }

    private void list() {
        grid.setItems(all.stream().filter(r -> !unsupportedOnly.getValue() || r.flagged()).toList());
        evidence.removeAll();
    }

    static String verdict(CheckedClaim c) {
        return switch (c.claim().verdict()) {
            case SUPPORTED -> "Supported";
            case UNSUPPORTED -> c.acceptedBy() == null ? "Unsupported" : "Accepted by " + c.acceptedBy();
            case UNSOURCED_CONVERSION -> c.acceptedBy() == null ? "Conversion not in sources" : "Accepted by " + c.acceptedBy();
        };
    }

    /** One group: the claim's words and where they stand. The passages are looked up when it is selected, not kept. */
    record Row(String text, String where, String verdict, String part, boolean blocking, boolean flagged, int occurrences) {
        static Row of(List<CheckedClaim> group) {
            CheckedClaim first = group.stream().filter(CheckedClaim::blocking).findFirst().orElse(group.getFirst());
            boolean blocking = group.stream().anyMatch(CheckedClaim::blocking);
            boolean flagged = group.stream().anyMatch(c -> c.claim().flagged());
            return new Row(first.claim().text(), String.join(", ", group.stream().map(CheckedClaim::where).distinct().toList()), ClaimsPanel.verdict(first),
                    blocking ? "nd-claim-blocking" : flagged ? "nd-claim-accepted" : "nd-claim-supported", blocking, flagged, group.size());
        }
    }

    private void showEvidence(Row row) {
        evidence.removeAll();
        List<CheckedClaim> group = claims.check(id).stream()
                .filter(c -> CheckedClaim.group(c.claim().text()).equals(CheckedClaim.group(row.text()))).toList();
        if (group.isEmpty()) {
            show(id, caps);
            evidence.add(new Span("That claim is no longer in the draft (someone changed it); the list is up to date now."));
            return;
        }
        StoryContent text = content.get();
        for (CheckedClaim c : group) {
            Div where = new Div(new H4("In the draft · " + c.where()), sentence(c, text));
            where.addClassName("nd-claim-sentence");
            if (c.field() != null) {
                Button show = new Button("Show in the field", e -> locate.at(c.field(), c.claim().language(), c.claim().text()));
                show.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                show.addClassName("nd-show-claim");
                where.add(show);
            }
            evidence.add(where);
        }
        CheckedClaim first = group.getFirst();
        Div sources = new Div(new H4("In the sources"));
        sources.addClassName("nd-claim-sources");
        if (first.claim().evidence().isEmpty()) {
            Span none = new Span("No source supports this." + (first.claim().rule() == null || first.claim().rule().isBlank() ? ""
                    : " The check found: " + first.claim().rule() + "."));
            none.setId("claim-no-source");
            sources.add(none);
        } else if (first.claim().rule() != null && !first.claim().rule().isBlank()) {
            sources.add(new Span("Supported: " + first.claim().rule() + "."));
        }
        for (Evidence e : first.claim().evidence()) {
            Div passage = marked(e.passage(), e.matched());
            passage.addClassName("nd-source");
            passage.getElement().setAttribute("title", e.sourceId().value());
            sources.add(new Div(new Span(e.sourceId().value())), passage);
        }
        evidence.add(sources);
        if (row.blocking()) {
            if (caps.can(Capability.ACCEPT_CLAIM)) {
                Button accept = new Button(group.size() > 1 ? "Accept in all " + group.size() + " places with a note…" : "Accept with a note…",
                        e -> openAccept(row));
                accept.setId("accept-claim");
                evidence.add(accept);
            } else if (caps.shows(Capability.ACCEPT_CLAIM)) {
                Span why = new Span(caps.whyNot(Capability.ACCEPT_CLAIM).orElse(""));
                why.setId("why-ACCEPT_CLAIM");
                why.addClassName("nd-why");
                evidence.add(why);
            }
        } else {
            group.stream().filter(c -> c.acceptedBy() != null).findFirst()
                    .ifPresent(c -> evidence.add(new Span("Accepted by " + c.acceptedBy() + ": " + c.note())));
        }
    }

    /** The sentence of the field holding the claim, with the claim marked. */
    static Div sentence(CheckedClaim c, StoryContent content) {
        String field = c.field() == null ? "" : content.in(c.claim().language()).text(c.field());
        int start = Math.max(0, Math.min(c.claim().start(), field.length()));
        int end = Math.max(start, Math.min(c.claim().end(), field.length()));
        if (field.isEmpty() || !field.substring(start, end).equals(c.claim().text())) {
            return marked(c.claim().text(), c.claim().text());
        }
        int from = sentenceStart(field, start);
        int to = sentenceEnd(field, end);
        Div out = new Div(new Span(field.substring(from, start).stripLeading()), mark(field.substring(start, end)), new Span(field.substring(end, to)));
        out.getElement().setAttribute("lang", c.claim().language());
        return out;
    }

    /** Where the sentence holding the offset {@code at} of {@code text} begins. */
    static int sentenceStart(String text, int at) {
        int from = at;
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        while (from < at && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the sentence holding the text just before {@code at} ends (after its full stop). */
    static int sentenceEnd(String text, int at) {
        int to = at;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        return to;
    }

    /** A full stop ends a sentence only before a space or the end ("€11.7B" goes on); the others always do. */
    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        if (c == '.') {
            return at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
        }
        return "!?。！？\n".indexOf(c) >= 0;
    }

    private static Div marked(String passage, String words) {
        int at = words == null || words.isEmpty() ? -1 : passage.indexOf(words);
        if (at < 0) {
            return new Div(passage);
        }
        return new Div(new Span(passage.substring(0, at)), mark(words), new Span(passage.substring(at + words.length())));
    }

    private static Span mark(String text) {
        Span m = new Span(text);
        m.addClassName("nd-mark");
        return m;
    }

    private void openAccept(Row row) {
        Dialog d = new Dialog("Accept “" + row.text() + "”");
        TextArea note = new TextArea("Why is it right? (one note for " + (row.occurrences() > 1 ? "all " + row.occurrences() + " places" : "it")
                + ", recorded in the history)");
        note.setWidth("28rem");
        note.setId("accept-note");
        Button ok = new Button("Accept", e -> {
            try {
                int n = claims.acceptEverywhere(id, row.text(), note.getValue());
                d.close();
                Notification.show(n <= 1 ? "Accepted; recorded in the history." : "Accepted in " + n + " places; recorded in the history.");
                onChange.run();
            } catch (IllegalArgumentException | org.newsdesk.workflow.WorkflowException refused) {
                note.setInvalid(true);
                note.setErrorMessage(refused.getMessage());
            }
        });
        ok.setId("accept-confirm");
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        d.add(note);
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
    }
}
