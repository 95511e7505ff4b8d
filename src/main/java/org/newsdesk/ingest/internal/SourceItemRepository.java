package org.newsdesk.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The source_item table. */
@Repository
public class SourceItemRepository {

    private final JdbcClient jdbc;

    SourceItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SourceItemId insert(String kind, String sourceName, String url, String title, String language, String text, String hash,
            long importedBy) {
        return new SourceItemId(jdbc.sql("""
                insert into source_item (kind, source_name, url, title, language, clean_text, content_hash, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(kind, sourceName, url, title, language, text, hash, importedBy).query(Long.class).single());
    }

    public Optional<SourceItem> find(SourceItemId id) {
        return jdbc.sql("select * from source_item where id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public Optional<SourceItem> findByHash(String hash) {
        return jdbc.sql("select * from source_item where content_hash = ?").param(hash).query((rs, n) -> map(rs)).optional();
    }

    public List<SourceItem> page(int offset, int limit) {
        return jdbc.sql("select * from source_item order by imported_at desc, id desc offset ? limit ?")
                .params(offset, limit).query((rs, n) -> map(rs)).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from source_item").query(Integer.class).single();
    }

    public void markUsed(SourceItemId id) {
        jdbc.sql("update source_item set status = 'USED' where id = ? and status = 'NEW'").param(id.value()).update();
    }

    private static SourceItem map(ResultSet rs) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new SourceItem(new SourceItemId(rs.getLong("id")), rs.getString("kind"), rs.getString("source_name"), rs.getString("url"),
                rs.getString("title"), rs.getString("author"), published == null ? null : published.toInstant(), rs.getString("language"),
                rs.getString("clean_text"), rs.getString("status"), rs.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
