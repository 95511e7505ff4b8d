package org.newsdesk.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;

/**
 * A three-way merge of a story's content when someone saved while you were editing: each field is
 * compared with what you loaded ({@code base}). A field only one of you changed takes that change;
 * a field you both changed the same way is no conflict; a field you both changed differently is a
 * {@link Conflict} for you to decide, and nothing of either text is dropped without asking.
 */
public record ContentMerge(StoryContent merged, List<Conflict> conflicts) {

    public ContentMerge {
        conflicts = List.copyOf(conflicts);
    }

    /** The three versions of one field: as you loaded it, as you have it, as they saved it. */
    public record Conflict(ContentField field, String language, String base, String mine, String theirs) {
        public String where() {
            return field.label() + " (" + org.newsdesk.platform.Languages.name(language) + ")";
        }
    }

    /** Merges {@code mine} and {@code theirs}, both made from {@code base}, in the desk's languages. */
    public static ContentMerge of(StoryContent base, StoryContent mine, StoryContent theirs, List<String> languages) {
        StoryContent merged = theirs;
        List<Conflict> conflicts = new ArrayList<>();
        for (String lang : languages) {
            LocalizedContent m = merged.in(lang);
            for (ContentField f : ContentField.values()) {
                String b = base.in(lang).text(f);
                String my = mine.in(lang).text(f);
                String th = theirs.in(lang).text(f);
                if (my.equals(b) || my.equals(th)) {
                    continue; // only they changed it, or both made the same change
                }
                if (th.equals(b)) {
                    m = m.with(f, my); // only I changed it
                } else {
                    conflicts.add(new Conflict(f, lang, b, my, th));
                }
            }
            merged = merged.with(lang, m);
        }
        return new ContentMerge(merged, conflicts);
    }

    /** Whether the merge needs no decision from anyone. */
    public boolean clean() {
        return conflicts.isEmpty();
    }

    /** The merge with each conflict decided: {@code decided} gives the text chosen (or written) for it; one left out keeps yours. */
    public StoryContent resolve(Map<Conflict, String> decided) {
        StoryContent result = merged;
        for (Conflict c : conflicts) {
            String text = decided.getOrDefault(c, c.mine());
            result = result.with(c.language(), result.in(c.language()).with(c.field(), text));
        }
        return result;
    }
}
