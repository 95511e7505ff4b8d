package org.newsdesk.editor;

import org.newsdesk.identity.UserId;

/** Someone who has a story open, and the field they are editing (null when none). */
/** One open editor: whose session it is and which field (if any) they are editing. */
public record Presence(String sessionId, UserId user, String name, String editing) {}
