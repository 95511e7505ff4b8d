package org.newsdesk.publishing.internal;

import static org.newsdesk.publishing.internal.ReleaseRepository.instant;
import static org.newsdesk.publishing.internal.ReleaseRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.newsdesk.publishing.Term;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public site's tables: what is live (public_article), every slug an article has had, and the terms stories are filed under. */
@Repository
public class PublicArticleRepository {

    /** One article as the public site knows it. */
    record Article(StoryId story, String slug, RevisionId revision, String headline, Instant firstPublishedAt, Instant publishedAt,
            Instant modifiedAt, Instant withdrawnAt) {

        boolean live() {
            return withdrawnAt == null;
        }

        /** When what readers see of it last changed. */
        Instant lastChange() {
            return withdrawnAt != null && withdrawnAt.isAfter(modifiedAt) ? withdrawnAt : modifiedAt;
        }
    }

    /** A term with the number of live articles filed under it. */
    record TermCount(Term.Kind kind, String slug, String label, int articles) {}

    private final JdbcClient jdbc;

    PublicArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts the story's published revision live under {@code slug} (first publication, or again after a withdrawal). */
    void publish(StoryId story, String slug, RevisionId revision, String headline, List<String> languages, Instant at) {
        jdbc.sql("""
                insert into public_article (story_id, slug, revision_id, headline, languages, first_published_at, published_at, modified_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (story_id) do update set slug = excluded.slug, revision_id = excluded.revision_id, headline = excluded.headline,
                    languages = excluded.languages, published_at = excluded.published_at, modified_at = excluded.modified_at, withdrawn_at = null""")
                .params(story.value(), slug, revision.value(), headline, languages.toArray(String[]::new), utc(at), utc(at), utc(at)).update();
        jdbc.sql("insert into public_article_slug (slug, story_id) values (?, ?) on conflict (slug) do nothing").params(slug, story.value()).update();
    }

    void withdraw(StoryId story, Instant at) {
        jdbc.sql("update public_article set withdrawn_at = ? where story_id = ?").params(utc(at), story.value()).update();
    }

    Optional<Article> bySlug(String slug) {
        return jdbc.sql("select * from public_article where slug = ?").param(slug).query((rs, n) -> article(rs)).optional();
    }

    Optional<Article> byStory(StoryId story) {
        return jdbc.sql("select * from public_article where story_id = ?").param(story.value()).query((rs, n) -> article(rs)).optional();
    }

    /** The article that once had {@code oldSlug}, under its current slug. */
    Optional<Article> byFormerSlug(String oldSlug) {
        return jdbc.sql("select a.* from public_article_slug s join public_article a on a.story_id = s.story_id where s.slug = ?")
                .param(oldSlug).query((rs, n) -> article(rs)).optional();
    }

    /** Live articles, newest first. */
    List<Article> latest(int limit) {
        return jdbc.sql("select * from public_article where withdrawn_at is null order by published_at desc, story_id desc limit ?")
                .param(limit).query((rs, n) -> article(rs)).list();
    }

    List<Article> latestFiledUnder(Term.Kind kind, String termSlug, int limit) {
        return jdbc.sql("""
                select a.* from public_article a
                where a.withdrawn_at is null
                  and exists (select 1 from story_term t where t.story_id = a.story_id and t.kind = ? and t.slug = ?)
                order by a.published_at desc, a.story_id desc limit ?""")
                .params(kind.name(), termSlug, limit).query((rs, n) -> article(rs)).list();
    }

    List<Article> publishedBetween(Instant from, Instant to) {
        return jdbc.sql("select * from public_article where published_at >= ? and published_at < ? order by published_at")
                .params(utc(from), utc(to)).query((rs, n) -> article(rs)).list();
    }

    /** A page of the read API: live articles newest first, after the cursor position, narrowed by the filters (nulls: any). */
    List<Article> page(String category, String tag, String language, Instant updatedSince, Instant beforePublished, Long beforeStory, int limit) {
        StringBuilder sql = new StringBuilder("select a.* from public_article a where a.withdrawn_at is null");
        List<Object> params = new java.util.ArrayList<>();
        if (category != null) {
            sql.append(" and exists (select 1 from story_term t where t.story_id = a.story_id and t.kind = 'CATEGORY' and t.slug = ?)");
            params.add(category);
        }
        if (tag != null) {
            sql.append(" and exists (select 1 from story_term t where t.story_id = a.story_id and t.kind = 'TAG' and t.slug = ?)");
            params.add(tag);
        }
        if (language != null) {
            sql.append(" and a.languages @> array[?]::text[]");
            params.add(language);
        }
        if (updatedSince != null) {
            sql.append(" and greatest(a.modified_at, a.published_at) >= ?");
            params.add(utc(updatedSince));
        }
        if (beforePublished != null) {
            sql.append(" and (a.published_at, a.story_id) < (?, ?)");
            params.add(utc(beforePublished));
            params.add(beforeStory);
        }
        sql.append(" order by a.published_at desc, a.story_id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> article(rs)).list();
    }

    /** When anything readers can see last changed: a publication, a republication or a withdrawal. */
    Optional<Instant> lastChange() {
        return jdbc.sql("select max(greatest(modified_at, coalesce(withdrawn_at, modified_at))) from public_article")
                .query((rs, n) -> Optional.ofNullable(instant(rs, 1))).single();
    }

    /** Replaces the story's terms of one origin. */
    void replaceTerms(StoryId story, String origin, List<Term> terms) {
        jdbc.sql("delete from story_term where story_id = ? and origin = ?").params(story.value(), origin).update();
        for (Term t : terms) {
            jdbc.sql("insert into story_term (story_id, kind, slug, label, origin) values (?, ?, ?, ?, ?) on conflict do nothing")
                    .params(story.value(), t.kind().name(), t.slug(), t.label(), origin).update();
        }
    }

    /** The story's terms, each once (the desk's label wins over the content's). */
    List<Term> termsOf(StoryId story) {
        return jdbc.sql("""
                select distinct on (kind, slug) kind, slug, label from story_term where story_id = ?
                order by kind, slug, origin""")
                .param(story.value()).query((rs, n) -> new Term(Term.Kind.valueOf(rs.getString("kind")), rs.getString("slug"), rs.getString("label")))
                .list();
    }

    /** Terms with at least one live article. */
    List<TermCount> liveTerms() {
        return jdbc.sql("""
                select t.kind, t.slug, min(t.label) as label, count(distinct t.story_id) as articles
                from story_term t join public_article a on a.story_id = t.story_id and a.withdrawn_at is null
                group by t.kind, t.slug order by t.kind, articles desc, t.slug""")
                .query((rs, n) -> new TermCount(Term.Kind.valueOf(rs.getString("kind")), rs.getString("slug"), rs.getString("label"),
                        rs.getInt("articles")))
                .list();
    }

    private static Article article(ResultSet rs) throws SQLException {
        return new Article(new StoryId(rs.getLong("story_id")), rs.getString("slug"), new RevisionId(rs.getLong("revision_id")),
                rs.getString("headline"), instant(rs, "first_published_at"), instant(rs, "published_at"), instant(rs, "modified_at"),
                instant(rs, "withdrawn_at"));
    }
}
