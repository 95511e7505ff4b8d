package org.newsdesk.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsdesk.ingest.InboxItem;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** The source_item table, read for the inbox (written by {@link ItemStore}). */
@Repository
public class SourceItemRepository {

    private static final String INBOX_COLUMNS = """
            select s.id, s.kind, s.source_name, s.url, s.title, s.language, s.sort_time, s.status, s.cluster_id, c.size
              from source_item s join source_cluster c on c.id = s.cluster_id""";

    private final JdbcClient jdbc;

    SourceItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ITEM_COLUMNS = "select id, kind, source_name, url, title, author, published_at, language, clean_text, status, imported_at from source_item";

    public Optional<SourceItem> find(SourceItemId id) {
        return jdbc.sql(ITEM_COLUMNS + " where id = ?").param(id.value()).query((rs, n) -> map(rs)).optional();
    }

    public Optional<SourceItem> findByCanonicalUrl(String canonicalUrl) {
        return jdbc.sql(ITEM_COLUMNS + " where canonical_url = ?").param(canonicalUrl).query((rs, n) -> map(rs)).optional();
    }

    public Optional<String> rawHtml(SourceItemId id) {
        return jdbc.sql("select raw_html from source_item where id = ?").param(id.value()).query(String.class).optional();
    }

    /** One page of the inbox. Offsets run over the sort index, so deep pages stay fast on large inboxes. */
    public List<InboxItem> inbox(InboxQuery q, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        String dir = q.ascending() ? " asc" : " desc";
        String order = switch (q.sort()) {
            case TIME -> "s.sort_time" + dir + ", s.id" + dir;
            case SOURCE -> "s.source_name" + dir + " nulls last, s.sort_time desc, s.id desc";
            case TITLE -> "s.title" + dir + ", s.id desc";
            case LANGUAGE -> "s.language" + dir + " nulls last, s.sort_time desc, s.id desc";
            case CLUSTER_SIZE -> "c.size" + dir + ", s.cluster_id desc, s.sort_time desc, s.id desc";
            case STATUS -> "s.status" + dir + ", s.sort_time desc, s.id desc";
        };
        params.add(limit);
        params.add(offset);
        // Deferred join: the offset walks narrow index entries (ids), and only the page's rows are read whole.
        String page = "select s.id from source_item s" + (q.sort() == InboxQuery.Sort.CLUSTER_SIZE ? " join source_cluster c on c.id = s.cluster_id" : "")
                + where + " order by " + order + " limit ? offset ?";
        return jdbc.sql(INBOX_COLUMNS + " join (" + page + ") p on p.id = s.id order by " + order).params(params)
                .query((rs, n) -> inboxItem(rs)).list();
    }

    public int count(InboxQuery q) {
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        return jdbc.sql("select count(*) from source_item s" + where).params(params).query(Integer.class).single();
    }

    public Optional<InboxItem> inboxItem(SourceItemId id) {
        return jdbc.sql(INBOX_COLUMNS + " where s.id = ?").param(id.value()).query((rs, n) -> inboxItem(rs)).optional();
    }

    public List<InboxItem> cluster(long clusterId) {
        return jdbc.sql(INBOX_COLUMNS + " where s.cluster_id = ? order by s.sort_time, s.id").param(clusterId).query((rs, n) -> inboxItem(rs)).list();
    }

    private static String where(InboxQuery q, List<Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (q.status() != null) {
            w.append(" and s.status = ?");
            params.add(q.status());
        }
        if (q.language() != null) {
            w.append(" and s.language = ?");
            params.add(q.language());
        }
        if (q.clusterId() != null) {
            w.append(" and s.cluster_id = ?");
            params.add(q.clusterId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            w.append(" and (s.title ilike ? or s.source_name ilike ?)");
            params.add(like);
            params.add(like);
        }
        return w.toString();
    }

    public void markUsed(SourceItemId id) {
        jdbc.sql("update source_item set status = 'USED' where id = ? and status <> 'USED'").param(id.value()).update();
    }

    public int markIgnored(List<SourceItemId> ids) {
        return jdbc.sql("update source_item set status = 'IGNORED' where id = any(?) and status = 'NEW'")
                .param(new SqlArrayValue("bigint", ids.stream().map(SourceItemId::value).toArray())).update();
    }

    public int restore(List<SourceItemId> ids) {
        return jdbc.sql("update source_item set status = 'NEW' where id = any(?) and status = 'IGNORED'")
                .param(new SqlArrayValue("bigint", ids.stream().map(SourceItemId::value).toArray())).update();
    }

    private static InboxItem inboxItem(ResultSet rs) throws SQLException {
        String source = rs.getString("source_name");
        String url = rs.getString("url");
        if (source == null) {
            source = hostOf(url);
        }
        return new InboxItem(new SourceItemId(rs.getLong("id")), rs.getString("kind"), source, rs.getString("title"), rs.getString("language"),
                rs.getObject("sort_time", OffsetDateTime.class).toInstant(), rs.getString("status"), rs.getLong("cluster_id"), rs.getInt("size"), url);
    }

    private static String hostOf(String url) {
        if (url == null) {
            return "Pasted text";
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static SourceItem map(ResultSet rs) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new SourceItem(new SourceItemId(rs.getLong("id")), rs.getString("kind"), rs.getString("source_name"), rs.getString("url"),
                rs.getString("title"), rs.getString("author"), published == null ? null : published.toInstant(), rs.getString("language"),
                rs.getString("clean_text"), rs.getString("status"), rs.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
