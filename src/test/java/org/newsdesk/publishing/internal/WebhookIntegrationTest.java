package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.publishing.WebhookDelivery;
import org.newsdesk.publishing.WebhookEndpoint;
import org.newsdesk.publishing.WebhookEvent;
import org.newsdesk.publishing.WebhookService;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks to a real HTTP receiver on this machine that checks every signature: a publication is
 * delivered signed, a 500 is retried until it succeeds, a withdrawal follows, "send again" repeats a
 * delivery with its webhook-id, and addresses the ingest rules refuse cannot be registered.
 */
@IntegrationTest
class WebhookIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired WebhookService webhooks;
    @Autowired WorkflowService workflow;
    @Autowired JsonMapper json;

    WebhookReceiver receiver;
    WebhookEndpoint endpoint;

    @AfterEach
    void tearDown() {
        if (endpoint != null) {
            new Desk(context).as("admin", () -> {
                webhooks.remove(endpoint.id());
                return null;
            });
        }
        if (receiver != null) {
            receiver.close();
        }
        SignIn.out();
    }

    List<WebhookReceiver.Received> about(StoryId story, String type) {
        return receiver.received.stream().filter(r -> {
            JsonNode n = json.readTree(r.body());
            return n.get("type").asString().equals(type) && n.get("data").get("storyId").asLong() == story.value();
        }).toList();
    }

    @Test
    void aPublicationIsDeliveredSignedRetriedAfterA500AndTheWithdrawalFollows() throws Exception {
        receiver = new WebhookReceiver();
        Desk desk = new Desk(context);
        endpoint = desk.as("admin", () -> webhooks.register(receiver.url(), EnumSet.allOf(WebhookEvent.class), "Partner site", null));
        assertThat(endpoint.secret()).startsWith("whsec_");
        receiver.secret(endpoint.secret());
        // the first try of each event fails with a 500, the next succeeds
        receiver.answer(r -> receiver.seen.get(r.id()).get() == 1 ? 500 : 200);

        String run = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = desk.approved("Webhook story " + run);
        Story published = desk.publish(id);

        await().atMost(Duration.ofSeconds(20)).until(() -> about(id, "article.published").size() == 1);
        WebhookReceiver.Received r = about(id, "article.published").getFirst();
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.id()).startsWith("msg_");
        JsonNode data = json.readTree(r.body()).get("data");
        assertThat(data.get("slug").asString()).isEqualTo(published.slug());
        assertThat(data.get("headline").asString()).isEqualTo("Webhook story " + run + " (en)");
        assertThat(data.get("apiUrl").asString()).endsWith("/api/v1/articles/" + published.slug());
        assertThat(receiver.seen.get(r.id()).get()).isEqualTo(2);

        // the receiver has answered; the sender records that right after (the log shows it within moments)
        WebhookDelivery delivery = await().atMost(Duration.ofSeconds(20)).until(() -> desk.as("admin", () -> webhooks.deliveries(endpoint.id(), 50))
                .stream().filter(d -> d.eventId().equals(r.id())).findFirst().orElseThrow(), d -> d.status() == WebhookDelivery.Status.DELIVERED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastStatusCode()).isEqualTo(200);
        assertThat(delivery.nextAttemptAt()).isNull();

        desk.as("publisher", () -> workflow.unpublish(id, "The source retracted it."));
        await().atMost(Duration.ofSeconds(20)).until(() -> about(id, "article.unpublished").size() == 1);
        assertThat(about(id, "article.unpublished").getFirst().signatureValid()).isTrue();

        // send again: the same webhook-id, delivered once more
        desk.as("admin", () -> webhooks.sendAgain(delivery.id()));
        await().atMost(Duration.ofSeconds(20)).until(() -> about(id, "article.published").size() == 2);
        assertThat(about(id, "article.published")).extracting(WebhookReceiver.Received::id).containsOnly(r.id());
    }

    @Test
    void aReceiverThatKeepsFailingIsLoggedWithItsAnswerAndNextTry() throws Exception {
        receiver = new WebhookReceiver();
        Desk desk = new Desk(context);
        endpoint = desk.as("admin", () -> webhooks.register(receiver.url(), EnumSet.of(WebhookEvent.SCHEDULED), null, null));
        receiver.secret(endpoint.secret());
        receiver.answer(r -> 503);
        StoryId id = desk.approved("Webhook scheduled " + UUID.randomUUID());
        desk.schedule(id, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(2), java.time.ZoneOffset.UTC);

        await().atMost(Duration.ofSeconds(20)).until(() -> desk.as("admin", () -> webhooks.deliveries(endpoint.id(), 10)).stream()
                .anyMatch(d -> d.attempts() >= 2));
        WebhookDelivery d = desk.as("admin", () -> webhooks.deliveries(endpoint.id(), 10)).getFirst();
        assertThat(d.eventType()).isEqualTo("article.scheduled");
        assertThat(d.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(d.lastStatusCode()).isEqualTo(503);
        assertThat(d.lastError()).contains("HTTP 503");
        assertThat(d.nextAttemptAt()).isAfter(d.lastAttemptAt());
        assertThat(receiver.received).isEmpty();
    }

    @Test
    void theSameAddressCannotBeRegisteredTwiceSoNoPartnerGetsEachEventTwice() throws Exception {
        receiver = new WebhookReceiver();
        Desk desk = new Desk(context);
        endpoint = desk.as("admin", () -> webhooks.register(receiver.url(), EnumSet.allOf(WebhookEvent.class), "Partner site", null));
        assertThatThrownBy(() -> desk.as("admin", () -> webhooks.register(" " + receiver.url(), EnumSet.of(WebhookEvent.PUBLISHED), null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is already registered (Partner site)");
        assertThat(desk.as("admin", () -> webhooks.endpoints())).filteredOn(e -> e.url().equals(receiver.url())).hasSize(1);
    }

    @Test
    void addressesTheIngestRulesRefuseCannotBeRegistered() {
        Desk desk = new Desk(context);
        assertThatThrownBy(() -> desk.as("admin", () -> webhooks.register("http://10.1.2.3/hook", EnumSet.of(WebhookEvent.PUBLISHED), null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private-network address");
        assertThatThrownBy(() -> desk.as("admin", () -> webhooks.register("http://127.0.0.1:9/hook", EnumSet.of(WebhookEvent.PUBLISHED), null, null)))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> desk.as("admin", () -> webhooks.register("ftp://partner.example/x", EnumSet.of(WebhookEvent.PUBLISHED), null, null)))
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> desk.as("admin", () -> webhooks.register("http://localhost/x", EnumSet.of(WebhookEvent.PUBLISHED), null, "whsec_c2hvcnQ=")))
                .hasMessageContaining("24 to 64 bytes");
        assertThatThrownBy(() -> desk.as("editor", () -> webhooks.endpoints())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
