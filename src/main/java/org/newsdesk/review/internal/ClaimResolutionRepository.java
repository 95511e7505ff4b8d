package org.newsdesk.review.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The claim_resolution table. */
@Repository
public class ClaimResolutionRepository {

    private final JdbcClient jdbc;

    ClaimResolutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Resolution(String note, String by, Instant at) {}

    public Map<String, Resolution> forStory(StoryId story) {
        Map<String, Resolution> out = new HashMap<>();
        jdbc.sql("""
                select r.claim_key, r.note, u.display_name, r.accepted_at from claim_resolution r join app_user u on u.id = r.accepted_by
                where r.story_id = ?""").param(story.value())
                .query(rs -> {
                    out.put(rs.getString(1), new Resolution(rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()));
                });
        return out;
    }

    public void accept(StoryId story, String key, String note, UserId by) {
        jdbc.sql("""
                insert into claim_resolution (story_id, claim_key, note, accepted_by) values (?, ?, ?, ?)
                on conflict (story_id, claim_key) do update set note = excluded.note, accepted_by = excluded.accepted_by, accepted_at = now()""")
                .params(story.value(), key, note, by.value()).update();
    }
}
