package org.newsdesk.drafting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The field_provenance table: one row per story, field and language, replaced when the model redrafts it. */
@Repository
public class ProvenanceRepository {

    private final JdbcClient jdbc;

    ProvenanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordGenerated(StoryId story, ContentField field, String language, String provider, String model, String promptVersion,
            Instant at, List<SourceItemId> sources, int promptTokens, int completionTokens) {
        Long[] ids = sources.stream().map(SourceItemId::value).toArray(Long[]::new);
        jdbc.sql("""
                insert into field_provenance (story_id, field, language, provider, model, prompt_version, generated_at, source_item_ids,
                                              prompt_tokens, completion_tokens)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (story_id, field, language) do update set
                    provider = excluded.provider, model = excluded.model, prompt_version = excluded.prompt_version,
                    generated_at = excluded.generated_at, source_item_ids = excluded.source_item_ids,
                    prompt_tokens = excluded.prompt_tokens, completion_tokens = excluded.completion_tokens,
                    edited_by = null, edited_at = null""")
                .params(story.value(), field.name(), language, provider, model, promptVersion, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        ids, promptTokens, completionTokens)
                .update();
    }

    /** Marks the fields a person edited (one statement however many). */
    public void markEdited(StoryId story, java.util.Collection<org.newsdesk.story.StoryContent.FieldRef> fields, UserId by) {
        if (fields.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update field_provenance set edited_by = ?, edited_at = now()
                where story_id = ? and (field, language) in (select * from unnest(?::text[], ?::text[]))""")
                .params(by.value(), story.value(), fields.stream().map(f -> f.field().name()).toArray(String[]::new),
                        fields.stream().map(org.newsdesk.story.StoryContent.FieldRef::language).toArray(String[]::new))
                .update();
    }

    /** The columns a field's provenance has, in field_provenance and in each revision's copy (revision_provenance). */
    private static final String COLUMNS = "field, language, provider, model, prompt_version, generated_at, source_item_ids, prompt_tokens, "
            + "completion_tokens, edited_by, edited_at";

    /**
     * Keeps the story's provenance as it is now as that of {@code revision}, a revision just made
     * (nothing kept for it yet): one statement, as it runs on every save.
     */
    public void snapshotNew(StoryId story, RevisionId revision) {
        jdbc.sql("with copied as (insert into revision_provenance (revision_id, " + COLUMNS + ") select ?, " + COLUMNS
                + " from field_provenance where story_id = ? returning 1)"
                + " insert into revision_provenance_taken (revision_id) values (?) on conflict do nothing")
                .params(revision.value(), story.value(), revision.value()).update();
    }

    /** Keeps the story's provenance as it is now as that of {@code revision}, replacing what was kept for it. */
    public void snapshot(StoryId story, RevisionId revision) {
        jdbc.sql("delete from revision_provenance where revision_id = ?").param(revision.value()).update();
        jdbc.sql("insert into revision_provenance (revision_id, " + COLUMNS + ") select ?, " + COLUMNS
                + " from field_provenance where story_id = ?").params(revision.value(), story.value()).update();
        jdbc.sql("insert into revision_provenance_taken (revision_id) values (?) on conflict do nothing").param(revision.value()).update();
    }

    /** Puts back the provenance {@code revision} had; false (nothing changed) when it was saved before provenance was kept per revision. */
    public boolean restore(StoryId story, RevisionId revision) {
        boolean taken = jdbc.sql("select exists (select 1 from revision_provenance_taken where revision_id = ?)").param(revision.value())
                .query(Boolean.class).single();
        if (!taken) {
            return false;
        }
        jdbc.sql("delete from field_provenance where story_id = ?").param(story.value()).update();
        jdbc.sql("insert into field_provenance (story_id, " + COLUMNS + ") select ?, " + COLUMNS
                + " from revision_provenance where revision_id = ?").params(story.value(), revision.value()).update();
        return true;
    }

    /** Replaces the story's provenance with {@code fields} (a revision's, rebuilt from its history). */
    public void replace(StoryId story, List<FieldProvenance> fields) {
        jdbc.sql("delete from field_provenance where story_id = ?").param(story.value()).update();
        for (FieldProvenance p : fields) {
            jdbc.sql("insert into field_provenance (story_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(story.value(), p.field().name(), p.language(), p.provider(), p.model(), p.promptVersion(),
                            OffsetDateTime.ofInstant(p.generatedAt(), ZoneOffset.UTC), p.sources().stream().map(SourceItemId::value).toArray(Long[]::new),
                            p.promptTokens(), p.completionTokens(), p.editedBy() == null ? null : p.editedBy().value(),
                            p.editedAt() == null ? null : OffsetDateTime.ofInstant(p.editedAt(), ZoneOffset.UTC))
                    .update();
        }
    }

    public List<FieldProvenance> forStory(StoryId story) {
        return jdbc.sql("select * from field_provenance where story_id = ? order by language, field").param(story.value())
                .query((rs, n) -> map(rs)).list();
    }

    private static FieldProvenance map(ResultSet rs) throws SQLException {
        long editedBy = rs.getLong("edited_by");
        UserId editor = rs.wasNull() ? null : new UserId(editedBy);
        OffsetDateTime editedAt = rs.getObject("edited_at", OffsetDateTime.class);
        return new FieldProvenance(ContentField.valueOf(rs.getString("field")), rs.getString("language"), rs.getString("provider"),
                rs.getString("model"), rs.getString("prompt_version"), rs.getObject("generated_at", OffsetDateTime.class).toInstant(),
                sources(rs.getArray("source_item_ids")), rs.getInt("prompt_tokens"), rs.getInt("completion_tokens"), editor,
                editedAt == null ? null : editedAt.toInstant());
    }

    private static List<SourceItemId> sources(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).map(SourceItemId::new).toList();
    }
}
