package org.newsdesk.story;

/**
 * The fields of a story's content, each kept per language as text. Tables and lists are one
 * row per line with cells separated by " | " (FAQ entries are "Q: …" / "A: …" blocks), so that
 * every field can be edited, compared, checked for claims and traced the same way; typed views
 * of the rows are on {@link LocalizedContent}.
 */
public enum ContentField {
    HEADLINE("headline", "Headline", Section.BRIEF, true, "One line"),
    SUMMARY("summary", "Summary", Section.BRIEF, true, "Two or three sentences"),
    TLDR("tldr", "TL;DR", Section.BRIEF, true, "One bullet per line"),
    CORE_POINT("corePoint", "Core point", Section.BRIEF, false, "One sentence"),
    KEY_DATA("keyData", "Key data", Section.DATA, false, "One row per line: entity | key info | value"),
    KEY_PLAYERS("keyPlayers", "Key players", Section.DATA, false, "One per line: name | role | based in"),
    RELATED_COMPANIES("relatedCompanies", "Related companies", Section.DATA, false, "One per line: name | stage | positive, neutral or negative"),
    DEEP_ANALYSIS("deepAnalysis", "Deep analysis", Section.ANALYSIS, false, "Paragraphs separated by a blank line"),
    INSIGHTS("insights", "Industry insights", Section.ANALYSIS, false, "One numbered insight per line"),
    FAQ("faq", "FAQ", Section.FAQ, false, "Q: question / A: answer, entries separated by a blank line"),
    INDUSTRY_IMPACT("industryImpact", "Industry impact", Section.ASSESSMENT, false, "One per line: sector | High, Medium or Low | reason"),
    TRACKING("tracking", "Tracking recommendation", Section.ASSESSMENT, false, "recommendation | reason"),
    HIGHLIGHTS("highlights", "Highlight tags", Section.ASSESSMENT, false, "One tag per line"),
    CATEGORIES("categories", "Categories", Section.ASSESSMENT, false, "One category per line"),
    SCORES("scores", "Scores", Section.ASSESSMENT, false, "Hot | 0-100 | rationale, then Quality, then Impact");

    /** Fields drafted together in one model call; sections run in parallel. */
    public enum Section {
        BRIEF, DATA, ANALYSIS, FAQ, ASSESSMENT;

        /** "Brief", "FAQ". */
        public String label() {
            return this == FAQ ? "FAQ" : name().charAt(0) + name().substring(1).toLowerCase();
        }

        /** As written inside a sentence: "brief", "FAQ". */
        public String inSentence() {
            return this == FAQ ? "FAQ" : label().toLowerCase();
        }
    }

    private final String key;
    private final String label;
    private final Section section;
    private final boolean required;
    private final String format;

    ContentField(String key, String label, Section section, boolean required, String format) {
        this.key = key;
        this.label = label;
        this.section = section;
        this.required = required;
        this.format = format;
    }

    /** The name of the field in stored JSON and in the model's answers. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Section section() {
        return section;
    }

    /** Must be filled before a story goes to review. */
    public boolean required() {
        return required;
    }

    /** How the field's text is laid out, for editors. */
    public String format() {
        return format;
    }

    public static java.util.Optional<ContentField> byKey(String key) {
        for (ContentField f : values()) {
            if (f.key.equals(key)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
