package org.newsdesk.drafting.internal;

import java.time.Duration;
import java.util.List;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.FailedPart;
import org.newsdesk.story.ContentField;
import org.newsdesk.identity.UserId;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft_job table; at most one running job per story (a unique partial index). */
@Repository
public class DraftJobRepository {

    private final JdbcClient jdbc;

    DraftJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts a job, or returns empty when one is already running on the story. */
    public Optional<DraftJobId> start(StoryId story, UserId requestedBy, String provider, String model, String scope, String instruction) {
        try {
            return Optional.of(new DraftJobId(jdbc.sql("""
                    insert into draft_job (story_id, status, requested_by, provider, model, scope, instruction)
                    values (?, 'RUNNING', ?, ?, ?, ?, ?) returning id""")
                    .params(story.value(), requestedBy.value(), provider, model, scope, instruction).query(Long.class).single()));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    public void finish(DraftJobId id, DraftJob.Status status, String error, RevisionId revision) {
        finish(id, status, error, revision, List.of());
    }

    /** Ends a running job; {@code failed} lists the parts a partial or failed draft could not write. */
    public void finish(DraftJobId id, DraftJob.Status status, String error, RevisionId revision, List<FailedPart> failed) {
        String parts = failed.isEmpty() ? null : failed.stream()
                .map(f -> f.section().name() + "\t" + f.language() + "\t" + f.cause().replaceAll("[\\t\\n\\r]", " "))
                .collect(java.util.stream.Collectors.joining("\n"));
        jdbc.sql("update draft_job set status = ?, error = ?, revision_id = ?, failed_parts = ?, finished_at = now() where id = ? and status = 'RUNNING'")
                .params(status.name(), error, revision == null ? null : revision.value(), parts, id.value()).update();
    }

    private static List<FailedPart> failedParts(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(l -> l.split("\t", 3)).filter(p -> p.length == 3)
                .map(p -> new FailedPart(ContentField.Section.valueOf(p[0]), p[1], p[2])).toList();
    }

    public boolean isRunning(StoryId story) {
        return jdbc.sql("select exists (select 1 from draft_job where story_id = ? and status = 'RUNNING')").param(story.value())
                .query(Boolean.class).single();
    }

    public Optional<DraftJob> latest(StoryId story) {
        return jdbc.sql("select * from draft_job where story_id = ? order by created_at desc, id desc limit 1").param(story.value())
                .query((rs, n) -> {
                    OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
                    return new DraftJob(new DraftJobId(rs.getLong("id")), story, DraftJob.Status.valueOf(rs.getString("status")),
                            rs.getString("model"), rs.getString("error"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            finished == null ? null : finished.toInstant(), failedParts(rs.getString("failed_parts")));
                }).optional();
    }

    /** What the editor reads about a job given up because its node stopped or made no progress. */
    static final String GIVEN_UP = "Drafting was given up: the Newsdesk server running it stopped, or made no progress for too long. "
            + "Nothing was saved. Start drafting again.";

    /** These jobs made progress, as of the database's time. */
    public void heartbeat(List<DraftJobId> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update draft_job set heartbeat_at = now() where status = 'RUNNING' and id = any(?)")
                    .param(ids.stream().map(DraftJobId::value).toArray(Long[]::new)).update();
        }
    }

    /** These jobs made progress (the node running them is alive and they are not stuck), as of {@code now}. */
    public void heartbeat(List<DraftJobId> ids, java.time.Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update draft_job set heartbeat_at = ? where status = 'RUNNING' and id = any(?)")
                    .params(OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), ids.stream().map(DraftJobId::value).toArray(Long[]::new)).update();
        }
    }

    /**
     * Jobs not touched for {@code silence} before {@code now} belong to a node that stopped or that is stuck on
     * them: they are marked failed (and can be started again). Returns their stories.
     */
    public List<StoryId> failOrphans(Duration silence, java.time.Instant now) {
        return jdbc.sql("""
                update draft_job set status = 'FAILED', finished_at = now(), error = ?
                where status = 'RUNNING' and heartbeat_at < ?
                returning story_id""").params(GIVEN_UP, OffsetDateTime.ofInstant(now.minus(silence), java.time.ZoneOffset.UTC))
                .query((rs, n) -> new StoryId(rs.getLong(1))).list();
    }

    /** Locks the job for its draft to be saved; false when it is no longer running (another node gave it up). */
    public boolean holdRunning(DraftJobId id) {
        return jdbc.sql("select id from draft_job where id = ? and status = 'RUNNING' for update").param(id.value())
                .query(Long.class).optional().isPresent();
    }

    /** Who started each draft of the story that was saved as a revision. */
    public java.util.Map<RevisionId, UserId> starters(StoryId story) {
        java.util.Map<RevisionId, UserId> out = new java.util.HashMap<>();
        jdbc.sql("select revision_id, requested_by from draft_job where story_id = ? and revision_id is not null").param(story.value())
                .query(rs -> {
                    out.put(new RevisionId(rs.getLong(1)), new UserId(rs.getLong(2)));
                });
        return out;
    }

    /** The draft running on the story, if any: who started it and when. */
    public Optional<org.newsdesk.drafting.RunningDraft> running(StoryId story) {
        return jdbc.sql("select requested_by, created_at from draft_job where story_id = ? and status = 'RUNNING'").param(story.value())
                .query((rs, n) -> new org.newsdesk.drafting.RunningDraft(new UserId(rs.getLong(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional();
    }
}
