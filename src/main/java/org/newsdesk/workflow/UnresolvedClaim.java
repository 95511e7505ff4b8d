package org.newsdesk.workflow;

import java.util.Locale;

import org.newsdesk.platform.Languages;
import org.newsdesk.story.ContentField;

/**
 * An unsupported claim of the draft that no reviewer accepted: it holds up approval. The review
 * module finds them (see {@link ClaimGate}); the workflow's policy only needs to know they are there.
 *
 * @param text the claim's words as they stand in the draft ("€500 million")
 * @param field the field holding it (null when the check names no field of the card)
 * @param fieldName the field's name when {@code field} is null
 * @param language the language of the text it stands in
 */
public record UnresolvedClaim(String text, ContentField field, String fieldName, String language) {

    /** What claims are grouped by: the same words, whatever the case and spacing ("€500 million" in three fields is one claim to judge). */
    public static String group(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "Key data (English)". */
    public String where() {
        return (field == null ? fieldName : field.label()) + " (" + Languages.name(language) + ")";
    }
}
