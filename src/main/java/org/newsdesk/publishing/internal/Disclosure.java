package org.newsdesk.publishing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.ContentField;
import org.springframework.stereotype.Component;

/**
 * The AI disclosure of an article, in each of its languages, written from the provenance of its
 * fields: which model (and provider) drafted which fields, when, from which sources, which fields a
 * person edited since, and who reviewed and approved it; the sentences come from each language's
 * bundle ({@link SiteText}). {@link #facts} is the same, language-neutral, for JSON-LD.
 */
@Component
class Disclosure {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SiteText text;

    Disclosure(SiteText text) {
        this.text = text;
    }

    record Line(String language, String label, String text) {}

    /** What one model drafted. */
    record ModelPart(String model, String provider, Set<ContentField> fields, Set<String> languages, Instant lastGenerated,
            List<String> sources, List<Edited> editedFields) {}

    /** A drafted field a person changed since. */
    record Edited(ContentField field, String language) {}

    /** The disclosure's facts, language-neutral; {@code approver} is null for a preview of a story nobody has approved yet. */
    record Facts(List<ModelPart> models, String approver, Instant approvedAt, boolean edited) {

        boolean aiDrafted() {
            return !models.isEmpty();
        }
    }

    static Facts facts(List<FieldProvenance> provenance, List<SourceItem> sources, String approver, Instant approvedAt) {
        Map<String, List<FieldProvenance>> byModel = new LinkedHashMap<>();
        provenance.forEach(p -> byModel.computeIfAbsent(p.provider() + "\u0000" + p.model(), m -> new ArrayList<>()).add(p));
        Map<SourceItemId, SourceItem> sourceById = new LinkedHashMap<>();
        sources.forEach(s -> sourceById.put(s.id(), s));
        List<ModelPart> parts = new ArrayList<>();
        byModel.values().forEach(fields -> {
            FieldProvenance first = fields.getFirst();
            Set<ContentField> names = new LinkedHashSet<>();
            Set<String> languages = new LinkedHashSet<>();
            Set<String> from = new LinkedHashSet<>();
            List<Edited> edited = new ArrayList<>();
            for (FieldProvenance f : fields) {
                names.add(f.field());
                languages.add(f.language());
                f.sources().forEach(id -> from.add(sourceById.containsKey(id) ? named(sourceById.get(id)) : "source " + id.value()));
                if (f.editedByPerson()) {
                    edited.add(new Edited(f.field(), f.language()));
                }
            }
            Instant when = fields.stream().map(FieldProvenance::generatedAt).max(Instant::compareTo).orElseThrow();
            parts.add(new ModelPart(first.model(), first.provider(), names, languages, when, List.copyOf(from), edited));
        });
        boolean edited = parts.stream().anyMatch(p -> !p.editedFields().isEmpty());
        return new Facts(parts, approver, approvedAt, edited);
    }

    /** A source as readers know it: its outlet, or for text pasted without one, its title in quotes. */
    private static String named(SourceItem s) {
        return s.outlet() != null ? s.outlet() : "\u201c" + s.title() + "\u201d";
    }

    /** The disclosure in each of the languages, each in its own words. */
    List<Line> lines(List<String> languages, Facts facts) {
        return languages.stream().map(lang -> new Line(lang, text.message(lang, "disclosure.label"), text(lang, facts))).toList();
    }

    /** The disclosure in one language, sentence by sentence from that language's bundle. */
    String text(String lang, Facts facts) {
        List<String> sentences = new ArrayList<>();
        if (!facts.aiDrafted()) {
            sentences.add(text.message(lang, "disclosure.noAi"));
        }
        String separator = text.message(lang, "list.separator");
        for (ModelPart m : facts.models()) {
            List<String> fields = m.fields().stream().map(f -> field(lang, f)).toList();
            String languages = String.join(separator, m.languages().stream().map(text::languageName).toList());
            Object[] args = {join(fields, separator, text.message(lang, "list.last")), languages, m.model(), m.provider(),
                    TIME.format(m.lastGenerated()), m.sources().size(), String.join(separator, m.sources())};
            sentences.add(text.message(lang, m.sources().isEmpty() ? "disclosure.drafted" : "disclosure.draftedFrom", args));
            if (!m.editedFields().isEmpty()) {
                sentences.add(text.message(lang, "disclosure.edited", String.join(separator, m.editedFields().stream()
                        .map(e -> text.message(lang, "list.fieldInLanguage", field(lang, e.field()), text.languageName(e.language()))).toList())));
            }
        }
        sentences.add(facts.approver() == null ? text.message(lang, "disclosure.notApproved")
                : text.message(lang, "disclosure.approved", facts.approver(), TIME.format(facts.approvedAt())));
        if (facts.aiDrafted()) {
            sentences.add(text.message(lang, "disclosure.mistakes"));
        }
        return String.join(text.message(lang, "disclosure.gap"), sentences);
    }

    private String field(String lang, ContentField f) {
        return text.message(lang, "field." + f.name());
    }

    private static String join(List<String> items, String separator, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(separator, items.subList(0, items.size() - 1)) + last + items.getLast();
    }
}
