package org.newsdesk.drafting;

import org.newsdesk.story.ContentField.Section;

/** A section in one language that a draft could not write, and why, in plain words. */
public record FailedPart(Section section, String language, String cause) {

    /** "FAQ (Chinese)". */
    public String label() {
        return section.label() + " (" + org.newsdesk.platform.Languages.name(language) + ")";
    }

    /**
     * The parts in few words, for a list grouped by cause: each section once with its languages
     * ("FAQ (English, Chinese), Data (English)"), or "Every section" when all of {@code ofSections}
     * failed in all of {@code ofLanguages}.
     */
    public static String describe(java.util.List<FailedPart> parts, int ofSections, int ofLanguages) {
        java.util.Map<Section, java.util.List<String>> bySection = new java.util.TreeMap<>();
        parts.forEach(p -> bySection.computeIfAbsent(p.section(), s -> new java.util.ArrayList<>()).add(org.newsdesk.platform.Languages.name(p.language())));
        if (bySection.size() == ofSections && bySection.values().stream().allMatch(l -> l.size() == ofLanguages)) {
            return "Every section";
        }
        java.util.List<String> each = new java.util.ArrayList<>();
        bySection.forEach((section, languages) -> each.add(section.label() + " (" + String.join(", ", languages) + ")"));
        return String.join(", ", each);
    }
}
