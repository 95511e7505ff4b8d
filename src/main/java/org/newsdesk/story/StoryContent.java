package org.newsdesk.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story's content in each of the desk's languages, keyed by language code (en, zh, fr). */
public record StoryContent(Map<String, LocalizedContent> languages) {

    public static final StoryContent EMPTY = new StoryContent(Map.of());

    public StoryContent {
        languages = languages == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    }

    public LocalizedContent in(String language) {
        return languages.getOrDefault(language, LocalizedContent.EMPTY);
    }

    public StoryContent with(String language, LocalizedContent content) {
        Map<String, LocalizedContent> copy = new LinkedHashMap<>(languages);
        copy.put(language, content);
        return new StoryContent(copy);
    }

    /** The headline in the first of the given languages that has one. */
    public String headline(List<String> preferredLanguages) {
        for (String lang : preferredLanguages) {
            if (!in(lang).headline().isBlank()) {
                return in(lang).headline();
            }
        }
        return languages.values().stream().map(LocalizedContent::headline).filter(h -> !h.isBlank()).findFirst().orElse("");
    }

    /** The fields, per language, whose text differs from {@code other}. */
    public List<FieldRef> changedFrom(StoryContent other, List<String> desk) {
        List<FieldRef> changed = new ArrayList<>();
        for (String lang : desk) {
            for (ContentField f : ContentField.values()) {
                if (!in(lang).text(f).equals(other.in(lang).text(f))) {
                    changed.add(new FieldRef(f, lang));
                }
            }
        }
        return changed;
    }

    /** Required fields that are still empty, in the given languages. */
    public List<FieldRef> missing(List<String> desk) {
        List<FieldRef> missing = new ArrayList<>();
        for (String lang : desk) {
            for (ContentField f : ContentField.values()) {
                if (f.required() && in(lang).isEmpty(f)) {
                    missing.add(new FieldRef(f, lang));
                }
            }
        }
        return missing;
    }

    /** The longest text one field may hold (the headline: {@link org.newsdesk.platform.PlainText#MAX_TITLE_LENGTH}). */
    public static final int MAX_FIELD_LENGTH = 50_000;

    /** Refuses, in plain words, content with a field longer than the desk accepts. */
    public void requireSensibleLengths() {
        for (var e : languages.entrySet()) {
            for (ContentField f : ContentField.values()) {
                int length = e.getValue().text(f).length();
                int max = f == ContentField.HEADLINE ? org.newsdesk.platform.PlainText.MAX_TITLE_LENGTH : MAX_FIELD_LENGTH;
                if (length > max) {
                    throw new IllegalArgumentException("The " + f.label().toLowerCase() + " (" + e.getKey() + ") is " + length
                            + " characters long; it may have at most " + max + ".");
                }
            }
        }
    }

    /** One field in one language. */
    public record FieldRef(ContentField field, String language) {
        @Override
        public String toString() {
            return field.label() + " (" + language + ")";
        }

        /** "TL;DR (en), Headline (zh)": fields as a person reads them in a history line. */
        public static String list(java.util.Collection<FieldRef> fields) {
            return String.join(", ", fields.stream().map(FieldRef::toString).toList());
        }
    }
}
