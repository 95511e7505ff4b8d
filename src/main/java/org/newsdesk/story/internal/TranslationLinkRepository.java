package org.newsdesk.story.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.TranslationLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The translation_link table: appended to, never updated, so the links as they stood at any revision can be read. */
@Repository
public class TranslationLinkRepository {

    private final JdbcClient jdbc;

    TranslationLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records links as of revision {@code revisionNumber} of the story. */
    public void record(StoryId story, int revisionNumber, List<TranslationLink> links) {
        for (TranslationLink l : links) {
            var a = l.acceptance();
            jdbc.sql("""
                    insert into translation_link (story_id, field, language, revision_number, based_on_revision_id, primary_fingerprint,
                                                  made_by, made_by_user, made_at, accepted_fingerprint, accepted_by, accepted_note, accepted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(story.value(), l.field().name(), l.language(), revisionNumber, l.basedOn().value(), l.primaryFingerprint(),
                            l.madeBy().name(), l.person() == null ? null : l.person().value(), utc(l.madeAt()),
                            a == null ? null : a.primaryFingerprint(), a == null ? null : a.by().value(), a == null ? null : a.note(),
                            a == null ? null : utc(a.at()))
                    .update();
        }
    }

    /** Each field's newest link as of revision {@code revisionNumber}. */
    public Map<StoryContent.FieldRef, TranslationLink> asOf(StoryId story, int revisionNumber) {
        Map<StoryContent.FieldRef, TranslationLink> links = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (field, language) * from translation_link
                where story_id = ? and revision_number <= ?
                order by field, language, revision_number desc, id desc""")
                .params(story.value(), revisionNumber)
                .query((rs, n) -> map(rs)).list()
                .forEach(l -> links.put(l.ref(), l));
        return links;
    }

    private static TranslationLink map(ResultSet rs) throws SQLException {
        String acceptedFingerprint = rs.getString("accepted_fingerprint");
        TranslationLink.Acceptance acceptance = acceptedFingerprint == null ? null
                : new TranslationLink.Acceptance(acceptedFingerprint, new UserId(rs.getLong("accepted_by")), rs.getString("accepted_note"),
                        rs.getObject("accepted_at", OffsetDateTime.class).toInstant());
        long personId = rs.getLong("made_by_user");
        UserId person = rs.wasNull() ? null : new UserId(personId);
        return new TranslationLink(ContentField.valueOf(rs.getString("field")), rs.getString("language"),
                new RevisionId(rs.getLong("based_on_revision_id")), rs.getString("primary_fingerprint"), AuthorKind.valueOf(rs.getString("made_by")),
                person, rs.getObject("made_at", OffsetDateTime.class).toInstant(), acceptance);
    }

    private static OffsetDateTime utc(java.time.Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
