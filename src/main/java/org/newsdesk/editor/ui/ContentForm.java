package org.newsdesk.editor.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.dom.Element;
import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.platform.Languages;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;
import org.newsdesk.workflow.UnresolvedClaim;

/**
 * The story's content: one collapsible part per section of the card, each field in every desk
 * language side by side (so a reviewer reads the English and the Chinese of a field together),
 * the field's provenance under it. A section is built when first opened, so an open editor holds
 * only what its person looks at; until then the form keeps what the story holds for it.
 */
class ContentForm extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final List<String> languages;
    private final BiConsumer<String, Boolean> onFocus;
    private final Consumer<ContentField.Section> onRedraft;
    private final Supplier<List<FieldProvenance>> provenance;
    /** The reader's zone, which times are shown in. */
    private final Supplier<ZoneId> zone;
    /** Every built field's input, by field and language. */
    private final Map<Key, AbstractField<?, String>> inputs = new HashMap<>();

    private record Key(ContentField field, String lang) {}
    private final Map<String, Span> languageProvenance = new HashMap<>();
    /** What the fields hold: the story's content, restored unsaved work, or a partial draft; read for sections not built yet. */
    private StoryContent content = StoryContent.EMPTY;
    private boolean readOnly = true;
    /** Claims of each field the sources do not support (and no reviewer accepted), shown under the field. */
    private Map<Key, List<String>> unsupported = Map.of();
    /** Whether the story's provenance has been shown (so a section built later shows it too). */
    private boolean showsProvenance;

    /**
     * @param onFocus told "Headline (en)", true when a person starts editing a field and false when they leave it
     * @param onRedraft asked to open the redraft dialog for a section
     * @param provenance the story's provenance, asked for when a section is built (an open editor does not keep it)
     */
    ContentForm(List<String> languages, BiConsumer<String, Boolean> onFocus, Consumer<ContentField.Section> onRedraft,
            Supplier<List<FieldProvenance>> provenance, Supplier<ZoneId> zone) {
        this.zone = zone;
        this.languages = languages;
        this.provenance = provenance;
        this.onFocus = onFocus;
        this.onRedraft = onRedraft;
        setWidthFull();
        getStyle().set("--nd-languages", String.valueOf(languages.size()));
        Div heads = new Div();
        heads.addClassName("nd-fields");
        for (String lang : languages) {
            Span prov = new Span();
            prov.addClassName("nd-provenance");
            prov.setId("provenance-" + lang);
            languageProvenance.put(lang, prov);
            H4 name = new H4(Languages.label(lang));
            name.addClassName("nd-language-name");
            heads.add(new Div(name, prov));
        }
        add(heads);
        for (ContentField.Section section : ContentField.Section.values()) {
            Details details = new Details(section.label());
            details.setId("section-" + section.name().toLowerCase(Locale.ROOT));
            details.setWidthFull();
            if (section == ContentField.Section.BRIEF) {
                build(section, details);
                details.setOpened(true);
            } else {
                details.addOpenedChangeListener(e -> {
                    if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                        build(section, details);
                    }
                });
            }
            add(details);
        }
    }

    private void build(ContentField.Section section, Details details) {
        Div grid = new Div();
        grid.addClassName("nd-fields");
        for (ContentField field : ContentField.values()) {
            if (field.section() != section) {
                continue;
            }
            for (String lang : languages) {
                AbstractField<?, String> input = input(field, lang);
                input.setValue(content.in(lang).text(field));
                input.setReadOnly(readOnly);
                grid.add(input);
            }
        }
        Button redraft = new Button("Redraft " + section.label().toLowerCase(Locale.ROOT) + " with AI…", e -> onRedraft.accept(section));
        redraft.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        redraft.setId("redraft-" + section.name().toLowerCase(Locale.ROOT));
        redraft.addClassName("nd-redraft");
        details.add(grid, redraft);
        if (showsProvenance) {
            showProvenance(provenance.get());
        }
    }

    private AbstractField<?, String> input(ContentField field, String lang) {
        String label = field.label() + " · " + Languages.name(lang);
        AbstractField<?, String> input;
        if (RowsField.STRUCTURED.contains(field)) {
            input = new RowsField(field, label);
        } else if (field == ContentField.HEADLINE) {
            TextField text = new TextField(label);
            text.setPlaceholder(field.format());
            input = text;
        } else {
            TextArea area = new TextArea(label);
            area.setPlaceholder(field.format());
            if (field == ContentField.DEEP_ANALYSIS) {
                area.setMinHeight("10rem");
            }
            input = area;
        }
        ((HasSize) input).setWidthFull();
        ((Focusable<?>) input).addFocusListener(e -> onFocus.accept(where(field, lang), true));
        ((Focusable<?>) input).addBlurListener(e -> onFocus.accept(where(field, lang), false));
        String key = field.key();
        input.setId(key.equals("tldr") || key.equals("headline") || key.equals("summary") ? key + "-" + lang : "field-" + key + "-" + lang);
        input.getElement().setAttribute("lang", lang);
        inputs.put(new Key(field, lang), input);
        return input;
    }

    private static String where(ContentField field, String lang) {
        return field.label() + " (" + lang + ")";
    }

    /** The field's input if its section has been opened. */
    AbstractField<?, String> field(ContentField field, String lang) {
        return inputs.get(new Key(field, lang));
    }

    /** Puts {@code content} in every field, built or not. */
    void fill(StoryContent content) {
        this.content = content;
        inputs.forEach((key, input) -> input.setValue(content.in(key.lang()).text(key.field())));
    }

    /** Shows a draft's finished parts in the fields they fill, leaving the others as they are. */
    void showPartial(Map<String, LocalizedContent> partial) {
        StoryContent shown = content;
        for (var entry : partial.entrySet()) {
            Map<ContentField, String> fields = new EnumMap<>(ContentField.class);
            for (ContentField field : ContentField.values()) {
                LocalizedContent drafted = entry.getValue();
                fields.put(field, drafted.isEmpty(field) ? shown.in(entry.getKey()).text(field) : drafted.text(field));
            }
            shown = shown.with(entry.getKey(), new LocalizedContent(fields));
        }
        fill(shown);
    }

    /** Under each field a running draft is writing: "drafting… (model)", until the draft ends and the provenance is shown again. */
    void markDrafting(Map<String, LocalizedContent> partial, String model) {
        partial.forEach((lang, drafted) -> inputs.forEach((key, input) -> {
            if (key.lang().equals(lang) && !drafted.isEmpty(key.field())) {
                if (input instanceof com.vaadin.flow.component.HasHelper helped) {
                    helped.setHelperText("drafting… (" + model + ")");
                }
                input.getElement().setAttribute("data-edited", "false");
            }
        }));
    }

    /** Whether the sections offer "Redraft with AI". */
    void setRedraftable(boolean redraftable) {
        getElement().getClassList().set("nd-can-draft", redraftable);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        inputs.values().forEach(i -> i.setReadOnly(readOnly));
    }

    /** What the form holds, on top of {@code base} (which supplies anything outside the desk languages). */
    StoryContent content(StoryContent base) {
        StoryContent result = base;
        for (String lang : languages) {
            Map<ContentField, String> fields = new EnumMap<>(ContentField.class);
            for (ContentField field : ContentField.values()) {
                var in = field(field, lang);
                fields.put(field, in != null ? in.getValue() : content.in(lang).text(field));
            }
            result = result.with(lang, new LocalizedContent(fields));
        }
        return result;
    }

    /** Marks the fields holding claims that block approval; shown with the provenance (call before {@link #showProvenance}). */
    void flagClaims(List<UnresolvedClaim> blocking) {
        unsupported = blocking.stream().filter(c -> c.field() != null)
                .collect(Collectors.groupingBy(c -> new Key(c.field(), c.language()), Collectors.mapping(UnresolvedClaim::text, Collectors.toList())));
    }

    /**
     * The sentences of {@code text} holding any of {@code claims}, with the claims' words in
     * {@code <mark>}; cells of a structured field are shown apart by " · ", not by the stored pipes.
     */
    static Div marked(String text, List<String> claims, boolean rows) {
        Div out = new Div();
        out.addClassName("nd-field-marks");
        List<int[]> spans = new ArrayList<>();
        for (String claim : claims) {
            for (int at = claim.isEmpty() ? -1 : text.indexOf(claim); at >= 0; at = text.indexOf(claim, at + claim.length())) {
                spans.add(new int[] {at, at + claim.length()});
            }
        }
        if (spans.isEmpty()) {
            claims.forEach(c -> out.getElement().appendChild(mark(c), Element.createText(" ")));
            return out;
        }
        spans.sort(java.util.Comparator.comparingInt(a -> a[0]));
        int shownTo = 0;
        for (int[] span : spans) {
            if (span[0] < shownTo) {
                continue;
            }
            int from = Math.max(shownTo, ClaimsPanel.sentenceStart(text, span[0]));
            int to = ClaimsPanel.sentenceEnd(text, span[1]);
            if (out.getElement().getChildCount() > 0) {
                out.getElement().appendChild(Element.createText(" … "));
            }
            int cursor = from;
            for (int[] m : spans) {
                if (m[0] >= cursor && m[1] <= to) {
                    out.getElement().appendChild(Element.createText(cells(text.substring(cursor, m[0]), rows)), mark(text.substring(m[0], m[1])));
                    cursor = m[1];
                }
            }
            out.getElement().appendChild(Element.createText(cells(text.substring(cursor, to), rows)));
            shownTo = to;
        }
        return out;
    }

    private static String cells(String stored, boolean rows) {
        return rows ? stored.replace(" | ", " · ") : stored;
    }

    private static Element mark(String words) {
        Element m = new Element("mark");
        m.setText(words);
        return m;
    }

    /**
     * Brings the field into view and selects {@code words} in it (in the field itself: the input or
     * the row cell that holds them), opening its section first.
     */
    void locate(ContentField field, String lang, String words) {
        for (var child : getChildren().toList()) {
            if (child instanceof Details details && details.getId().orElse("").equals("section-" + field.section().name().toLowerCase(Locale.ROOT))) {
                if (details.getContent().findAny().isEmpty()) {
                    build(field.section(), details);
                }
                details.setOpened(true);
            }
        }
        AbstractField<?, String> input = field(field, lang);
        if (input != null) {
            input.getElement().executeJs("""
                    this.scrollIntoView({block: 'center'});
                    for (const box of this.querySelectorAll('textarea, input')) {
                      const at = box.value.indexOf($0);
                      if (at >= 0) { box.focus({preventScroll: true}); box.setSelectionRange(at, at + $0.length); break; }
                    }""", words);
        }
    }

    /** Under each field: which model drafted it, with which prompt, when, from how many sources, and whether a person edited it since. */
    void showProvenance(List<FieldProvenance> all) {
        showsProvenance = true;
        Map<Key, FieldProvenance> byField = new HashMap<>();
        Map<String, List<FieldProvenance>> byLang = new HashMap<>();
        for (FieldProvenance p : all) {
            byField.put(new Key(p.field(), p.language()), p);
            byLang.computeIfAbsent(p.language(), l -> new ArrayList<>()).add(p);
        }
        inputs.forEach((key, input) -> {
            FieldProvenance p = byField.get(key);
            String text = p == null ? "Written by a person"
                    : "AI: " + p.model() + " · prompt " + p.promptVersion() + " · " + TIME.withZone(zone.get()).format(p.generatedAt()) + " · "
                            + (p.promptTokens() + p.completionTokens()) + " tokens · from " + p.sources().size() + (p.sources().size() == 1 ? " source" : " sources")
                            + (p.editedByPerson() ? " · edited by a person since" : "");
            List<String> flagged = unsupported.get(key);
            if (flagged == null) {
                ((HasHelper) input).setHelperComponent(null);
                ((HasHelper) input).setHelperText(text);
            } else {
                // the claim marked in the field's own words, under it: the sentences that hold it, the words highlighted
                Div helper = new Div(new Span("Not in the sources: " + flagged.stream().map(c -> "“" + c + "”").collect(Collectors.joining(", "))
                        + " (see the claim check) · " + text), marked(content.in(key.lang()).text(key.field()), flagged, RowsField.STRUCTURED.contains(key.field())));
                helper.addClassName("nd-claim-helper");
                ((HasHelper) input).setHelperText(null);
                ((HasHelper) input).setHelperComponent(helper);
            }
            input.getElement().setAttribute("data-edited", String.valueOf(p != null && p.editedByPerson()));
            if (flagged == null) {
                input.getElement().removeAttribute("data-unsupported");
            } else {
                input.getElement().setAttribute("data-unsupported", "true");
            }
        });
        for (String lang : languages) {
            Span label = languageProvenance.get(lang);
            List<FieldProvenance> list = byLang.getOrDefault(lang, List.of());
            if (list.isEmpty()) {
                label.setText("Written by people.");
                continue;
            }
            FieldProvenance p = list.getFirst();
            List<String> edited = list.stream().filter(FieldProvenance::editedByPerson).map(f -> f.field().label()).toList();
            label.setText("AI draft: " + p.model() + " (" + p.provider() + ") at " + TIME.withZone(zone.get()).format(p.generatedAt()) + " · " + list.size() + " fields"
                    + (edited.isEmpty() ? "" : " · edited by a person: " + String.join(", ", edited)));
        }
    }
}
