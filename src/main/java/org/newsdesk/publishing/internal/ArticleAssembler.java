package org.newsdesk.publishing.internal;

import java.util.ArrayList;
import java.util.List;

import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.Term;
import org.newsdesk.publishing.internal.PublicArticleRepository.Article;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.TranslationStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gathers what the public site shows of an article from the modules that own it: the revision
 * frozen at approval (never the latest edit), its sources, the provenance behind the disclosure,
 * the person who approved it, and the terms it is filed under.
 */
@Component
class ArticleAssembler {

    /** Everything a page or a feed entry shows of one live article. */
    record Assembled(Article row, Story story, StoryContent content, List<String> languages, List<SourceItem> sources,
            Disclosure.Facts facts, List<Term> terms, List<TranslationStatus> translations) {

        String primary() {
            return languages.getFirst();
        }

        LocalizedContent primaryContent() {
            return content.in(primary());
        }
    }

    private final StoryService stories;
    private final IngestService ingest;
    private final DraftingService drafting;
    private final UserService users;
    private final PublicArticleRepository articles;
    private final NewsdeskProperties props;
    private final JsonMapper json;
    private final SiteViews.Site site;
    private final SiteText text;
    private final Disclosure disclosure;

    ArticleAssembler(StoryService stories, IngestService ingest, DraftingService drafting, UserService users, PublicArticleRepository articles,
            NewsdeskProperties props, JsonMapper json, SiteText text, Disclosure disclosure) {
        this.text = text;
        this.disclosure = disclosure;
        this.stories = stories;
        this.ingest = ingest;
        this.drafting = drafting;
        this.users = users;
        this.articles = articles;
        this.props = props;
        this.json = json;
        this.site = new SiteViews.Site(props.publishing().siteName(), stripSlash(props.publicBaseUrl()));
    }

    SiteViews.Site site() {
        return site;
    }

    Assembled assemble(Article row) {
        return assemble(row, false);
    }

    /**
     * A story's article. A preview of a story nobody has approved yet says so in its disclosure
     * (no approver, no approval time), rather than naming the desk as a published article does.
     */
    Assembled assemble(Article row, boolean preview) {
        Story story = stories.get(row.story());
        Revision revision = stories.revision(row.revision());
        List<SourceItem> sources = ingest.findAll(story.sources());
        boolean unapproved = preview && story.approvedAt() == null;
        String approver = unapproved ? null
                : story.approvedBy() == null ? "the desk" : users.find(story.approvedBy()).map(UserAccount::displayName).orElse("the desk");
        var facts = Disclosure.facts(drafting.provenance(story.id()), sources, approver,
                unapproved ? null : story.approvedAt() == null ? row.publishedAt() : story.approvedAt());
        return new Assembled(row, story, revision.content(), languages(revision.content()), sources, facts, articles.termsOf(row.story()),
                stories.translationsAt(revision.id()));
    }

    /** The article's languages: the desk's, in its order, that the published revision has a headline in. */
    List<String> languages(StoryContent content) {
        List<String> present = props.languages().stream().filter(l -> !content.in(l).headline().isBlank()).toList();
        if (!present.isEmpty()) {
            return present;
        }
        List<String> any = content.languages().entrySet().stream().filter(e -> !e.getValue().headline().isBlank()).map(e -> e.getKey()).toList();
        return any.isEmpty() ? List.of(props.languages().getFirst()) : any;
    }

