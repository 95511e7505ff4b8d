package org.newsdesk.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserId;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StoryId;
import org.newsdesk.review.Notification;
import org.newsdesk.review.ReviewNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review_note and notification tables. */
@Repository
public class ReviewNoteRepository {

    private static final String SELECT = """
            select n.*, a.display_name as author_name, r.display_name as resolver_name
            from review_note n join app_user a on a.id = n.author_id left join app_user r on r.id = n.resolved_by
            """;

    private final JdbcClient jdbc;
    private final org.newsdesk.identity.UserService users;

    ReviewNoteRepository(JdbcClient jdbc, org.newsdesk.identity.UserService users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    public long insert(StoryId story, Long parent, ContentField field, String language, UserId author, String body) {
        return jdbc.sql("insert into review_note (story_id, parent_id, field, language, author_id, body) values (?, ?, ?, ?, ?, ?) returning id")
                .params(story.value(), parent, field == null ? null : field.name(), language, author.value(), body).query(Long.class).single();
    }

    public Optional<ReviewNote> find(long id) {
        return jdbc.sql(SELECT + " where n.id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    public List<ReviewNote> forStory(StoryId story) {
        return jdbc.sql(SELECT + " where n.story_id = ? order by coalesce(n.parent_id, n.id), n.id").param(story.value()).query((rs, n) -> map(rs)).list();
    }

    public void resolve(long id, UserId by) {
        jdbc.sql("update review_note set resolved_by = ?, resolved_at = now() where id = ? and resolved_at is null").params(by.value(), id).update();
    }

    public Optional<UserAccount> userByName(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).optional()
                .flatMap(id -> users.find(new UserId(id)));
    }

    public void notify(UserId user, StoryId story, Notification.Kind kind, String message) {
        jdbc.sql("insert into notification (user_id, story_id, kind, message) values (?, ?, ?, ?)").params(user.value(), story.value(), kind.name(), message)
                .update();
    }

    public List<Notification> notifications(UserId user) {
        return jdbc.sql("select * from notification where user_id = ? order by read_at nulls first, created_at desc limit 50").param(user.value())
                .query((rs, n) -> new Notification(rs.getLong("id"), new StoryId(rs.getLong("story_id")), Notification.Kind.valueOf(rs.getString("kind")), rs.getString("message"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null))
                .list();
    }

    public long unread(UserId user) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(user.value()).query(Long.class).single();
    }

    public void markRead(UserId user) {
        jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null").param(user.value()).update();
    }

    private static ReviewNote map(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        String field = rs.getString("field");
        OffsetDateTime resolved = rs.getObject("resolved_at", OffsetDateTime.class);
        return new ReviewNote(rs.getLong("id"), new StoryId(rs.getLong("story_id")), parentId, field == null ? null : ContentField.valueOf(field),
                rs.getString("language"), rs.getString("author_name"), rs.getString("body"), rs.getString("resolver_name"),
                resolved == null ? null : resolved.toInstant(), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
