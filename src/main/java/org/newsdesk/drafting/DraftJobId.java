package org.newsdesk.drafting;

/** Identifies one drafting run. */
public record DraftJobId(long value) {}