    SiteViews.ArticleView view(Assembled a) {
        List<SiteViews.Section> sections = new ArrayList<>();
        for (String lang : a.languages()) {
            boolean primary = sections.isEmpty();
            sections.add(new SiteViews.Section(lang, text.languageName(lang), primary ? 1 : 2, a.content().in(lang), text.in(lang),
                    primary ? null : translationNote(lang, a.translations())));
        }
        List<SiteViews.SourceLink> sources = a.sources().stream()
                .map(s -> new SiteViews.SourceLink(s.title(), s.outlet(), SafeUrls.http(s.url()), s.author(), s.language()))
                .toList();
        var disclosure = this.disclosure.lines(a.languages(), a.facts());
        String canonical = site.article(a.row().slug());
        SiteViews.Time published = SiteViews.Time.of(a.row().firstPublishedAt());
        SiteViews.Time updated = a.row().modifiedAt().isAfter(a.row().firstPublishedAt()) ? SiteViews.Time.of(a.row().modifiedAt()) : null;
        String title = a.primaryContent().headline();
        var view = new SiteViews.ArticleView(a.row().story().value(), a.primary(), title, description(a.primaryContent().summary()), canonical,
                sections, sources, disclosure, links(a.terms(), Term.Kind.CATEGORY), links(a.terms(), Term.Kind.TAG), published, updated, null,
                text.ogLocale(a.primary()), a.languages().stream().skip(1).map(text::ogLocale).toList());
        return view.withJsonLd(JsonLd.script(json, jsonLd(a, view)));
    }

    /** The article's schema.org NewsArticle (the page's JSON-LD, also served by the read API). */
    java.util.Map<String, Object> jsonLd(Assembled a, SiteViews.ArticleView view) {
        List<String> alternatives = a.languages().stream().skip(1).map(l -> a.content().in(l).headline()).toList();
        return JsonLd.article(site, view, alternatives, a.facts(), this.disclosure.text("en", a.facts()));
    }

    /** The published revision's content of a live article. */
    StoryContent content(Article row) {
        return stories.revision(row.revision()).content();
    }

    /**
     * When a translated language was last brought up to date with the primary: the latest moment one
     * of its fields was drafted, translated or accepted against the primary text it shows, and who
     * accepted any field as it stands. Null when nothing is known (stories from before tracking).
     */
    private String translationNote(String lang, List<TranslationStatus> translations) {
        List<TranslationStatus> known = translations.stream().filter(t -> t.language().equals(lang) && t.upToDateAt() != null).toList();
        if (known.isEmpty()) {
            return null;
        }
        String when = SiteViews.Time.of(known.stream().map(TranslationStatus::upToDateAt).max(java.time.Instant::compareTo).orElseThrow()).text();
        List<String> acceptedBy = known.stream().filter(t -> t.state() == TranslationStatus.State.ACCEPTED)
                .map(t -> users.find(t.link().acceptance().by()).map(UserAccount::displayName).orElse("a reviewer")).distinct().toList();
        return acceptedBy.isEmpty() ? text.message(lang, "translationCurrent", when)
                : text.message(lang, "translationAccepted", when, String.join(text.message(lang, "list.separator"), acceptedBy));
    }

    /** A list entry: needs only the published revision and the terms. */
    SiteViews.Card card(Article row) {
        StoryContent content = stories.revision(row.revision()).content();
        String lang = languages(content).getFirst();
        LocalizedContent c = content.in(lang);
        return new SiteViews.Card(site.articlePath(row.slug()), c.headline(), description(c.summary()), lang, SiteViews.Time.of(row.firstPublishedAt()),
                links(articles.termsOf(row.story()), Term.Kind.CATEGORY));
    }

    List<SiteViews.TermLink> links(List<Term> terms, Term.Kind kind) {
        return terms.stream().filter(t -> t.kind() == kind).map(t -> new SiteViews.TermLink(t.label(), site.termPath(kind, t.slug()), site.term(kind, t.slug())))
                .toList();
    }

    /** The summary shortened for meta descriptions and lists: at most about 300 characters, cut at a word. */
    static String description(String summary) {
        String s = summary == null ? "" : summary.strip().replaceAll("\\s+", " ");
        if (s.length() <= 300) {
            return s;
        }
        String cut = s.substring(0, 300);
        int space = cut.lastIndexOf(' ');
        return (space > 200 ? cut.substring(0, space) : cut) + "…";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
