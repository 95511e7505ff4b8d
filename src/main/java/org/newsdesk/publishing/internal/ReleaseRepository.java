package org.newsdesk.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.Schedule;
import org.newsdesk.story.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scheduled_release table: the queue of releases and what became of each. Every change to a
 * story's pending release happens while its story row is locked (the workflow's transitions lock
 * it, and so does {@link #claimDue}), so story rows are always locked before release rows.
 */
@Repository
public class ReleaseRepository {

    /** A pending release this node has claimed: its story row is locked until the transaction ends. */
    record Claimed(long id, StoryId story, RevisionId revision, Instant dueAt, ZoneId zone, int attempts) {}

    /** One row, as the calendar shows it. */
    record Row(long id, StoryId story, String headline, Instant dueAt, ZoneId zone, String status, int attempts, String lastError,
            Instant releasedAt, Long latenessMs, boolean late, String releasedBy, String closedNote) {}

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPending(StoryId story, RevisionId revision, String headline, Schedule schedule, UserId by) {
        jdbc.sql("""
                insert into scheduled_release (story_id, revision_id, headline, due_at, zone, next_attempt_at, scheduled_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(story.value(), revision.value(), headline, utc(schedule.at()), schedule.zone().getId(), utc(schedule.at()),
                        by == null ? null : by.value())
                .update();
    }

    int cancelPending(StoryId story, String note) {
        return jdbc.sql("update scheduled_release set status = 'CANCELLED', closed_note = ? where story_id = ? and status = 'PENDING'")
                .params(note, story.value()).update();
    }

    /**
     * Claims up to {@code limit} releases due at {@code now}, earliest first, by locking their story
     * rows with SKIP LOCKED: a story another node (or a publisher's transition) holds is left to it.
     * A release changed between the scan and the lock (cancelled or moved) is dropped by re-reading
     * its status once the lock is held.
     */
    List<Claimed> claimDue(Instant now, int limit) {
        List<Claimed> locked = jdbc.sql("""
                select r.id, r.story_id, r.revision_id, r.due_at, r.zone, r.attempts
                from scheduled_release r join story s on s.id = r.story_id
                where r.status = 'PENDING' and r.next_attempt_at <= ? and s.state = 'SCHEDULED'
                order by r.next_attempt_at, r.id
                limit ?
                for update of s skip locked""")
                .params(utc(now), limit)
                .query((rs, n) -> new Claimed(rs.getLong("id"), new StoryId(rs.getLong("story_id")), new RevisionId(rs.getLong("revision_id")),
                        instant(rs, "due_at"), ZoneId.of(rs.getString("zone")), rs.getInt("attempts")))
                .list();
        if (locked.isEmpty()) {
            return locked;
        }
        Long[] ids = locked.stream().map(Claimed::id).toArray(Long[]::new);
        List<Long> stillPending = jdbc.sql("select id from scheduled_release where id = any(?) and status = 'PENDING' and next_attempt_at <= ?")
                .params(ids, utc(now)).query(Long.class).list();
        return locked.stream().filter(c -> stillPending.contains(c.id())).toList();
    }

    void markReleased(long id, Instant releasedAt, long latenessMs, boolean late, String node) {
        jdbc.sql("""
                update scheduled_release set status = 'RELEASED', released_at = ?, lateness_ms = ?, late = ?, released_by = ?,
                                             attempts = attempts + 1, last_error = null
                where id = ?""")
                .params(utc(releasedAt), latenessMs, late, node, id).update();
    }

    /** Records a failed attempt; the release is tried again from {@code retryAt}. */
    void markAttemptFailed(long id, String error, Instant retryAt) {
        jdbc.sql("update scheduled_release set attempts = attempts + 1, last_error = ?, next_attempt_at = greatest(?, due_at) where id = ?")
                .params(error, utc(retryAt), id).update();
    }

    /** Gives up on a release: it stays on the calendar, marked failed, until a publisher acts. */
    void markFailed(long id, String error) {
        jdbc.sql("update scheduled_release set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?")
                .params(error, id).update();
    }

    /** When the next pending release (or retry) falls due, on any node. */
    Optional<Instant> nextDue() {
        return jdbc.sql("select min(next_attempt_at) from scheduled_release where status = 'PENDING'")
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single();
    }

    /** Releases due in [from, to), cancelled ones left out. */
    List<Row> dueBetween(Instant from, Instant to) {
        return jdbc.sql("select * from scheduled_release where due_at >= ? and due_at < ? and status <> 'CANCELLED' order by due_at, id")
                .params(utc(from), utc(to)).query((rs, n) -> row(rs)).list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        long lateness = rs.getLong("lateness_ms");
        Long latenessMs = rs.wasNull() ? null : lateness;
        return new Row(rs.getLong("id"), new StoryId(rs.getLong("story_id")), rs.getString("headline"), instant(rs, "due_at"),
                ZoneId.of(rs.getString("zone")), rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                instant(rs, "released_at"), latenessMs, rs.getBoolean("late"), rs.getString("released_by"), rs.getString("closed_note"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
