package org.newsdesk.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsdesk.publishing.Term;
import org.newsdesk.publishing.internal.PublicArticleRepository.Article;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's answers, built from what the public pages show (the same assembler, so the same
 * revision, sources, terms and disclosure as the page and its JSON-LD) and kept in the pages' cache,
 * so they are evicted on every node when an article changes (docs/decisions/0007).
 */
@Component
class ArticleApi {

    static final String JSON = "application/json";
    static final int MAX_PAGE = 100;

    /** The client asked for something this API cannot answer; the message says what, in plain words. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    private final PageCache cache;
    private final PublicArticleRepository articles;
    private final ArticleAssembler assembler;
    private final JsonMapper json;
    private final DeliverySettings settings;
    private final Disclosure disclosureText;

    ArticleApi(PageCache cache, PublicArticleRepository articles, ArticleAssembler assembler, JsonMapper json, DeliverySettings settings,
            Disclosure disclosureText) {
        this.disclosureText = disclosureText;
        this.cache = cache;
        this.articles = articles;
        this.assembler = assembler;
        this.json = json;
        this.settings = settings;
    }

    String apiPath(String slug) {
        return "/api/v1/articles/" + slug;
    }

    Page list(String category, String tag, String language, String updatedSince, String cursor, Integer limit) {
        int size = limit == null ? settings.api().pageSize() : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new BadRequest("limit must be between 1 and " + MAX_PAGE + ".");
        }
        Instant since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = Instant.parse(updatedSince.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequest("updatedSince must be a UTC time such as 2026-01-31T09:00:00Z.");
            }
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.parse(cursor);
        String cat = slugOrNull(category);
        String tg = slugOrNull(tag);
        String lang = language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
        Instant from = since;
        String key = "api:list:" + cat + "|" + tg + "|" + lang + "|" + from + "|" + (after == null ? "" : after.encode()) + "|" + size;
        return cache.get(key, stamp -> {
            List<Article> rows = articles.page(cat, tg, lang, from, after == null ? null : after.publishedAt(), after == null ? null : after.story(),
                    size + 1);
            boolean more = rows.size() > size;
            List<Article> shown = more ? rows.subList(0, size) : rows;
            List<ApiModel.ArticleSummary> items = shown.stream().map(this::summary).toList();
            String next = more ? new Cursor(shown.getLast().publishedAt(), shown.getLast().story().value()).encode() : null;
            Set<StoryId> stories = new HashSet<>();
            shown.forEach(a -> stories.add(a.story()));
            return Page.of(200, JSON, json.writeValueAsString(new ApiModel.ArticlePage(items, next)), lastChange(), stories, true, stamp);
        });
    }

    Page article(String slug) {
        return cache.get("api:article:" + slug, stamp -> {
            Optional<Article> found = articles.bySlug(slug);
            if (found.isEmpty()) {
                Article moved = articles.byFormerSlug(slug).orElseThrow(PublicPages.NotFound::new);
                return Page.redirect(apiPath(moved.slug()), moved.story(), stamp);
            }
            Article row = found.get();
            if (!row.live()) {
                return Page.of(410, JSON, json.writeValueAsString(new ApiModel.Error("This article was withdrawn on " + row.withdrawnAt() + ".")),
                        row.lastChange(), Set.of(row.story()), false, stamp);
            }
            return Page.of(200, JSON, json.writeValueAsString(detail(row)), row.lastChange(), Set.of(row.story()), false, stamp);
        });
    }

    private ApiModel.ArticleSummary summary(Article row) {
        SiteViews.Card card = assembler.card(row);
        StoryContent content = assembler.content(row);
        List<Term> terms = articles.termsOf(row.story());
        return new ApiModel.ArticleSummary(row.slug(), assembler.site().article(row.slug()), apiPath(row.slug()), card.headline(),
                content.in(card.lang()).summary(), card.lang(), assembler.languages(content), refs(terms, Term.Kind.CATEGORY), refs(terms, Term.Kind.TAG),
                row.firstPublishedAt().toString(), updated(row).toString());
    }

    private ApiModel.Article detail(Article row) {
        var a = assembler.assemble(row);
        var view = assembler.view(a);
        Map<String, Map<String, String>> content = new LinkedHashMap<>();
        for (String lang : a.languages()) {
            LocalizedContent c = a.content().in(lang);
            Map<String, String> fields = new LinkedHashMap<>();
            for (ContentField f : ContentField.values()) {
                if (!c.text(f).isBlank()) {
                    fields.put(f.key(), c.text(f));
                }
            }
            content.put(lang, fields);
        }
        List<ApiModel.Source> sources = a.sources().stream()
                .map(s -> new ApiModel.Source(s.title(), s.outlet(), SafeUrls.http(s.url()), s.author(), s.language())).toList();
        var facts = a.facts();
        Map<String, String> statement = new LinkedHashMap<>();
        disclosureText.lines(a.languages(), facts).forEach(l -> statement.put(l.language(), l.text()));
        List<ApiModel.Model> models = facts.models().stream().map(m -> new ApiModel.Model(m.model(), m.provider(),
                m.fields().stream().map(ContentField::key).toList(), List.copyOf(m.languages()), m.lastGenerated().toString())).toList();
        var disclosure = new ApiModel.AiDisclosure(facts.aiDrafted(), facts.edited(), JsonLd.digitalSourceType(facts), models, facts.approver(),
                facts.approvedAt() == null ? null : facts.approvedAt().toString(), statement);
        return new ApiModel.Article(row.slug(), view.canonical(), view.title(), a.primary(), a.languages(), content, refs(a.terms(), Term.Kind.CATEGORY),
                refs(a.terms(), Term.Kind.TAG), sources, disclosure, row.firstPublishedAt().toString(), updated(row).toString(), assembler.jsonLd(a, view));
    }

    private static Instant updated(Article row) {
        return row.modifiedAt().isAfter(row.firstPublishedAt()) ? row.modifiedAt() : row.firstPublishedAt();
    }

    private List<ApiModel.TermRef> refs(List<Term> terms, Term.Kind kind) {
        return terms.stream().filter(t -> t.kind() == kind).map(t -> new ApiModel.TermRef(t.slug(), t.label(), assembler.site().term(kind, t.slug())))
                .toList();
    }

    private Instant lastChange() {
        return articles.lastChange().orElse(Instant.EPOCH);
    }

    private static String slugOrNull(String s) {
        return s == null || s.isBlank() ? null : Term.of(Term.Kind.TAG, s).slug();
    }

    /** Where a page ended: the last article's publication time and story id (the list's order), opaque to clients. */
    record Cursor(Instant publishedAt, long story) {

        String encode() {
            String raw = publishedAt.getEpochSecond() + "." + publishedAt.getNano() + "." + story;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.US_ASCII).split("\\.");
                if (parts.length != 3) {
                    throw new IllegalArgumentException();
                }
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), Long.parseLong(parts[2]));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new BadRequest("This cursor is not one the API gave out: pass nextCursor from the previous page as it was.");
            }
        }
    }
}
