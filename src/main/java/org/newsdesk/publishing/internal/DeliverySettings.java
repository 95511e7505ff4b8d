package org.newsdesk.publishing.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the desk's published content reaches others besides the public pages: the read API, private
 * previews and webhooks ({@code newsdesk.delivery.*} in application.yml, each overridable by the
 * environment variable named there and in the README).
 */
@ConfigurationProperties("newsdesk.delivery")
public record DeliverySettings(@DefaultValue Api api, @DefaultValue Preview preview, @DefaultValue Webhooks webhooks) {

    /**
     * @param corsOrigins origins whose pages may call the API from a browser ("*": any)
     * @param rateLimit requests one client (by address) may make per minute; more are answered 429
     * @param rateLimitScope {@code cluster}: the limit holds across all nodes (counted in PostgreSQL); {@code node}: each
     *        node allows the limit by itself (counted in memory, no database call per request)
     * @param pageSize articles per page when the client does not say
     */
    public record Api(@DefaultValue("*") List<String> corsOrigins, @DefaultValue("120") int rateLimit,
            @DefaultValue("cluster") RateLimitScope rateLimitScope, @DefaultValue("20") int pageSize) {}

    /** Where the read API's rate limit is counted. */
    public enum RateLimitScope { CLUSTER, NODE }

    /** @param validFor how long a shared preview link works unless revoked */
    public record Preview(@DefaultValue("48h") Duration validFor) {}

    /**
     * @param enabled whether this node delivers webhooks (events are queued either way)
     * @param pollInterval how often a node looks for deliveries queued on another node or due for a retry
     * @param firstRetry wait before the first retry; each next one waits twice as long…
     * @param maxRetryInterval …but never longer than this
     * @param retryFor how long after the event a delivery is retried before it is given up
     * @param timeout longest wait for a receiver to connect and answer
     * @param workers deliveries one node sends at the same time
     */
    public record Webhooks(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval, @DefaultValue("30s") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetryInterval, @DefaultValue("24h") Duration retryFor, @DefaultValue("10s") Duration timeout,
            @DefaultValue("2") int workers) {}
}
