package org.newsdesk.publishing.internal;

import static org.newsdesk.publishing.internal.ReleaseRepository.instant;
import static org.newsdesk.publishing.internal.ReleaseRepository.utc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.newsdesk.ingest.OutboundAddresses;
import org.newsdesk.platform.Wakeup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued webhook deliveries. Each worker claims one due delivery at a time with
 * {@code select … for update skip locked} and keeps the row locked while it calls the receiver, then
 * records the outcome in the same transaction: so two nodes never send the same delivery, and a node
 * that dies mid-call leaves the row to another node (the receiver may then get it twice, with the
 * same webhook-id). A failure is retried after {@code first-retry}, doubling up to
 * {@code max-retry-interval}, until {@code retry-for} after the event; then the delivery is failed.
 * Calls go only where ingest's address rules allow, follow no redirects, and time out.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DeliverySettings.Webhooks settings;
    private final Clock clock;
    private final String node;
    private final CloseableHttpClient http;
    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running;
    private List<Thread> workers = List.of();

    WebhookDispatcher(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions, DeliverySettings settings, Clock clock, Webhooks webhooks, OutboundAddresses addresses,
            ReleaseScheduler releases) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.settings = settings.webhooks();
        this.clock = clock;
        this.node = releases.node();
        DnsResolver dns = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return addresses.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        Timeout timeout = Timeout.of(this.settings.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(dns)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .setMaxConnTotal(32).setMaxConnPerRoute(4).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .setUserAgent("Newsdesk-Webhooks/1")
                .build();
        webhooks.onQueued(this::wake);
    }

    @Override
    public void start() {
        running = true;
        if (!settings.enabled()) {
            log.info("Webhook delivery is off on this node (NEWSDESK_WEBHOOKS_ENABLED=false)");
            return;
        }
        int n = Math.max(1, settings.workers());
        workers = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> Thread.ofPlatform().daemon().name("webhook-worker-" + (i + 1)).start(this::run)).toList();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        for (Thread t : workers) {
            try {
                t.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            http.close();
        } catch (IOException e) {
            log.debug("Closing the webhook HTTP client", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void wake() {
        wakeup.wake();
    }

    private void run() {
        while (running) {
            boolean sent;
            try {
                sent = Boolean.TRUE.equals(tx.execute(status -> deliverOne()));
            } catch (RuntimeException e) {
                log.warn("Webhook delivery pass failed: {}", e.toString());
                sent = false;
            }
            if (sent) {
                continue;
            }
            if (running && !wakeup.await(settings.pollInterval())) {
                return;
            }
        }
    }

    private record Due(long id, String eventId, String payload, int attempts, Instant retryUntil, String url, String secret) {}

    /** Claims one due delivery, sends it and records the outcome; false when nothing was due. */
    private boolean deliverOne() {
        Instant now = clock.instant();
        Due d = jdbc.sql("""
                select d.id, d.event_id, d.payload, d.attempts, d.retry_until, e.url, e.secret
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.status = 'PENDING' and d.next_attempt_at <= ?
                order by d.next_attempt_at, d.id limit 1
                for update of d skip locked""")
                .param(utc(now))
                .query((rs, n) -> new Due(rs.getLong("id"), rs.getString("event_id"), rs.getString("payload"), rs.getInt("attempts"),
                        instant(rs, "retry_until"), rs.getString("url"), rs.getString("secret")))
                .optional().orElse(null);
        if (d == null) {
            return false;
        }
        Integer code = null;
        String error = null;
        try {
            code = send(d);
            if (code < 200 || code > 299) {
                error = "The receiver answered HTTP " + code + (code >= 300 && code < 400 ? " (redirects are not followed)" : "") + ".";
            }
        } catch (OutboundAddresses.Refused e) {
            error = e.getMessage();
        } catch (UnknownHostException e) {
            error = "The receiver's host cannot be found (DNS).";
        } catch (java.net.SocketTimeoutException | org.apache.hc.core5.http.ConnectionRequestTimeoutException e) {
            error = "The receiver did not answer within " + settings.timeout().toSeconds() + " s.";
        } catch (IOException e) {
            error = "The receiver could not be reached: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        Instant at = clock.instant();
        if (error == null) {
            jdbc.sql("""
                    update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = ?, last_status_code = ?,
                           last_error = null, delivered_at = ?, delivered_by = ?, next_attempt_at = null where id = ?""")
                    .params(utc(at), code, utc(at), node, d.id()).update();
            return true;
        }
        int attempts = d.attempts() + 1;
        Duration wait = backoff(attempts);
        Instant next = at.plus(wait);
        boolean giveUp = next.isAfter(d.retryUntil());
        jdbc.sql("""
                update webhook_delivery set status = ?, attempts = ?, last_attempt_at = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?
                where id = ?""")
                .params(giveUp ? "FAILED" : "PENDING", attempts, utc(at), code,
                        (giveUp ? "Given up after " + attempts + " attempts: " : "") + abbreviate(error), giveUp ? null : utc(next), d.id())
                .update();
        return true;
    }

    /** The wait after the n-th failed attempt: first-retry, doubled each time, at most max-retry-interval. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxRetryInterval()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxRetryInterval()) > 0 ? settings.maxRetryInterval() : wait;
    }

    private int send(Due d) throws IOException {
        long timestamp = clock.instant().getEpochSecond();
        HttpPost post = new HttpPost(URI.create(d.url()));
        post.setHeader("webhook-id", d.eventId());
        post.setHeader("webhook-timestamp", String.valueOf(timestamp));
        post.setHeader("webhook-signature", WebhookSignature.sign(d.secret(), d.eventId(), timestamp, d.payload()));
        post.setEntity(new StringEntity(d.payload(), ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        return http.execute(post, response -> {
            EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR) + "…";
    }
}
