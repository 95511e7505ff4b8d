package org.newsdesk.ingest.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.ingest.Feed;
import org.newsdesk.ingest.FeedId;
import org.newsdesk.ingest.IngestException;
import org.newsdesk.ingest.PollResult;
import org.newsdesk.ingest.PollResult.Outcome;
import org.newsdesk.platform.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Polls one feed at a time. Each poll runs in a transaction that first locks the feed's row
 * ({@code for update skip locked}), so a feed is polled by one node at a time and a node that
 * dies mid-poll releases it. The feed is fetched with its ETag / Last-Modified, read whole, and
 * its items are stored in one savepoint: a feed that fails to fetch or parse, or whose items
 * fail to store, stores nothing, gets the error in plain words and a later retry (its interval,
 * doubled per consecutive failure, up to {@code max-backoff}).
 */
@Component
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedRepository feeds;
    private final ItemStore store;
    private final SafeFetcher fetcher;
    private final NewsdeskProperties.Ingest settings;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;

    FeedPoller(FeedRepository feeds, ItemStore store, SafeFetcher fetcher, NewsdeskProperties props, PlatformTransactionManager tm) {
        this.feeds = feeds;
        this.store = store;
        this.fetcher = fetcher;
        this.settings = props.ingest();
        this.tx = new TransactionTemplate(tm);
        this.savepoint = new TransactionTemplate(tm);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Polls this feed now, whatever its schedule; BUSY when another poll holds it. */
    public PollResult pollNow(FeedId id) {
        return tx.execute(status -> feeds.claim(id).map(this::poll).orElseGet(() -> {
            if (feeds.find(id).isEmpty()) {
                throw new IllegalArgumentException("There is no " + id + " (it may have been removed).");
            }
            return new PollResult(id, Outcome.BUSY, 0, 0, "This feed is being polled right now; its result will show in a moment.");
        }));
    }

    /**
     * Polls the most overdue feed that no one else is polling; empty when none is due. Such a scheduled poll commits without
     * waiting for the disk (nobody is waiting on its answer): a crash of the database's machine can only lose whole polls of
     * its last moments, items and the feed's state together, so those feeds are due again and polled again, and their
     * items come back from the feed. During an import burst the two workers had spent about a quarter of the time waiting
     * for each commit's flush (issue #15). A poll someone asked for ({@link #pollNow}) waits for the disk as before.
     */
    public Optional<PollResult> pollNextDue() {
        return tx.execute(status -> {
            feeds.commitWithoutWaitingForDisk();
            return feeds.claimDue().map(this::poll);
        });
    }

    private PollResult poll(Feed feed) {
        FeedRepository.Validators validators = feeds.validators(feed.id());
        Map<String, String> headers = new LinkedHashMap<>();
        if (validators.etag() != null) {
            headers.put("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            headers.put("If-Modified-Since", validators.lastModified());
        }
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        try {
            FetchedResponse response = fetcher.get(feed.url(), headers);
            if (response.notModified()) {
                feeds.recordSuccess(feed.id(), response.etag(), response.lastModified(), null, null, 0, feed.pollInterval());
                return new PollResult(feed.id(), Outcome.NOT_MODIFIED, 0, 0, "Nothing new since the last poll (the server said so).");
            }
            FeedParser.ParsedFeed parsed = FeedParser.parse(response.body(), response.contentType());
            List<NewItem> items = toItems(feed, parsed, response.finalUri());
            List<ItemStore.Stored> stored = savepoint.execute(s -> store.store(items));
            int fresh = (int) stored.stream().filter(r -> !r.duplicate()).count();
            feeds.recordSuccess(feed.id(), response.etag(), response.lastModified(), parsed.title(), parsed.siteUrl(), fresh, feed.pollInterval());
            return new PollResult(feed.id(), Outcome.IMPORTED, fresh, stored.size() - fresh,
                    org.newsdesk.platform.PlainText.count(fresh, "new item", "new items") + (stored.size() > fresh ? ", " + (stored.size() - fresh) + " already in the inbox." : ".")
                            + (parsed.notes().isEmpty() ? "" : " " + String.join(" ", parsed.notes())));
        } catch (IngestException e) {
            return failed(feed, e.getMessage());
        } catch (RuntimeException e) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            log.error("Polling {} ({}) failed unexpectedly [{}]", feed.id(), feed.url(), reference, e);
            return failed(feed, "Newsdesk could not store this feed's items (an internal error, reference " + reference
                    + " in the log); nothing of this poll was kept.");
        }
    }

    private PollResult failed(Feed feed, String message) {
        Duration next = backoff(feed.pollInterval(), feed.consecutiveFailures() + 1, settings.maxBackoff());
        feeds.recordFailure(feed.id(), message, next);
        log.info("Poll of {} ({}) failed: {}", feed.id(), feed.url(), message);
        return new PollResult(feed.id(), Outcome.FAILED, 0, 0, message);
    }

    /** The wait after the {@code failures}-th failure in a row: the interval, doubled per further failure, capped. */
    static Duration backoff(Duration interval, int failures, Duration max) {
        Duration delay = interval;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        Duration cap = max.compareTo(interval) > 0 ? max : interval;
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    static List<NewItem> toItems(Feed feed, FeedParser.ParsedFeed parsed, URI base) {
        String source = feed.title() != null ? feed.title() : parsed.title();
        List<NewItem> items = new ArrayList<>();
        for (FeedParser.Entry e : parsed.entries()) {
            String title = e.title() == null ? "" : TextCleaner.cleanLine(e.title());
            String text = TextCleaner.clean(e.content());
            if (title.isEmpty() && text.isEmpty()) {
                continue;
            }
            if (title.isEmpty()) {
                title = text.length() > 120 ? text.substring(0, 117) + "…" : text;
            }
            if (text.isEmpty()) {
                text = title;
            }
            if (text.length() > org.newsdesk.ingest.IngestService.MAX_TEXT_LENGTH) {
                text = text.substring(0, org.newsdesk.ingest.IngestService.MAX_TEXT_LENGTH);
            }
            String link = resolve(base, e.link());
            String language = LanguageDetection.detect(title + "\n" + text);
            items.add(NewItem.of("FEED", feed.id().value(), source == null ? null : TextCleaner.cleanLine(source), link,
                    e.guid() != null ? e.guid() : link, title, e.author() == null ? null : TextCleaner.cleanLine(e.author()), e.publishedAt(),
                    language != null ? language : parsed.language(), text, resolve(base, e.imageUrl()), null, null));
        }
        return items;
    }

    private static String resolve(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI resolved = base.resolve(link.strip());
            String scheme = resolved.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? resolved.toString() : null;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }
}
