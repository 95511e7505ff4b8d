package org.newsdesk.publishing;

import java.time.Instant;

/**
 * One event for one endpoint: pending (with its next try), delivered (with the receiver's status
 * code) or failed after retrying for a day (with the last error).
 */
public record WebhookDelivery(long id, long endpointId, String eventId, String eventType, Status status, int attempts, Integer lastStatusCode,
        String lastError, Instant nextAttemptAt, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt) {

    public enum Status { PENDING, DELIVERED, FAILED }
}
