package org.newsdesk.story.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.Autosave;
import org.newsdesk.story.MyWork;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Schedule;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.StorySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The story, revision and story_source tables; content is stored as JSON. */
@Repository
public class StoryRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final List<String> languages;

    StoryRepository(JdbcClient jdbc, JsonMapper json, org.newsdesk.platform.NewsdeskProperties props) {
        this.jdbc = jdbc;
        this.json = json;
        this.languages = props.languages();
    }

    public StoryId insertStory(UserId createdBy) {
        return new StoryId(jdbc.sql("insert into story (created_by) values (?) returning id").param(createdBy.value()).query(Long.class).single());
    }

    public void linkSources(StoryId id, List<SourceItemId> sources) {
        int position = 0;
        for (SourceItemId source : sources) {
            jdbc.sql("insert into story_source (story_id, source_item_id, position) values (?, ?, ?) on conflict do nothing")
                    .params(id.value(), source.value(), position++).update();
        }
    }

    /** Appends a revision and makes it the story's current one, bumping the story's version. */
    public RevisionId insertRevision(StoryId id, StoryContent content, AuthorKind kind, UserId author, String model, String reason) {
        long revId = jdbc.sql("""
                insert into revision (story_id, number, content, author_kind, author_id, model, reason)
                values (?, coalesce((select max(number) from revision where story_id = ?), 0) + 1, ?::jsonb, ?, ?, ?, ?)
                returning id""")
                .params(id.value(), id.value(), json.writeValueAsString(content), kind.name(), author == null ? null : author.value(), model, reason)
                .query(Long.class).single();
        List<String> languages = content.languages().entrySet().stream().filter(e -> !e.getValue().headline().isBlank()).map(java.util.Map.Entry::getKey).toList();
        List<String> categories = content.languages().values().stream().flatMap(c -> c.categories().stream()).distinct().toList();
        jdbc.sql("""
                update story set current_revision_id = ?, version = version + 1, updated_at = now(),
                                 headline = ?, categories = ?, languages = ?
                where id = ?""")
                .params(revId, content.headline(this.languages), categories.toArray(String[]::new), languages.toArray(String[]::new), id.value())
                .update();
        return new RevisionId(revId);
    }

    /**
     * A story with its current revision and its sources, in one statement (a story is read several
     * times on each save: one round trip each instead of three).
     */
    private static final String STORY = """
            select s.*, r.id as r_id, r.story_id as r_story_id, r.number as r_number, r.content as r_content,
                   r.author_kind as r_author_kind, r.author_id as r_author_id, r.model as r_model, r.reason as r_reason,
                   r.created_at as r_created_at,
                   array(select ss.source_item_id from story_source ss where ss.story_id = s.id order by ss.position) as source_ids
            from story s join revision r on r.id = s.current_revision_id
            """;

    public Optional<Story> find(StoryId id) {
        return jdbc.sql(STORY + "where s.id = ?").param(id.value()).query((rs, n) -> story(rs)).optional();
    }

    /** The story's version alone (it moves with every save and transition; an assignment leaves it, so that it never makes a save stale), or empty if there is no such story. */
    public Optional<Long> version(StoryId id) {
        return jdbc.sql("select version from story where id = ?").param(id.value()).query(Long.class).optional();
    }

    /**
     * Locks the story's row, then reads it. Two statements, not one joined {@code for update}: after
     * waiting for a concurrent save, a locking join would re-check the join against the revision it
     * first found and miss the story; the read after the lock sees what that save committed.
     */
    public Optional<Story> lockForUpdate(StoryId id) {
        boolean exists = jdbc.sql("select id from story where id = ? for update").param(id.value()).query(Long.class).optional().isPresent();
        return exists ? find(id) : Optional.empty();
    }

    public Optional<Story> findBySlug(String slug) {
        return jdbc.sql(STORY + "where s.slug = ?").param(slug).query((rs, n) -> story(rs)).optional();
    }

    public Optional<Revision> findRevision(RevisionId id) {
        return jdbc.sql("select * from revision where id = ?").param(id.value()).query((rs, n) -> revision(rs, "")).optional();
    }

    public Set<UserId> humanAuthors(StoryId id) {
        return new HashSet<>(jdbc.sql("select distinct author_id from revision where story_id = ? and author_kind = 'PERSON'")
                .param(id.value()).query((rs, n) -> new UserId(rs.getLong(1))).list());
    }

    public List<StorySummary> search(StoryFilter filter, int offset, int limit) {
        Where w = where(filter);
        List<Object> params = new ArrayList<>(w.params());
        params.add(offset);
        params.add(limit);
        return jdbc.sql("""
                select s.id, s.state, s.updated_at, s.headline, s.categories, s.languages, u.display_name,
                       e.display_name as editor_name, r.display_name as reviewer_name
                from story s join app_user u on u.id = s.created_by
                     left join app_user e on e.id = s.assigned_editor left join app_user r on r.id = s.assigned_reviewer
                """ + w.sql() + " order by s.updated_at desc, s.id desc offset ? limit ?")
                .params(params)
                .query((rs, n) -> new StorySummary(new StoryId(rs.getLong("id")), rs.getString("headline"), StoryState.valueOf(rs.getString("state")),
                        rs.getString("display_name"), rs.getString("editor_name"), rs.getString("reviewer_name"),
                        List.of((String[]) rs.getArray("categories").getArray()), List.of((String[]) rs.getArray("languages").getArray()),
                        instant(rs, "updated_at")))
                .list();
    }

    public int count(StoryFilter filter) {
        Where w = where(filter);
        return jdbc.sql("select count(*) from story s " + w.sql()).params(w.params()).query(Integer.class).single();
    }

    record Where(String sql, List<Object> params) {}

    /** The story list's filters as SQL over {@code story s} (also used by {@link SearchRepository}). */
    static Where where(StoryFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (f.state() != null) {
            clauses.add("s.state = ?");
            params.add(f.state().name());
        }
        if (f.assignee() != null) {
            clauses.add("(s.assigned_editor = ? or s.assigned_reviewer = ?)");
            params.add(f.assignee().value());
            params.add(f.assignee().value());
        }
        if (f.category() != null && !f.category().isBlank()) {
            clauses.add("s.categories @> array[?]::text[]");
            params.add(f.category().strip());
        }
        if (f.language() != null && !f.language().isBlank()) {
            clauses.add("? = any (s.languages)");
            params.add(f.language());
        }
        if (f.queue() != null && f.me() != null) {
            switch (f.queue()) {
                case MY_DRAFTS -> {
                    clauses.add("s.state in ('DRAFT', 'CHANGES_REQUESTED') and coalesce(s.assigned_editor, s.created_by) = ?");
                    params.add(f.me().value());
                }
                case MY_REVIEWS -> {
                    clauses.add("s.state = 'IN_REVIEW' and coalesce(s.assigned_reviewer, ?) = ?");
                    params.add(f.me().value());
                    params.add(f.me().value());
                }
                case TO_PUBLISH -> clauses.add("s.state = 'APPROVED'");
            }
        }
        if (f.text() != null && !f.text().isBlank()) {
            clauses.add("s.headline ilike ?");
            params.add("%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses), params);
    }

    public MyWork myWork(UserId user, boolean editor, boolean reviewer, boolean publisher) {
        return jdbc.sql("""
                select count(*) filter (where ? and state in ('DRAFT', 'CHANGES_REQUESTED')
                                          and coalesce(assigned_editor, created_by) = ?) as drafts,
                       count(*) filter (where ? and state = 'IN_REVIEW' and coalesce(assigned_reviewer, ?) = ?) as to_review,
                       count(*) filter (where ? and state = 'APPROVED') as to_publish
                from story where state in ('DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW', 'APPROVED')""")
                .params(editor, user.value(), reviewer, user.value(), user.value(), publisher)
                .query((rs, n) -> new MyWork(rs.getLong("drafts"), rs.getLong("to_review"), rs.getLong("to_publish"))).single();
    }

    public void assign(StoryId id, UserId editor, UserId reviewer) {
        jdbc.sql("update story set assigned_editor = ?, assigned_reviewer = ?, updated_at = now() where id = ?")
                .params(editor == null ? null : editor.value(), reviewer == null ? null : reviewer.value(), id.value()).update();
    }

    public List<Revision> revisions(StoryId id) {
        return jdbc.sql("select * from revision where story_id = ? order by number desc").param(id.value()).query((rs, n) -> revision(rs, "")).list();
    }

    /** Who made each revision, newest first, without reading any content. */
    public List<org.newsdesk.story.RevisionAuthor> revisionAuthors(StoryId id) {
        return jdbc.sql("select id, number, author_kind, author_id from revision where story_id = ? order by number desc").param(id.value())
                .query((rs, n) -> {
                    long author = rs.getLong("author_id");
                    return new org.newsdesk.story.RevisionAuthor(new RevisionId(rs.getLong("id")), rs.getInt("number"),
                            AuthorKind.valueOf(rs.getString("author_kind")), rs.wasNull() ? null : new UserId(author));
                }).list();
    }

    public void autosave(UserId user, StoryId story, long baseVersion, StoryContent content) {
        autosave(user, story, baseVersion, null, content);
    }

    /** Keeps unsaved work with the revision it was typed on ({@code null}: not known). */
    public void autosave(UserId user, StoryId story, long baseVersion, RevisionId baseRevision, StoryContent content) {
        jdbc.sql("""
                insert into autosave (user_id, story_id, base_version, base_revision_id, content) values (?, ?, ?, ?, ?::jsonb)
                on conflict (user_id, story_id) do update set base_version = excluded.base_version, base_revision_id = excluded.base_revision_id,
                    content = excluded.content, saved_at = now()""")
                .params(user.value(), story.value(), baseVersion, baseRevision == null ? null : baseRevision.value(), json.writeValueAsString(content))
                .update();
    }

    /** The revision the person's unsaved work was typed on, if known. */
    public java.util.Optional<RevisionId> autosaveBase(UserId user, StoryId story) {
        return jdbc.sql("select base_revision_id from autosave where user_id = ? and story_id = ? and base_revision_id is not null")
                .params(user.value(), story.value()).query((rs, n) -> new RevisionId(rs.getLong(1))).optional();
    }

    public java.util.Optional<Autosave> findAutosave(UserId user, StoryId story) {
        return jdbc.sql("select * from autosave where user_id = ? and story_id = ?").params(user.value(), story.value())
                .query((rs, n) -> new Autosave(story, rs.getLong("base_version"), content(rs.getString("content")), instant(rs, "saved_at")))
                .optional();
    }

    public void deleteAutosave(UserId user, StoryId story) {
        jdbc.sql("delete from autosave where user_id = ? and story_id = ?").params(user.value(), story.value()).update();
    }

    /** Every state change below leaves SCHEDULED (only {@link #schedule} enters it), so each one clears the schedule. */
    public void setState(StoryId id, StoryState state) {
        jdbc.sql("""
                update story set state = ?, scheduled_at = null, scheduled_zone = null, version = version + 1, updated_at = now()
                where id = ?""").params(state.name(), id.value()).update();
    }

    public void schedule(StoryId id, Schedule schedule) {
        jdbc.sql("""
                update story set state = 'SCHEDULED', scheduled_at = ?, scheduled_zone = ?, version = version + 1, updated_at = now()
                where id = ?""").params(utc(schedule.at()), schedule.zone().getId(), id.value()).update();
    }

    public void approve(StoryId id, StoryState state, RevisionId revision, UserId reviewer, Instant at) {
        jdbc.sql("""
                update story set state = ?, approved_revision_id = ?, approved_by = ?, approved_at = ?, scheduled_at = null, scheduled_zone = null,
                                 version = version + 1, updated_at = now()
                where id = ?""")
                .params(state.name(), revision.value(), reviewer.value(), utc(at), id.value()).update();
    }

    public void clearApproval(StoryId id, StoryState state) {
        jdbc.sql("""
                update story set state = ?, approved_revision_id = null, approved_by = null, approved_at = null,
                                 scheduled_at = null, scheduled_zone = null, version = version + 1, updated_at = now()
                where id = ?""")
                .params(state.name(), id.value()).update();
    }

    public void publish(StoryId id, StoryState state, RevisionId revision, String slug, Instant at) {
        jdbc.sql("""
                update story set state = ?, published_revision_id = ?, slug = ?, published_at = ?, scheduled_at = null, scheduled_zone = null,
                                 version = version + 1, updated_at = now()
                where id = ?""")
                .params(state.name(), revision.value(), slug, utc(at), id.value()).update();
    }

    private Story story(ResultSet rs) throws SQLException {
        StoryId id = new StoryId(rs.getLong("id"));
        Revision current = revision(rs, "r_");
        List<SourceItemId> sources = java.util.Arrays.stream((Long[]) rs.getArray("source_ids").getArray()).map(SourceItemId::new).toList();
        return new Story(id, StoryState.valueOf(rs.getString("state")), rs.getString("slug"), new UserId(rs.getLong("created_by")), current,
                revisionId(rs, "approved_revision_id"), userId(rs, "approved_by"), instant(rs, "approved_at"),
                revisionId(rs, "published_revision_id"), instant(rs, "published_at"), rs.getLong("version"), sources,
                instant(rs, "created_at"), instant(rs, "updated_at"), userId(rs, "assigned_editor"), userId(rs, "assigned_reviewer"),
                schedule(rs));
    }

    /** A revision from columns named {@code prefix + name}. */
    private Revision revision(ResultSet rs, String prefix) throws SQLException {
        return new Revision(new RevisionId(rs.getLong(prefix + "id")), new StoryId(rs.getLong(prefix + "story_id")), rs.getInt(prefix + "number"),
                content(rs.getString(prefix + "content")), AuthorKind.valueOf(rs.getString(prefix + "author_kind")), userId(rs, prefix + "author_id"),
                rs.getString(prefix + "model"), rs.getString(prefix + "reason"), instant(rs, prefix + "created_at"));
    }

    private StoryContent content(String text) {
        return json.readValue(text, StoryContent.class);
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        Instant at = instant(rs, "scheduled_at");
        return at == null ? null : new Schedule(at, ZoneId.of(rs.getString("scheduled_zone")));
    }

    private static RevisionId revisionId(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : new RevisionId(v);
    }

    private static UserId userId(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : new UserId(v);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
