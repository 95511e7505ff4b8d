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
     * Marks {@code claims} inside the field's input (or each cell input of a structured field) as
     * the person reads and types: a backdrop behind the transparent input mirrors its text with the
     * claims' words in {@code <mark>}, kept in place as the input scrolls, grows or is typed in
     * (script {@link #MARKS}). No claims: the backdrop goes.
     */
    private void markClaims(AbstractField<?, String> input, List<String> claims) {
        if (claims.isEmpty() && !input.getElement().hasAttribute("data-claim-field")) {
            return; // nothing marked before, nothing to clear: no script sent
        }
        if (!marksInstalled) {
            marksInstalled = true;
            getElement().executeJs(MARKS);
        }
        if (claims.isEmpty()) {
            input.getElement().removeAttribute("data-claim-field");
        } else {
            input.getElement().setAttribute("data-claim-field", "");
        }
        // one string, the claims apart by a unit separator (a character no claim holds)
        // the field's call may run before the form's script is in (the order of calls on elements attached together is not kept): it waits in a queue
        input.getElement().executeJs("""
                const c = $0 ? $0.split('\\u001f') : [];
                window.ndClaimMarks ? window.ndClaimMarks(this, c) : (window.ndClaimMarksWaiting = window.ndClaimMarksWaiting || []).push([this, c]);""",
                String.join("\u001f", claims));
    }

    private boolean marksInstalled;

    /** The page's one copy of the in-field marking (installed by the first field that needs it). */
    private static final String MARKS = """
            if (!window.ndClaimMarks) window.ndClaimMarks = (() => {
              const esc = s => s.replace(/[&<>]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[c]);
              const copied = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
                'textTransform', 'tabSize', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
                'borderBottomWidth', 'borderLeftWidth', 'boxSizing', 'textAlign'];
              const paint = (box, back) => {
                const v = box.value || '', spans = [];
                for (const w of box.__ndClaims || []) {
                  for (let at = w ? v.indexOf(w) : -1; at >= 0; at = v.indexOf(w, at + w.length)) spans.push([at, at + w.length]);
                }
                spans.sort((a, b) => a[0] - b[0]);
                let html = '', cur = 0;
                for (const [a, b] of spans) {
                  if (a < cur) continue;
                  html += esc(v.slice(cur, a)) + '<mark>' + esc(v.slice(a, b)) + '</mark>';
                  cur = b;
                }
                back.innerHTML = html + esc(v.slice(cur)) + '\\n';
                back.scrollTop = box.scrollTop;
                back.scrollLeft = box.scrollLeft;
              };
              const place = (box, back) => {
                const cs = getComputedStyle(box);
                for (const p of copied) back.style[p] = cs[p];
                back.style.left = '0px';
                back.style.top = '0px';
                const o = back.getBoundingClientRect(), r = box.getBoundingClientRect();
                back.style.left = (r.left - o.left) + 'px';
                back.style.top = (r.top - o.top) + 'px';
                back.style.width = r.width + 'px';
                back.style.height = r.height + 'px';
                paint(box, back);
              };
              const mark = (field, claims, tries) => {
                const boxes = field.querySelectorAll('input, textarea');
                if (!boxes.length && tries > 0) { // the field's own input is made when it first renders
                  requestAnimationFrame(() => mark(field, claims, tries - 1));
                  return;
                }
                for (const box of boxes) {
                  const host = box.parentElement;
                  if (!host || !/^VAADIN-TEXT-(FIELD|AREA)$/.test(host.tagName)) continue;
                  let back = host.__ndBackdrop;
                  if (!claims.length) {
                    if (back) { back.remove(); host.__ndBackdrop = null; host.__ndObserver.disconnect(); }
                    host.removeAttribute('data-claim-marks');
                    box.__ndClaims = [];
                    continue;
                  }
                  if (!back) {
                    back = document.createElement('div');
                    back.className = 'nd-claim-backdrop';
                    back.setAttribute('slot', 'prefix');
                    back.setAttribute('aria-hidden', 'true');
                    host.appendChild(back);
                    host.__ndBackdrop = back;
                    box.addEventListener('input', () => host.__ndBackdrop && paint(box, host.__ndBackdrop));
                    box.addEventListener('scroll', () => host.__ndBackdrop && paint(box, host.__ndBackdrop));
                    host.addEventListener('value-changed', () => host.__ndBackdrop && paint(box, host.__ndBackdrop));
                    host.__ndObserver = new ResizeObserver(() => host.__ndBackdrop && place(box, host.__ndBackdrop));
                    host.__ndObserver.observe(box);
                  }
                  box.__ndClaims = claims;
                  host.setAttribute('data-claim-marks', '');
                  requestAnimationFrame(() => place(box, back));
                }
              };
              return (field, claims) => mark(field, claims, 60);
            })();
            (window.ndClaimMarksWaiting || []).splice(0).forEach(([field, claims]) => window.ndClaimMarks(field, claims));""";

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
                // the claim's words are marked inside the input itself (see markClaims); the helper names them for those who do not see colours
                Div helper = new Div(new Span("Not in the sources: " + flagged.stream().map(c -> "“" + c + "”").collect(Collectors.joining(", "))
                        + " (marked in the text; see the claim check) · " + text));
                helper.addClassName("nd-claim-helper");
                ((HasHelper) input).setHelperText(null);
                ((HasHelper) input).setHelperComponent(helper);
            }
            markClaims(input, flagged == null ? List.of() : flagged);
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
