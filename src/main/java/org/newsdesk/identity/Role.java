package org.newsdesk.identity;

/** What a person may do on the desk; one person may hold several roles. */
public enum Role {
    EDITOR("Editor"),
    REVIEWER("Reviewer"),
    PUBLISHER("Publisher"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed} on services and views. */
    public static final class Names {
        public static final String EDITOR = "EDITOR";
        public static final String REVIEWER = "REVIEWER";
        public static final String PUBLISHER = "PUBLISHER";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
