package org.newsdesk.publishing;

import java.time.Instant;
import java.util.Set;

/**
 * A registered webhook receiver. {@code secret} (whsec_…) is shown only when the endpoint is
 * registered; listings carry null.
 */
public record WebhookEndpoint(long id, String url, Set<WebhookEvent> events, String description, boolean enabled, Instant createdAt,
        String secret) {}
