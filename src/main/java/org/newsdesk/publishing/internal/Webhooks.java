package org.newsdesk.publishing.internal;

import static org.newsdesk.publishing.internal.ReleaseRepository.instant;
import static org.newsdesk.publishing.internal.ReleaseRepository.utc;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.newsdesk.identity.CurrentUser;
import org.newsdesk.ingest.OutboundAddresses;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.WebhookDelivery;
import org.newsdesk.publishing.WebhookEndpoint;
import org.newsdesk.publishing.WebhookEvent;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.workflow.StoryTransitioned;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link org.newsdesk.publishing.WebhookService} does, and the queue behind it: each workflow
 * step that publishes, withdraws or schedules an article queues one delivery per subscribed endpoint
 * (webhook_delivery, V31) in the step's own transaction, so an event is queued exactly when the step
 * commits; {@link WebhookDispatcher} sends them.
 */
@Component
public class Webhooks {

    private final JdbcClient jdbc;
    private final StoryService stories;
    private final PublicArticleRepository articles;
    private final ArticleAssembler assembler;
    private final OutboundAddresses addresses;
    private final JsonMapper json;
    private final DeliverySettings settings;
    private final NewsdeskProperties props;
    private final Clock clock;
    private volatile Runnable onQueued = () -> { };

    Webhooks(JdbcClient jdbc, StoryService stories, PublicArticleRepository articles, ArticleAssembler assembler, OutboundAddresses addresses,
            JsonMapper json, DeliverySettings settings, NewsdeskProperties props, Clock clock) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.articles = articles;
        this.assembler = assembler;
        this.addresses = addresses;
        this.json = json;
        this.settings = settings;
        this.props = props;
        this.clock = clock;
    }

    /** Called after the commit of a transaction that queued deliveries (the dispatcher wakes up). */
    void onQueued(Runnable r) {
        this.onQueued = r;
    }

    public WebhookEndpoint register(String url, Set<WebhookEvent> events, String description, String secret) {
        URI uri = checkUrl(url);
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("Pick at least one event to send to this endpoint.");
        }
        jdbc.sql("select coalesce(description, '') from webhook_endpoint where url = ? order by id limit 1").param(uri.toString())
                .query(String.class).optional().ifPresent(existing -> {
                    throw new IllegalArgumentException(uri + " is already registered" + (existing.isEmpty() ? "" : " (" + existing + ")")
                            + ": every event is sent to it once. Switch that one on again, or remove it first, rather than registering it twice.");
                });
        String key = secret == null || secret.isBlank() ? WebhookSignature.newSecret() : secret.strip();
        WebhookSignature.key(key);
        Instant now = clock.instant();
        String[] types = events.stream().map(WebhookEvent::type).sorted().toArray(String[]::new);
        String desc = description == null || description.isBlank() ? null : description.strip();
        if (desc != null && desc.length() > 200) {
            throw new IllegalArgumentException("A description is at most 200 characters.");
        }
        long id = jdbc.sql("""
                insert into webhook_endpoint (url, secret, events, description, created_by, created_at) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(uri.toString(), key, types, desc, CurrentUser.require().id().value(), utc(now)).query(Long.class).single();
        return new WebhookEndpoint(id, uri.toString(), EnumSet.copyOf(events), desc, true, now, key);
    }

    /** An absolute http(s) URL whose host the address rules allow (checked again at every delivery). */
    URI checkUrl(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("That is not a web address: give one like https://partner.example/hooks/newsdesk.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("A webhook address is an absolute http:// or https:// URL, like https://partner.example/hooks/newsdesk.");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("Put no user name or password in the webhook address; receivers check the signature instead.");
        }
        try {
            addresses.resolve(uri.getHost());
        } catch (OutboundAddresses.Refused e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("The host " + uri.getHost() + " cannot be found (DNS).");
        }
        return uri;
    }

    public List<WebhookEndpoint> endpoints() {
        return jdbc.sql("select * from webhook_endpoint order by id").query((rs, n) -> endpoint(rs)).list();
    }

    public void setEnabled(long endpointId, boolean enabled) {
        if (jdbc.sql("update webhook_endpoint set enabled = ? where id = ?").params(enabled, endpointId).update() == 0) {
            throw new IllegalArgumentException("There is no such webhook endpoint.");
        }
    }

    public void remove(long endpointId) {
        if (jdbc.sql("delete from webhook_endpoint where id = ?").param(endpointId).update() == 0) {
            throw new IllegalArgumentException("There is no such webhook endpoint.");
        }
    }

    public List<WebhookDelivery> deliveries(long endpointId, int limit) {
        return jdbc.sql("select * from webhook_delivery where endpoint_id = ? order by created_at desc, id desc limit ?").params(endpointId, limit)
                .query((rs, n) -> delivery(rs)).list();
    }

    public WebhookDelivery sendAgain(long deliveryId) {
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = ?, retry_until = ?, last_error = null where id = ?""")
                .params(utc(now), utc(now.plus(settings.webhooks().retryFor())), deliveryId).update();
        if (changed == 0) {
            throw new IllegalArgumentException("There is no such delivery.");
        }
        afterCommit();
        return jdbc.sql("select * from webhook_delivery where id = ?").param(deliveryId).query((rs, n) -> delivery(rs)).single();
    }

    /** Queues the event of a workflow step (before the publishing module records the step, so "updated" can tell a republication). */
    @EventListener
    @Order(0)
    void record(StoryTransitioned e) {
        if (e.to() == StoryState.PUBLISHED) {
            boolean before = articles.byStory(e.story()).isPresent();
            Story story = stories.get(e.story());
            Revision published = stories.revision(story.publishedRevision());
            Map<String, Object> data = article(story.id(), story.slug(), published.content().headline(props.languages()));
            data.put("languages", assembler.languages(published.content()));
            data.put("publishedAt", story.publishedAt().toString());
            queue(before ? WebhookEvent.UPDATED : WebhookEvent.PUBLISHED, data);
        } else if (e.to() == StoryState.UNPUBLISHED) {
            articles.byStory(e.story()).ifPresent(a -> {
                Map<String, Object> data = article(a.story(), a.slug(), a.headline());
                data.put("withdrawnAt", clock.instant().toString());
                queue(WebhookEvent.UNPUBLISHED, data);
            });
        } else if (e.to() == StoryState.SCHEDULED) {
            Story story = stories.get(e.story());
            Revision approved = stories.revision(story.approvedRevision());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("storyId", story.id().value());
            data.put("headline", approved.content().headline(props.languages()));
            data.put("scheduledAt", story.schedule().at().toString());
            data.put("timeZone", story.schedule().zone().getId());
            queue(WebhookEvent.SCHEDULED, data);
        }
    }

    /** A live article was filed under other terms. */
    void termsChanged(StoryId story) {
        articles.byStory(story).filter(PublicArticleRepository.Article::live)
                .ifPresent(a -> queue(WebhookEvent.UPDATED, article(a.story(), a.slug(), a.headline())));
    }

    private Map<String, Object> article(StoryId id, String slug, String headline) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("storyId", id.value());
        data.put("slug", slug);
        data.put("headline", headline);
        data.put("url", assembler.site().article(slug));
        data.put("apiUrl", assembler.site().baseUrl() + "/api/v1/articles/" + slug);
        return data;
    }

    /** One delivery per enabled endpoint subscribed to the event, in the caller's transaction. */
    void queue(WebhookEvent event, Map<String, Object> data) {
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type());
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        String eventId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        int queued = jdbc.sql("""
                insert into webhook_delivery (endpoint_id, event_id, event_type, payload, next_attempt_at, retry_until, created_at)
                select id, ?, ?, ?, ?, ?, ? from webhook_endpoint where enabled and events @> array[?]::text[]""")
                .params(eventId, event.type(), json.writeValueAsString(payload), utc(now), utc(now.plus(settings.webhooks().retryFor())), utc(now),
                        event.type())
                .update();
        if (queued > 0) {
            afterCommit();
        }
    }

    private void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onQueued.run();
                }
            });
        }
    }

    private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        Set<WebhookEvent> events = Arrays.stream((String[]) rs.getArray("events").getArray()).map(WebhookEvent::byType)
                .flatMap(java.util.Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookEvent.class)));
        return new WebhookEndpoint(rs.getLong("id"), rs.getString("url"), events, rs.getString("description"), rs.getBoolean("enabled"),
                instant(rs, "created_at"), null);
    }

    static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt("last_status_code");
        Integer status = rs.wasNull() ? null : code;
        return new WebhookDelivery(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_id"), rs.getString("event_type"),
                WebhookDelivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), status, rs.getString("last_error"),
                instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "last_attempt_at"), instant(rs, "delivered_at"));
    }
}
