package org.newsdesk.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.newsdesk.ingest.Feed;
import org.newsdesk.ingest.FeedId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed table: subscriptions and their polling state. */
@Repository
public class FeedRepository {

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a subscription, or returns empty when the URL is subscribed already. */
    public Optional<FeedId> insert(String url, String title, String siteUrl, Duration interval, Long createdBy) {
        return jdbc.sql("""
                insert into feed (url, title, site_url, poll_interval_seconds, created_by) values (?, ?, ?, ?, ?)
                on conflict (url) do nothing returning id""")
                .params(url, title, siteUrl, (int) interval.toSeconds(), createdBy).query(Long.class).optional().map(FeedId::new);
    }

    public Optional<Feed> find(FeedId id) {
        return jdbc.sql("select * from feed where id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public Optional<Feed> findByUrl(String url) {
        return jdbc.sql("select * from feed where url = ?").param(url).query((rs, n) -> map(rs)).optional();
    }

    public List<Feed> list() {
        return jdbc.sql("select * from feed order by lower(coalesce(title, url)), id").query((rs, n) -> map(rs)).list();
    }

    public void delete(FeedId id) {
        jdbc.sql("delete from feed where id = ?").param(id.value()).update();
    }

    public void update(FeedId id, Duration interval, boolean enabled) {
        jdbc.sql("update feed set poll_interval_seconds = ?, enabled = ?, next_poll_at = case when ? then least(next_poll_at, now() + make_interval(secs => ?)) else next_poll_at end where id = ?")
                .params((int) interval.toSeconds(), enabled, enabled, (int) interval.toSeconds(), id.value()).update();
    }

    /** Locks the feed for this transaction, unless another transaction (maybe another node) holds it. */
    public Optional<Feed> claim(FeedId id) {
        return jdbc.sql("select * from feed where id = ? for update skip locked").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    /** Locks the feed that is most overdue, skipping feeds that other polls hold. */
    public Optional<Feed> claimDue() {
        return jdbc.sql("select * from feed where enabled and next_poll_at <= now() order by next_poll_at limit 1 for update skip locked")
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * Lets the current transaction commit without waiting for its WAL to reach the disk (for this transaction only). A crash
     * of the database's machine may then lose it, whole, with the few hundred milliseconds of such commits before it (WAL
     * is written in order): never half of it, never a later transaction without it.
     */
    public void commitWithoutWaitingForDisk() {
        jdbc.sql("select set_config('synchronous_commit', 'off', true)").query(String.class).single();
    }

    /** The conditional-GET validators of a feed, as the server sent them. */
    public record Validators(String etag, String lastModified) {}

    public Validators validators(FeedId id) {
        return jdbc.sql("select etag, last_modified from feed where id = ?").param(id.value())
                .query((rs, n) -> new Validators(rs.getString(1), rs.getString(2))).single();
    }

    public void recordSuccess(FeedId id, String etag, String lastModified, String title, String siteUrl, int newItems, Duration next) {
        jdbc.sql("""
                update feed set etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), title = coalesce(title, ?),
                       site_url = coalesce(site_url, ?), items_imported = items_imported + ?, last_polled_at = now(), last_success_at = now(),
                       consecutive_failures = 0, last_error = null, last_error_at = null, next_poll_at = now() + make_interval(secs => ?)
                 where id = ?""")
                .params(etag, lastModified, title, siteUrl, newItems, next.toMillis() / 1000.0, id.value()).update();
    }

    public void recordFailure(FeedId id, String error, Duration next) {
        jdbc.sql("""
                update feed set last_polled_at = now(), last_error = ?, last_error_at = now(), consecutive_failures = consecutive_failures + 1,
                       next_poll_at = now() + make_interval(secs => ?)
                 where id = ?""")
                .params(error, next.toMillis() / 1000.0, id.value()).update();
    }

    private static Feed map(ResultSet rs) throws SQLException {
        return new Feed(new FeedId(rs.getLong("id")), rs.getString("url"), rs.getString("title"), rs.getString("site_url"),
                Duration.ofSeconds(rs.getInt("poll_interval_seconds")), rs.getBoolean("enabled"), instant(rs, "next_poll_at"),
                instant(rs, "last_polled_at"), instant(rs, "last_success_at"), rs.getString("last_error"), instant(rs, "last_error_at"),
                rs.getInt("consecutive_failures"), rs.getLong("items_imported"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
