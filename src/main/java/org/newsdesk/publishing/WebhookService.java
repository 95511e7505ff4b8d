package org.newsdesk.publishing;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Role.Names;
import org.newsdesk.publishing.internal.Webhooks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints and their delivery log, for admins. Events are queued in PostgreSQL with the
 * workflow step that causes them and delivered by whichever node claims them first, signed the
 * Standard Webhooks way (README "Webhooks").
 */
@Service
public class WebhookService {

    private final Webhooks webhooks;

    WebhookService(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /**
     * Registers a receiver for these events. {@code secret} may be given (whsec_ + base64 of 24 to 64
     * bytes) or left null for a new random one; the result carries it this once.
     */
    @RolesAllowed(Names.ADMIN)
    @Transactional
    public WebhookEndpoint register(String url, Set<WebhookEvent> events, String description, String secret) {
        return webhooks.register(url, events, description, secret);
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> endpoints() {
        return webhooks.endpoints();
    }

    @RolesAllowed(Names.ADMIN)
    @Transactional
    public void setEnabled(long endpointId, boolean enabled) {
        webhooks.setEnabled(endpointId, enabled);
    }

    /** Removes the endpoint and its delivery log; nothing more is sent to it. */
    @RolesAllowed(Names.ADMIN)
    @Transactional
    public void remove(long endpointId) {
        webhooks.remove(endpointId);
    }

    /** The endpoint's latest deliveries, newest first. */
    @RolesAllowed(Names.ADMIN)
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long endpointId, int limit) {
        return webhooks.deliveries(endpointId, Math.max(1, Math.min(limit, 500)));
    }

    /** Sends a delivery again now (same webhook-id, so a receiver that has it can tell), retrying for another day if it fails. */
    @RolesAllowed(Names.ADMIN)
    @Transactional
    public WebhookDelivery sendAgain(long deliveryId) {
        return webhooks.sendAgain(deliveryId);
    }
}
