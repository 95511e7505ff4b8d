package org.newsdesk.story.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.newsdesk.platform.PersonTime;
import org.newsdesk.identity.Role;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.story.Marked;
import org.newsdesk.story.SearchHit;
import org.newsdesk.story.SearchQuery;
import org.newsdesk.story.SearchResults;
import org.newsdesk.story.SearchService;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.StoryState;

/**
 * Search results for the box in the navigation ({@code search?q=…}): stories and source items,
 * most relevant first, matched words marked, narrowed by the story list's and the inbox's filters.
 * A story opens in the editor; a source item opens in a dialog with its whole text.
 */
@Route("search")
@PageTitle("Search · Newsdesk")
@RolesAllowed({Role.Names.EDITOR, Role.Names.REVIEWER, Role.Names.PUBLISHER, Role.Names.ADMIN})
class SearchView extends VerticalLayout implements BeforeEnterObserver {

    /** Times in the zone of the person looking (their browser's). */
    private final DateTimeFormatter time = PersonTime.formatter("yyyy-MM-dd HH:mm");

    final TextField text = new TextField();
    final Select<SearchQuery.Scope> scope = new Select<>();
    final Select<StoryState> state = new Select<>();
    final TextField category = new TextField("Story category");
    final Select<String> language = new Select<>();
    final Select<String> status = new Select<>();
    final H3 storiesHeading = new H3("Stories");
    final H3 itemsHeading = new H3("Source items");
    final VerticalLayout storyResults = new VerticalLayout();
    final VerticalLayout itemResults = new VerticalLayout();
    final Span summary = new Span();
    /** During a large import: how many items the index has not reached yet (docs/decisions/0011). */
    final Span notYetSearchable = new Span();

    private final SearchService search;
    private final IngestService ingest;

    SearchView(SearchService search, IngestService ingest) {
        this.search = search;
        this.ingest = ingest;
        text.setId("search-text");
        text.setPlaceholder("Words in English, French or Chinese");
        text.setWidth("28em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        scope.setLabel("Look in");
        scope.setItems(SearchQuery.Scope.values());
        scope.setItemLabelGenerator(s -> switch (s) {
            case EVERYTHING -> "Stories and sources";
            case STORIES -> "Stories";
            case SOURCE_ITEMS -> "Source items";
        });
        scope.setValue(SearchQuery.Scope.EVERYTHING);
        state.setLabel("Story state");
        state.setItems(StoryState.values());
        state.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any");
        category.setValueChangeMode(ValueChangeMode.LAZY);
        language.setLabel("Language");
        language.setItems("en", "fr", "zh");
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption("Any");
        status.setLabel("Source status");
        status.setItems("NEW", "USED", "IGNORED");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        text.addValueChangeListener(e -> run());
        category.addValueChangeListener(e -> run());
        for (var field : List.of(scope, state, language, status)) {
            field.addValueChangeListener(e -> run());
        }
        summary.setId("search-summary");
        notYetSearchable.setId("search-not-yet-searchable");
        notYetSearchable.getStyle().set("color", "var(--aura-secondary-text-color, gray)");
        storyResults.setId("search-stories");
        itemResults.setId("search-items");
        storyResults.setPadding(false);
        itemResults.setPadding(false);
        HorizontalLayout filters = new HorizontalLayout(scope, state, category, language, status);
        filters.setAlignItems(Alignment.END);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H2("Search"), text, filters, summary, notYetSearchable, storiesHeading, storyResults, itemsHeading, itemResults);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (!q.equals(text.getValue())) {
            text.setValue(q);
        } else {
            run();
        }
    }

