package org.newsdesk.ingest;

/** The stored item, and whether it was already there (the same story imported before). */
public record ImportResult(SourceItem item, boolean duplicate) {}
