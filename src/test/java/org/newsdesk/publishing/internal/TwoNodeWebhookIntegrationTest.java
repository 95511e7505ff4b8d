package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.publishing.WebhookEvent;
import org.newsdesk.testing.TestApps;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Newsdesk nodes on one PostgreSQL deliver the same webhook queue: while the receiver holds
 * four requests open, both nodes' workers are busy with different deliveries at once; in the end
 * every event reached the receiver exactly once. (The events are queued the way a workflow step
 * queues them, without the desk's people: WebhookIntegrationTest covers the steps themselves.)
 */
@Tag("own-context")
class TwoNodeWebhookIntegrationTest {

    static final int EVENTS = 12;

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    WebhookReceiver receiver;

    @AfterEach
    void stop() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void twoNodesDeliverEachEventToEachEndpointExactlyOnce() throws Exception {
        ConfigurableApplicationContext a = TestApps.start(Clock.systemUTC(), "newsdesk.publishing.node-name=node-a");
        nodes.add(a);
        ConfigurableApplicationContext b = TestApps.startOnSameDatabase(a, Clock.systemUTC(), "newsdesk.publishing.node-name=node-b");
        nodes.add(b);
        receiver = new WebhookReceiver();
        CountDownLatch release = new CountDownLatch(1);
        receiver.answer(r -> {
            try {
                release.await(8, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 200;
        });
        JdbcClient jdbc = a.getBean(JdbcClient.class);
        String secret = WebhookSignature.newSecret();
        receiver.secret(secret);
        long endpoint = jdbc.sql("""
                insert into webhook_endpoint (url, secret, events, description, created_at) values (?, ?, array['article.published'], ?, ?)
                returning id""").params(receiver.url(), secret, "two nodes " + UUID.randomUUID(), OffsetDateTime.now()).query(Long.class).single();
        try {
            Webhooks webhooks = a.getBean(Webhooks.class);
            TransactionTemplate tx = new TransactionTemplate(a.getBean(PlatformTransactionManager.class));
            for (int i = 0; i < EVENTS; i++) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("storyId", 1_000_000 + i);
                data.put("slug", "two-nodes-" + i);
                tx.executeWithoutResult(s -> webhooks.queue(WebhookEvent.PUBLISHED, data));
            }

            // each node runs two workers: four requests open at once means both nodes are delivering
            await().atMost(Duration.ofSeconds(6)).until(() -> receiver.inFlight.get() == 4);
            release.countDown();

            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ? and status = 'DELIVERED'")
                    .param(endpoint).query(Integer.class).single() == EVENTS);
            assertThat(receiver.received).hasSize(EVENTS).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(receiver.seen).hasSize(EVENTS);
            assertThat(receiver.seen.values()).allMatch(n -> n.get() == 1);
            Set<String> deliveredBy = new HashSet<>(jdbc.sql("select delivered_by from webhook_delivery where endpoint_id = ?")
                    .param(endpoint).query(String.class).list());
            assertThat(deliveredBy).containsExactlyInAnyOrder("node-a", "node-b");
            assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ? and attempts <> 1").param(endpoint)
                    .query(Integer.class).single()).isZero();
        } finally {
            jdbc.sql("delete from webhook_endpoint where id = ?").param(endpoint).update();
        }
    }
}