    void run() {
        storyResults.removeAll();
        itemResults.removeAll();
        notYetSearchable.setVisible(false);
        String words = text.getValue() == null ? "" : text.getValue();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "search"
                + (words.isBlank() ? "" : "?" + QueryParameters.simple(Map.of("q", words)).getQueryString())));
        StoryFilter stories = StoryFilter.ALL.withState(state.getValue()).withCategory(blankToNull(category.getValue()))
                .withLanguage(language.getValue());
        InboxQuery items = InboxQuery.ALL.withStatus(status.getValue()).withLanguage(language.getValue());
        SearchResults found;
        try {
            found = search.search(new SearchQuery(words, scope.getValue(), stories, items, 30));
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            return;
        }
        if (words.isBlank()) {
            summary.setText("Type words to search stories and source items.");
        } else if (found.isEmpty()) {
            summary.setText("Nothing matches " + quoted(words.strip()) + ".");
        } else {
            summary.setText(found.stories().size() + " stor" + (found.stories().size() == 1 ? "y" : "ies") + " and " + found.sourceItems().size()
                    + " source item" + (found.sourceItems().size() == 1 ? "" : "s") + " match, most relevant first.");
        }
        long waiting = words.isBlank() ? 0 : found.notYetSearchable();
        notYetSearchable.setVisible(waiting > 0);
        notYetSearchable.setText(waiting == 0 ? "" : (waiting >= SearchResults.WAITING_COUNTED_UP_TO ? "More than " : "") + String.format("%,d", waiting)
                + " items imported or stories saved in the last moments are not searchable yet (an import is running): search again in a few"
                + " seconds to include them.");
        found.stories().forEach(h -> storyResults.add(storyHit(h)));
        found.sourceItems().forEach(h -> itemResults.add(itemHit(h)));
        if (!words.isBlank() && !found.isEmpty()) {
            if (found.stories().isEmpty()) {
                storyResults.add(new Span("No story matches."));
            }
            if (found.sourceItems().isEmpty()) {
                itemResults.add(new Span("No source item matches."));
            }
        }
        boolean anyResults = !words.isBlank() && !found.isEmpty();
        storiesHeading.setVisible(anyResults && scope.getValue().stories());
        storyResults.setVisible(scope.getValue().stories());
        itemsHeading.setVisible(anyResults && scope.getValue().sourceItems());
        itemResults.setVisible(scope.getValue().sourceItems());
    }

    /** A story's state as the story list names it ("In review"), a source item's status in words ("Used"). */
    private static String status(SearchHit h) {
        if (h.status() == null || h.status().isBlank()) {
            return "";
        }
        if (h.kind() == SearchHit.Kind.STORY) {
            try {
                return org.newsdesk.story.StoryState.valueOf(h.status()).label();
            } catch (IllegalArgumentException e) {
                return h.status();
            }
        }
        String s = h.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Component storyHit(SearchHit h) {
        Anchor title = new Anchor("stories/" + h.id());
        title.add(marked(h.title().plainText().isBlank() ? Marked.plain("(no headline yet)") : h.title()));
        title.addClassName("nd-search-title");
        return hit(title, h);
    }

    private Component itemHit(SearchHit h) {
        Span title = marked(h.title());
        title.addClassName("nd-search-title");
        Button open = new Button(title, e -> openItem(h));
        open.addThemeName("tertiary-inline");
        return hit(open, h);
    }

    private Component hit(Component title, SearchHit h) {
        Span meta = new Span(String.join(" · ", status(h), h.language() == null ? "language unknown" : org.newsdesk.platform.Languages.name(h.language()), h.time() == null ? "" : time.format(h.time())));
        meta.getStyle().set("color", "var(--aura-secondary-text-color, gray)").set("font-size", "small");
        Paragraph snippet = new Paragraph(marked(h.snippet()));
        snippet.getStyle().set("margin", "0");
        Div d = new Div(title, new Div(meta), snippet);
        d.addClassName("nd-search-hit");
        d.getElement().setAttribute("data-id", String.valueOf(h.id()));
        return d;
    }

    private void openItem(SearchHit h) {
        var item = ingest.find(h.sourceItemId()).orElse(null);
        if (item == null) {
            return;
        }
        Dialog d = new Dialog(item.title());
        d.setWidth("min(60em, 95vw)");
        Paragraph from = new Paragraph(item.displaySource() + (item.author() == null ? "" : " · " + item.author()) + " · " + org.newsdesk.platform.Languages.name(item.language()));
        Paragraph body = new Paragraph(item.cleanText());
        body.getStyle().set("white-space", "pre-wrap");
        d.add(from);
        if (item.url() != null && item.url().matches("(?i)https?://.+")) {
            Anchor link = new Anchor(item.url(), item.url());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            d.add(new Paragraph(link));
        }
        d.add(body);
        d.getFooter().add(new Button("Close", e -> d.close()));
        d.open();
    }

    /** Plain text with {@code <mark>} around the matched words (as text nodes: nothing is parsed as markup). */
    static Span marked(Marked m) {
        Span s = new Span();
        for (Marked.Segment seg : m.segments()) {
            if (seg.match()) {
                Element mark = new Element("mark");
                mark.setText(seg.text());
                s.getElement().appendChild(mark);
            } else {
                s.add(new Text(seg.text()));
            }
        }
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The search as typed, in quotation marks unless it is a phrase in its own: “Nvidia chips”, "data centre". */
    static String quoted(String words) {
        return words.length() > 1 && words.startsWith("\"") && words.endsWith("\"") ? words : "“" + words + "”";
    }
}
