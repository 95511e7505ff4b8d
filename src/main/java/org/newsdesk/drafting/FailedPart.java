package org.newsdesk.drafting;

import org.newsdesk.story.ContentField.Section;

/** A section in one language that a draft could not write, and why, in plain words. */
public record FailedPart(Section section, String language, String cause) {

    /** "FAQ (zh)". */
    public String label() {
        return section.label() + " (" + language + ")";
    }
}
