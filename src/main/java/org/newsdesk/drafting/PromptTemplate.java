package org.newsdesk.drafting;

import java.time.Instant;

/**
 * One version of a prompt template: shipped as a file in the project, or an admin's override
 * made in the app. {@code version} is stored with everything the template produced.
 */
public record PromptTemplate(String name, String version, String body, String changedBy, Instant changedAt, String note) {}
