package org.newsdesk.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.ingest.internal.ArticleExtractor;
import org.newsdesk.ingest.internal.FetchedResponse;
import org.newsdesk.ingest.internal.HtmlCharsets;
import org.newsdesk.ingest.internal.ItemStore;
import org.newsdesk.ingest.internal.LanguageDetection;
import org.newsdesk.ingest.internal.NewItem;
import org.newsdesk.ingest.internal.SafeFetcher;
import org.newsdesk.ingest.internal.SourceItemRepository;
import org.newsdesk.ingest.internal.TextCleaner;
import org.newsdesk.ingest.internal.UrlCanonicalizer;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports source items (pasted text, article URLs; feeds are in {@link FeedService}) and reads
 * them back for the inbox. Every import is cleaned, deduplicated (canonical URL, feed GUID,
 * normalised text) and clustered with near-duplicates before it is stored.
 */
@Service
public class IngestService {

    public static final int MAX_TEXT_LENGTH = 200_000;
    private static final List<String> LANGUAGES = List.of("en", "fr", "zh");

    private final SourceItemRepository items;
    private final ItemStore store;
    private final SafeFetcher fetcher;
    private final NewsdeskProperties.Ingest settings;
    private final TransactionTemplate tx;

    IngestService(SourceItemRepository items, ItemStore store, SafeFetcher fetcher, NewsdeskProperties props, PlatformTransactionManager tm) {
        this.items = items;
        this.store = store;
        this.fetcher = fetcher;
        this.settings = props.ingest();
        this.tx = new TransactionTemplate(tm);
    }

