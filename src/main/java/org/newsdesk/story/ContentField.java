package org.newsdesk.story;

/** The fields of a story's content that exist in each language. */
public enum ContentField {
    HEADLINE("Headline"),
    SUMMARY("Summary"),
    TLDR("TL;DR");

    private final String label;

    ContentField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
