package org.newsdesk.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.newsdesk.publishing.Term;
import org.newsdesk.story.LocalizedContent;
import org.springframework.web.util.UriUtils;

/**
 * What the public templates see: plain records made for them, so that templates never reach into
 * services. Content is passed as {@link LocalizedContent} per language, so a field added to the
 * content model is one template fragment away from the page (see templates/site/article/).
 */
final class SiteViews {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SiteViews() {}

    /**
     * The site's name and addresses: absolute ones (from the configured public URL) for canonical
     * links, OpenGraph, JSON-LD, feeds and the sitemap; root-relative paths for links between pages.
     */
    record Site(String name, String baseUrl) {

        public String homePath() {
            return "/news";
        }

        public String home() {
            return baseUrl + homePath();
        }

        public String rss() {
            return baseUrl + "/feeds/rss.xml";
        }

        public String atom() {
            return baseUrl + "/feeds/atom.xml";
        }

        public String jsonFeed() {
            return baseUrl + "/feeds/feed.json";
        }

        public String articlePath(String slug) {
            return "/articles/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        }

        public String article(String slug) {
            return baseUrl + articlePath(slug);
        }

        public String termPath(Term.Kind kind, String slug) {
            return "/" + kind.path() + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8);
        }

        public String term(Term.Kind kind, String slug) {
            return baseUrl + termPath(kind, slug);
        }

        /** A stable id for a story in feeds (RFC 4151 tag URI), unchanged when its slug changes. */
        public String tagUri(long storyId, Instant firstPublished) {
            String host = java.net.URI.create(baseUrl).getHost();
            return "tag:" + (host == null ? "newsdesk" : host) + "," + firstPublished.atZone(ZoneOffset.UTC).getYear() + ":story-" + storyId;
        }
    }

    /** A moment, for a {@code <time>} element. */
    record Time(String iso, String text) {
        public static Time of(Instant at) {
            return at == null ? null : new Time(at.toString(), SHOWN.format(at));
        }
    }

    /** A category or tag: its label, the path of its page, and that page's absolute address. */
    record TermLink(String label, String url, String absoluteUrl) {}

    record SourceLink(String title, String outlet, String url, String author, String language) {}

    /**
     * One language of an article: {@code level} 1 for the primary language (its headline is the page's h1), 2 for the others;
     * {@code translation} says when a translated language was last brought up to date with the primary (null when unknown).
     */
    record Section(String lang, String languageName, int level, LocalizedContent content, Map<String, String> text, String translation) {}

    record ArticleView(
            long storyId,
            String lang,
            String title,
            String description,
            String canonical,
            List<Section> sections,
            List<SourceLink> sources,
            List<Disclosure.Line> disclosure,
            List<TermLink> categories,
            List<TermLink> tags,
            Time published,
            Time updated,
            String jsonLd,
            String ogLocale,
            List<String> ogAlternateLocales) {

        ArticleView withJsonLd(String script) {
            return new ArticleView(storyId, lang, title, description, canonical, sections, sources, disclosure, categories, tags, published,
                    updated, script, ogLocale, ogAlternateLocales);
        }
    }

    /** An article in a list: home, category and tag pages. */
    record Card(String url, String headline, String summary, String lang, Time published, List<TermLink> categories) {}

    record ListView(String lang, String title, String heading, String description, String canonical, List<Card> cards) {}
}
