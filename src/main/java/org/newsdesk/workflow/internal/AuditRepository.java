package org.newsdesk.workflow.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryState;
import org.newsdesk.workflow.AuditEntry;
import org.newsdesk.workflow.Transition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workflow_audit table: append-only. */
@Repository
public class AuditRepository {

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(StoryId story, Transition t, StoryState from, StoryState to, RevisionId revision, UserId actor, String actorName, String note) {
        jdbc.sql("""
                insert into workflow_audit (story_id, action, from_state, to_state, revision_id, actor_id, actor_name, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(story.value(), t.name(), from.name(), to.name(), revision == null ? null : revision.value(),
                        actor == null ? null : actor.value(), actorName, note)
                .update();
    }

    /** An audited step that is not a transition (the state stays as it is), such as accepting a claim. */
    public void recordNote(StoryId story, String action, StoryState state, RevisionId revision, UserId actor, String actorName, String note) {
        jdbc.sql("""
                insert into workflow_audit (story_id, action, from_state, to_state, revision_id, actor_id, actor_name, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(story.value(), action, state.name(), state.name(), revision == null ? null : revision.value(), actor.value(), actorName, note)
                .update();
    }

    private static String label(String action) {
        return switch (action) {
            case "ACCEPT_CLAIM" -> "Accepted a claim";
            case "ACCEPT_TRANSLATION" -> "Accepted a translation";
            default -> Transition.valueOf(action).label();
        };
    }

    public List<AuditEntry> forStory(StoryId story) {
        return jdbc.sql("select a.*, r.number as revision_number from workflow_audit a left join revision r on r.id = a.revision_id where a.story_id = ? order by a.at, a.id").param(story.value())
                .query((rs, n) -> {
                    long rev = rs.getLong("revision_id");
                    RevisionId revision = rs.wasNull() ? null : new RevisionId(rev);
                    return new AuditEntry(label(rs.getString("action")), StoryState.valueOf(rs.getString("from_state")),
                            StoryState.valueOf(rs.getString("to_state")), revision, revision == null ? null : rs.getInt("revision_number"), rs.getString("actor_name"),
                            rs.getString("note"), rs.getObject("at", OffsetDateTime.class).toInstant());
                }).list();
    }
}
