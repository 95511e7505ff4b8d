package org.newsdesk.publishing;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook endpoint can subscribe to; {@link #type} is the event's name in the payload. */
public enum WebhookEvent {
    /** An article went live for the first time. */
    PUBLISHED("article.published"),
    /** A live article changed: republished (possibly under a new slug) or filed under other categories or tags. */
    UPDATED("article.updated"),
    /** An article was withdrawn: remove it. */
    UNPUBLISHED("article.unpublished"),
    /** A story was scheduled (or moved) to go live at a time. */
    SCHEDULED("article.scheduled");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> byType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
