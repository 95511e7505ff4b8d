package org.newsdesk.story;

/** Where a story stands in the editorial workflow (the workflow module owns the transitions between them). */
public enum StoryState {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    SCHEDULED("Scheduled"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished"),
    KILLED("Killed");

    private final String label;

    StoryState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Content can be edited in these states; a published, unpublished or killed story must be reopened first. */
    public boolean acceptsEdits() {
        return this != PUBLISHED && this != UNPUBLISHED && this != KILLED;
    }
}
