package org.newsdesk.workflow;

/** Someone who has a story open, and the field they are editing (null when none). */
public record Presence(String sessionId, String name, String editing) {}