    /** Stores pasted text as a source item; the same text (or URL) pasted again returns the item already stored. */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public ImportResult paste(PastedSource pasted) {
        String title = TextCleaner.cleanLine(pasted.title());
        String text = TextCleaner.clean(pasted.text());
        if (title.isEmpty()) {
            throw new IllegalArgumentException("Give the source a title.");
        }
        if (title.length() > org.newsdesk.platform.PlainText.MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("The title is " + title.length() + " characters long; a title has at most "
                    + org.newsdesk.platform.PlainText.MAX_TITLE_LENGTH + ".");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Paste the source's text: it is empty.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The text is " + text.length() + " characters long; the most a source may hold is "
                    + MAX_TEXT_LENGTH + ".");
        }
        String url = pasted.url() == null ? null : pasted.url().strip();
        if (url != null && url.isEmpty()) {
            url = null;
        }
        if (url != null && (!url.matches("(?i)https?://\\S+") || UrlCanonicalizer.canonical(url) == null)) {
            throw new IllegalArgumentException("The URL must start with http:// or https:// (got \"" + url + "\").");
        }
        String language = pasted.language() == null || pasted.language().isBlank() ? null : pasted.language();
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unknown language \"" + language + "\"; use one of " + LANGUAGES + ".");
        }
        if (language == null) {
            language = LanguageDetection.detect(title + "\n" + text);
        }
        String sourceName = pasted.sourceName() == null || pasted.sourceName().isBlank() ? null : TextCleaner.cleanLine(pasted.sourceName());
        NewItem item = NewItem.of("PASTE", null, sourceName, url, null, title, null, null, language, text, null, null, CurrentUser.require().id().value());
        return result(store.store(List.of(item)).get(0));
    }

    /**
     * Fetches an article page and stores its main text with title, author, published time,
     * language and lead image; the page's HTML is kept (up to {@code max-stored-html}) so it can
     * be extracted again. A URL imported before (tracking parameters aside) is not fetched again.
     *
     * @throws IngestException with a plain message when the page cannot be fetched or holds no article
     */
    @RolesAllowed(Names.EDITOR)
    public ImportResult importUrl(String url) {
        String canonical = UrlCanonicalizer.canonical(url == null ? null : url.strip());
        if (canonical == null) {
            throw new IngestException("Give the article's address, starting with http:// or https:// (got \"" + (url == null ? "" : url.strip()) + "\").");
        }
        long importedBy = CurrentUser.require().id().value();
        Optional<SourceItem> known = items.findByCanonicalUrl(canonical);
        if (known.isPresent()) {
            return new ImportResult(known.get(), true);
        }
        FetchedResponse page = fetcher.get(url.strip(), Map.of("Accept", "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"));
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.startsWith("text/")) {
            throw new IngestException("The address serves " + type.split(";")[0] + ", not a web page; Newsdesk imports articles from HTML pages.");
        }
        String html = HtmlCharsets.decode(page.body(), page.headerCharset().orElse(null)).text();
        ArticleExtractor.Extracted article = ArticleExtractor.extract(html, page.finalUri().toString());
        if (article.text().isBlank()) {
            throw new IngestException("No article text was found on " + page.finalUri() + ". Nothing was imported.");
        }
        if (article.title() == null) {
            throw new IngestException("The page at " + page.finalUri() + " has no title; paste the story instead.");
        }
        String text = article.text().length() > MAX_TEXT_LENGTH ? article.text().substring(0, MAX_TEXT_LENGTH) : article.text();
        String pageCanonical = UrlCanonicalizer.canonical(article.canonicalUrl());
        String storedUrl = pageCanonical != null && sameSite(pageCanonical, page.finalUri().getHost()) ? article.canonicalUrl() : page.finalUri().toString();
        int cap = (int) Math.min(Integer.MAX_VALUE, settings.maxStoredHtml().toBytes());
        String raw = html.length() > cap ? html.substring(0, cap) : html;
        String source = article.siteName() != null ? article.siteName() : page.finalUri().getHost();
        NewItem item = NewItem.of("URL", null, source, storedUrl, null, article.title(), article.author(), article.publishedAt(), article.language(),
                text, article.imageUrl(), raw, importedBy);
        return tx.execute(status -> {
            // the URL asked for, when it differs from the page's own canonical one, is known too
            Optional<SourceItem> asked = items.findByCanonicalUrl(canonical);
            return asked.map(s -> new ImportResult(s, true)).orElseGet(() -> result(store.store(List.of(item)).get(0)));
        });
    }

    private static boolean sameSite(String url, String host) {
        String h = java.net.URI.create(url).getHost();
        return h != null && host != null && (h.equalsIgnoreCase(host) || h.endsWith("." + host) || host.endsWith("." + h));
    }

    private ImportResult result(ItemStore.Stored stored) {
        return new ImportResult(items.find(stored.id()).orElseThrow(), stored.duplicate());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SourceItem> find(SourceItemId id) {
        return items.find(id);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<SourceItem> findAll(List<SourceItemId> ids) {
        return ids.stream().map(items::find).flatMap(Optional::stream).toList();
    }

    /** The page's HTML as fetched when it was imported from a URL (size-capped), for extracting it again. */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<String> storedHtml(SourceItemId id) {
        return items.rawHtml(id);
    }

    /** One page of the inbox (the grid loads lazily). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(InboxQuery query, int offset, int limit) {
        return items.inbox(query, offset, limit);
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public int count(InboxQuery query) {
        return items.count(query);
    }

    /** One item as an inbox row (with its cluster size). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<InboxItem> inboxItem(SourceItemId id) {
        return items.inboxItem(id);
    }

    /** Every item of a cluster: the same news from several outlets, oldest first. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<InboxItem> cluster(long clusterId) {
        return items.cluster(clusterId);
    }

    /** Marks items as used in a story (called when a story is started from them). */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public void markUsed(List<SourceItemId> ids) {
        ids.forEach(items::markUsed);
    }

    /** Sets new items aside; returns how many were new. Used items stay used. */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public int ignore(List<SourceItemId> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("Select one or more items to ignore.");
        }
        return items.markIgnored(ids);
    }

    /** Brings ignored items back to new. */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public int restore(List<SourceItemId> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("Select one or more items to restore.");
        }
        return items.restore(ids);
    }
}
