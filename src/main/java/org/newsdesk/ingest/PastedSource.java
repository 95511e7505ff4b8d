package org.newsdesk.ingest;

/** What an editor pastes: a title and a text, optionally the outlet's name, the story's URL and its language. */
public record PastedSource(String title, String text, String sourceName, String url, String language) {}
