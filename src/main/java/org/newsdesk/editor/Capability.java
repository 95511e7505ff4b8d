package org.newsdesk.editor;

/** What a person may do in the editor besides workflow transitions (those are {@link org.newsdesk.workflow.Transition}s). */
public enum Capability {
    EDIT("Edit"),
    SAVE("Save"),
    DRAFT("Draft with AI"),
    CANCEL_DRAFT("Cancel drafting"),
    REDRAFT("Redraft with AI"),
    RESTORE("Restore a revision"),
    ACCEPT_CLAIM("Accept a claim"),
    ADD_NOTE("Add a note"),
    ASSIGN("Assign");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
