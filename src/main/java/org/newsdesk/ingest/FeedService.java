package org.newsdesk.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.ingest.internal.FeedParser;
import org.newsdesk.ingest.internal.FeedPoller;
import org.newsdesk.ingest.internal.FeedRepository;
import org.newsdesk.ingest.internal.FetchedResponse;
import org.newsdesk.ingest.internal.Opml;
import org.newsdesk.ingest.internal.SafeFetcher;
import org.newsdesk.ingest.internal.UrlCanonicalizer;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feed subscriptions: add by URL (a page that links to its feed works too) or by OPML, export
 * as OPML, poll now, change the interval, pause, remove. Background polling is in the internal
 * poller; this service is what editors and admins call.
 */
@Service
public class FeedService {

    /** The shortest poll interval a feed may have (outlets may block a reader that polls more often). */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    private final FeedRepository feeds;
    private final FeedPoller poller;
    private final SafeFetcher fetcher;
    private final NewsdeskProperties.Ingest settings;

    FeedService(FeedRepository feeds, FeedPoller poller, SafeFetcher fetcher, NewsdeskProperties props) {
        this.feeds = feeds;
        this.poller = poller;
        this.fetcher = fetcher;
        this.settings = props.ingest();
    }

    /**
     * Subscribes to the feed at {@code url} and polls it once. The address is fetched first: a
     * feed is subscribed as is; a web page that links to a feed subscribes that feed; anything
     * else is refused with the reason, and nothing is stored.
     *
     * @param interval how often to poll; {@code null} for the configured default
     */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    public PollResult subscribe(String url, Duration interval) {
        Duration every = checkInterval(interval);
        String feedUrl = normalise(url);
        if (feeds.findByUrl(feedUrl).isPresent()) {
            throw new IllegalArgumentException("You are subscribed to " + feedUrl + " already.");
        }
        FetchedResponse response = fetcher.get(feedUrl, Map.of());
        String title;
        try {
            title = FeedParser.parse(response.body(), response.contentType()).title();
        } catch (IngestException notAFeed) {
            String discovered = FeedParser.looksLikeHtmlPage(response.body())
                    ? FeedParser.discover(response.body(), response.headerCharset().orElse(null), response.finalUri().toString()) : null;
            if (discovered == null) {
                throw notAFeed;
            }
            feedUrl = normalise(discovered);
            if (feeds.findByUrl(feedUrl).isPresent()) {
                throw new IllegalArgumentException("That page's feed, " + feedUrl + ", is subscribed already.");
            }
            FetchedResponse feed = fetcher.get(feedUrl, Map.of());
            title = FeedParser.parse(feed.body(), feed.contentType()).title();
        }
        Long by = CurrentUser.require().id().value();
        String finalUrl = feedUrl;
        FeedId id = feeds.insert(feedUrl, title, null, every, by)
                .orElseThrow(() -> new IllegalArgumentException("You are subscribed to " + finalUrl + " already."));
        return poller.pollNow(id);
    }

    /** Adds the feeds an OPML file lists (without fetching them: they are polled in the background or with "poll now"). */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional
    public OpmlImport importOpml(byte[] opml) {
        if (opml == null || opml.length == 0) {
            throw new IllegalArgumentException("The OPML file is empty.");
        }
        if (opml.length > settings.maxBodySize().toBytes()) {
            throw new IllegalArgumentException("The OPML file is too large.");
        }
        Long by = CurrentUser.require().id().value();
        int added = 0, known = 0;
        List<String> problems = new ArrayList<>();
        for (Opml.Outline o : Opml.read(opml)) {
            String url = UrlCanonicalizer.canonical(o.xmlUrl());
            if (url == null) {
                problems.add("\"" + o.xmlUrl() + "\" is not an http(s) address");
                continue;
            }
            if (feeds.insert(url, o.title(), o.htmlUrl(), settings.defaultPollInterval(), by).isPresent()) {
                added++;
            } else {
                known++;
            }
        }
        return new OpmlImport(added, known, problems);
    }

    /** Every subscription as an OPML 2.0 file. */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional(readOnly = true)
    public byte[] exportOpml() {
        List<Opml.Outline> outlines = feeds.list().stream().map(f -> new Opml.Outline(f.title(), f.url(), f.siteUrl())).toList();
        return Opml.write("Newsdesk feeds", outlines).getBytes(StandardCharsets.UTF_8);
    }

    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Feed> feeds() {
        return feeds.list();
    }

    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional(readOnly = true)
    public Feed get(FeedId id) {
        return feeds.find(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + " (it may have been removed)."));
    }

    /** Polls the feed now, whatever its schedule, and says what came of it. */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    public PollResult pollNow(FeedId id) {
        return poller.pollNow(id);
    }

    /** Changes how often the feed is polled, and pauses or resumes it. */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional
    public Feed update(FeedId id, Duration interval, boolean enabled) {
        get(id);
        feeds.update(id, checkInterval(interval), enabled);
        return get(id);
    }

    /** Ends the subscription; items already imported stay in the inbox. */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional
    public void unsubscribe(FeedId id) {
        get(id);
        feeds.delete(id);
    }

    private Duration checkInterval(Duration interval) {
        Duration every = interval == null ? settings.defaultPollInterval() : interval;
        if (every.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("Poll a feed at most once a minute (asked: every " + every.toSeconds() + " s).");
        }
        if (every.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("Poll a feed at least once a week.");
        }
        return every;
    }

    private static String normalise(String url) {
        String canonical = UrlCanonicalizer.canonical(url == null ? null : url.strip());
        if (canonical == null) {
            throw new IllegalArgumentException("Give the feed's address, starting with http:// or https:// (got \"" + (url == null ? "" : url.strip()) + "\").");
        }
        return canonical;
    }
}
