package org.newsdesk.publishing.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.Term;
import org.newsdesk.publishing.internal.PublicArticleRepository.Article;
import org.newsdesk.story.StoryId;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every public page and feed, rendered through the {@link PageCache}: an article, its 410 notice
 * once withdrawn, the redirect from a former slug, the home, category and tag pages, the three feeds,
 * the sitemap and robots.txt. A page that does not exist throws {@link NotFound} and is not cached.
 */
@Component
class PublicPages {

    static final String HTML = "text/html;charset=UTF-8";
    static final String TEXT = "text/plain;charset=UTF-8";
    private static final int LIST_SIZE = 30;

    /** No such page; nothing is cached for it (so a later publication is seen at once). */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super("No such page", null, false, false);
        }
    }

    private final PageCache cache;
    private final PublicArticleRepository articles;
    private final ArticleAssembler assembler;
    private final ITemplateEngine templates;
    private final JsonMapper json;
    private final NewsdeskProperties props;
    private final SiteText text;
    private final Disclosure disclosure;

    PublicPages(PageCache cache, PublicArticleRepository articles, ArticleAssembler assembler, ITemplateEngine templates, JsonMapper json,
            NewsdeskProperties props, SiteText text, Disclosure disclosure) {
        this.text = text;
        this.disclosure = disclosure;
        this.cache = cache;
        this.articles = articles;
        this.assembler = assembler;
        this.templates = templates;
        this.json = json;
        this.props = props;
    }

    private SiteViews.Site site() {
        return assembler.site();
    }

    private String siteLanguage() {
        return props.languages().getFirst();
    }

    Page article(String slug) {
        return cache.get("article:" + slug, stamp -> {
            Optional<Article> found = articles.bySlug(slug);
            if (found.isEmpty()) {
                Article moved = articles.byFormerSlug(slug).orElseThrow(NotFound::new);
                return Page.redirect(site().article(moved.slug()), moved.story(), stamp);
            }
            Article row = found.get();
            if (!row.live()) {
                Map<String, Object> model = base(siteLanguage());
                model.put("withdrawn", SiteViews.Time.of(row.withdrawnAt()));
                model.put("headline", row.headline());
                return Page.of(410, HTML, render("site/gone", model), row.lastChange(), Set.of(row.story()), false, stamp);
            }
            var assembled = assembler.assemble(row);
            var view = assembler.view(assembled);
            Map<String, Object> model = base(view.lang());
            model.put("a", view);
            return Page.of(200, HTML, render("site/article", model), row.lastChange(), Set.of(row.story()), false, stamp);
        });
    }

    /** A story's preview: the article page as readers would see it, with a banner saying it is not published and no canonical address. */
    byte[] previewHtml(SiteViews.ArticleView view) {
        Map<String, Object> model = base(view.lang());
        model.put("a", view);
        model.put("preview", true);
        return render("site/article", model).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    Page home() {
        return cache.get("home", stamp -> list(stamp, articles.latest(LIST_SIZE), site().name(), text.in(siteLanguage()).get("latest"),
                Feeds.description(site().name()), site().home()));
    }

    Page term(Term.Kind kind, String slug) {
        return cache.get(kind.path() + ":" + slug, stamp -> {
            List<Article> rows = articles.latestFiledUnder(kind, slug, LIST_SIZE);
            if (rows.isEmpty()) {
                throw new NotFound();
            }
            String label = articles.termsOf(rows.getFirst().story()).stream().filter(t -> t.kind() == kind && t.slug().equals(slug))
                    .map(Term::label).findFirst().orElse(slug);
            String kindName = text.in(siteLanguage()).get(kind == Term.Kind.CATEGORY ? "categories" : "tags");
            return list(stamp, rows, label + " · " + site().name(), label, kindName + ": " + label, site().term(kind, slug));
        });
    }

    private Page list(long stamp, List<Article> rows, String title, String heading, String description, String canonical) {
        List<SiteViews.Card> cards = rows.stream().map(assembler::card).toList();
        Map<String, Object> model = base(siteLanguage());
        model.put("page", new SiteViews.ListView(siteLanguage(), title, heading, description, canonical, cards));
        Set<StoryId> shown = new HashSet<>();
        rows.forEach(r -> shown.add(r.story()));
        return Page.of(200, HTML, render("site/list", model), lastChange(), shown, true, stamp);
    }

    Page rss() {
        return cache.get("rss", stamp -> Page.of(200, Feeds.RSS_TYPE, Feeds.rss(site(), siteLanguage(), lastChange(), feedItems()),
                lastChange(), Set.of(), true, stamp));
    }

    Page atom() {
        return cache.get("atom", stamp -> Page.of(200, Feeds.ATOM_TYPE, Feeds.atom(site(), siteLanguage(), lastChange(), feedItems()),
                lastChange(), Set.of(), true, stamp));
    }

    Page jsonFeed() {
        return cache.get("json", stamp -> Page.of(200, Feeds.JSON_FEED_TYPE, Feeds.jsonFeed(json, site(), siteLanguage(), feedItems()),
                lastChange(), Set.of(), true, stamp));
    }

    Page sitemap() {
        return cache.get("sitemap", stamp -> {
            List<Feeds.SitemapUrl> urls = new ArrayList<>();
            urls.add(new Feeds.SitemapUrl(site().home(), lastChange()));
            for (Article a : articles.latest(50_000)) {
                urls.add(new Feeds.SitemapUrl(site().article(a.slug()), a.modifiedAt()));
            }
            for (var t : articles.liveTerms()) {
                urls.add(new Feeds.SitemapUrl(site().term(t.kind(), t.slug()), null));
            }
            return Page.of(200, Feeds.XML_TYPE, Feeds.sitemap(urls), lastChange(), Set.of(), true, stamp);
        });
    }

    Page robots() {
        return cache.get("robots", stamp -> Page.of(200, TEXT, """
                # The public site is open to every crawler; the editorial app behind it is not for them.
                User-agent: *
                Allow: /news
                Allow: /articles/
                Allow: /categories/
                Allow: /tags/
                Allow: /feeds/
                Allow: /sitemap.xml
                Disallow: /

                Sitemap: %s/sitemap.xml
                """.formatted(site().baseUrl()), Instant.EPOCH, Set.of(), false, stamp));
    }

    private volatile byte[] notFound;

    /** The 404 page of the public site: the same for every address, so rendered once. */
    byte[] notFound() {
        byte[] page = notFound;
        if (page == null) {
            page = render("site/not-found", base(siteLanguage())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            notFound = page;
        }
        return page;
    }

    private List<Feeds.Item> feedItems() {
        List<Feeds.Item> items = new ArrayList<>();
        for (Article row : articles.latest(props.publishing().feedSize())) {
            var a = assembler.assemble(row);
            var c = a.primaryContent();
            String disclosure = this.disclosure.text(a.primary(), a.facts());
            items.add(new Feeds.Item(site().tagUri(row.story().value(), row.firstPublishedAt()), site().article(row.slug()), c.headline(),
                    ArticleAssembler.description(c.summary()), Feeds.html(c.summary(), c.tldr(), disclosure), a.primary(), row.firstPublishedAt(),
                    row.modifiedAt(), a.terms().stream().filter(t -> t.kind() == Term.Kind.CATEGORY).map(Term::label).toList(),
                    a.terms().stream().filter(t -> t.kind() == Term.Kind.TAG).map(Term::label).toList(), disclosure,
                    JsonLd.digitalSourceType(a.facts())));
        }
        return items;
    }

    private Instant lastChange() {
        return articles.lastChange().orElse(Instant.EPOCH);
    }

    private Map<String, Object> base(String lang) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("site", site());
        model.put("text", text.in(lang));
        model.put("lang", lang);
        return model;
    }

    private String render(String template, Map<String, Object> model) {
        return templates.process(template, new Context(Locale.forLanguageTag((String) model.get("lang")), model));
    }
}
