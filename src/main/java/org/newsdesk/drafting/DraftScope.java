package org.newsdesk.drafting;

import java.util.EnumSet;
import java.util.Set;

import org.newsdesk.story.ContentField;
import org.newsdesk.story.ContentField.Section;

/**
 * What a drafting job writes: the whole card, one section, or one field; with an optional
 * instruction from the editor ("shorter", "focus on the funding"); whether it may replace what a
 * person edited (never, unless the person asks); and whether to ask the model again even for a
 * request it already answered ({@code fresh}; otherwise the paid-for answer is reused).
 */
public record DraftScope(Set<Section> sections, ContentField field, String instruction, boolean overwriteEdits, boolean fresh, Set<String> languages) {

    public DraftScope {
        sections = sections == null || sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(sections);
        if (field != null) {
            sections = EnumSet.of(field.section());
        }
        instruction = instruction == null || instruction.isBlank() ? null : org.newsdesk.platform.PlainText.strip(instruction).strip();
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    /** In every desk language. */
    public DraftScope(Set<Section> sections, ContentField field, String instruction, boolean overwriteEdits, boolean fresh) {
        this(sections, field, instruction, overwriteEdits, fresh, null);
    }

    /** The parts a draft could not write, again (answers already paid for are reused); a person's edits are kept. */
    public static DraftScope retry(java.util.Collection<FailedPart> failed) {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        Set<String> languages = new java.util.TreeSet<>();
        failed.forEach(f -> {
            sections.add(f.section());
            languages.add(f.language());
        });
        return new DraftScope(sections, null, null, false, false, languages);
    }

    /** Whether this job drafts in {@code language} (empty: every desk language). */
    public boolean includes(String language) {
        return languages.isEmpty() || languages.contains(language);
    }

    public static DraftScope everything() {
        return new DraftScope(null, null, null, false, false);
    }

    public static DraftScope section(Section section, String instruction, boolean overwriteEdits, boolean fresh) {
        return new DraftScope(EnumSet.of(section), null, instruction, overwriteEdits, fresh);
    }

    public static DraftScope field(ContentField field, String instruction, boolean overwriteEdits, boolean fresh) {
        return new DraftScope(null, field, instruction, overwriteEdits, fresh);
    }

    /** Whether this job may write {@code f}. */
    public boolean covers(ContentField f) {
        return field != null ? field == f : sections.contains(f.section());
    }

    public boolean isEverything() {
        return field == null && sections.size() == Section.values().length;
    }

    public String describe() {
        if (field != null) {
            return field.label();
        }
        return isEverything() ? "everything" : sections.stream().map(Section::label).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
