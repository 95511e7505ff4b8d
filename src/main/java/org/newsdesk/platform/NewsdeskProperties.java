package org.newsdesk.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting a desk may change, bound from {@code newsdesk.*} in application.yml (each
 * overridable by the environment variable named there and in the README).
 */
@ConfigurationProperties("newsdesk")
public record NewsdeskProperties(
        Database database,
        LocalDb localDb,
        @DefaultValue("true") boolean demoUsers,
        @DefaultValue({"en", "zh"}) List<String> languages,
        Llm llm,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Ingest ingest,

        @DefaultValue Publishing publishing) {

    public record Database(String url, String username, String password, @DefaultValue("20") int poolSize) {}

    /**
     * The PostgreSQL Newsdesk manages itself when no database is configured.
     *
     * @param sharedBuffers its {@code shared_buffers} ("512MB", "1GB"), or {@code auto}: an eighth of the machine's memory, between
     *        128 MB (PostgreSQL's own default) and 1 GB (see docs/decisions/0002)
     */
    public record LocalDb(@DefaultValue(".newsdesk/postgres") String dir, @DefaultValue("54329") int port, String binDir,
            @DefaultValue("auto") String sharedBuffers) {}

    /**
     * Scheduled releases and the public site.
     *
     * @param pollInterval how often a node looks for releases it was not told about (set on another node); releases it knows of wake it at their instant
     * @param lateAfter a release published more than this after its time is marked late
     * @param releaseWorkers releases a node publishes in parallel when many are due at once
     * @param releaseMaxAttempts attempts before a release that keeps failing is marked failed
     * @param releaseRetryBackoff pause before a failed release is tried again
     * @param defaultZone time zone offered first when the browser does not say which one the publisher is in
     * @param cacheMaxAge how long browsers and CDNs may reuse a public page or feed without asking again
     * @param pageCacheMb memory for rendered public pages and feeds
     * @param feedSize articles in each feed
     * @param siteName the public site's name
     * @param nodeName this node's name in the release log (empty: host name and process id)
     */
    public record Publishing(
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("1m") Duration lateAfter,
            @DefaultValue("4") int releaseWorkers,
            @DefaultValue("5") int releaseMaxAttempts,
            @DefaultValue("10s") Duration releaseRetryBackoff,
            @DefaultValue("UTC") String defaultZone,
            @DefaultValue("60s") Duration cacheMaxAge,
            @DefaultValue("64") int pageCacheMb,
            @DefaultValue("50") int feedSize,
            @DefaultValue("Newsdesk") String siteName,
            String nodeName) {}

    public record Llm(
            String baseUrl,
            String apiKey,
            String model,
            @DefaultValue("openai-compatible") String provider,
            @DefaultValue("25s") Duration timeout,
            /** Attempts per section call (the first and its retries); see {@code RetryPolicy}. */
            @DefaultValue("6") int maxAttempts,
            /** Pause before the first retry; doubled before each further one, with jitter. */
            @DefaultValue("1s") Duration retryBackoff,
            /** Longest pause between two attempts (before jitter). */
            @DefaultValue("20s") Duration retryMaxBackoff,
            /** A provider's Retry-After up to this long is waited out; a longer one fails the section at once. */
            @DefaultValue("60s") Duration maxRetryAfter,
            /** "model=input/output" US$ per million tokens, comma-separated. */
            @DefaultValue("") String prices,
            /** Refuse further drafting once the day's estimated cost reaches this (0 = no budget). */
            @DefaultValue("0") double dailyBudgetUsd,
            /** After this many drafts in a row failed on the provider (no call answered), stop calling it for {@link #breakerPause}. */
            @DefaultValue("3") int breakerFailures,
            @DefaultValue("30s") Duration breakerPause) {

        /** A model is usable when a base URL and a model name are given (a key is optional: local servers need none). */
        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank() && model != null && !model.isBlank();
        }
    }

    /**
     * Feeds, URL import and the outbound HTTP fetcher they share. Fetches go only to public
     * addresses unless the host is in {@code allowedHosts} (self-hosted outlets, tests).
     */
    public record Ingest(
            @DefaultValue List<String> allowedHosts,
            @DefaultValue("10s") Duration connectTimeout,
            @DefaultValue("20s") Duration readTimeout,
            @DefaultValue("10MB") DataSize maxBodySize,
            @DefaultValue("5") int maxRedirects,
            @DefaultValue("2MB") DataSize maxStoredHtml,
            @DefaultValue("Newsdesk/0.1 (feed reader)") String userAgent,
            @DefaultValue("true") boolean pollingEnabled,
            @DefaultValue("10s") Duration pollTick,
            @DefaultValue("2") int pollThreads,
            @DefaultValue("30m") Duration defaultPollInterval,
            @DefaultValue("6h") Duration maxBackoff,
            @DefaultValue("0.5") double nearDuplicateSimilarity) {

        public Ingest {
            allowedHosts = allowedHosts == null ? List.of()
                    : allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        }

        /**
         * Whether {@code host} is listed (exactly, or under a listed {@code *.domain}) for some port: an entry may name a
         * port ({@code feeds.lan:8080}) or any port ({@code feeds.lan:*}); without one it allows only 80 and 443.
         */
        public boolean allows(String host) {
            return allows(host, -1);
        }

        /** Whether {@code host} is listed for {@code port} ({@code -1}: for any port its entry names). */
        public boolean allows(String host, int port) {
            String h = host.toLowerCase(Locale.ROOT);
            for (String entry : allowedHosts) {
                int colon = entry.lastIndexOf(':');
                boolean namesPort = colon > 0 && entry.indexOf(']') < colon && (entry.startsWith("[") || entry.indexOf(':') == colon);
                String name = namesPort ? entry.substring(0, colon) : entry;
                if (name.startsWith("[") && name.endsWith("]")) {
                    name = name.substring(1, name.length() - 1);
                }
                boolean hostMatches = name.equals(h) || (name.startsWith("*.") && h.endsWith(name.substring(1)));
                if (!hostMatches) {
                    continue;
                }
                String ports = namesPort ? entry.substring(colon + 1) : "";
                if (port < 0 || ports.equals("*") || (ports.isEmpty() ? port == 80 || port == 443 : ports.equals(Integer.toString(port)))) {
                    return true;
                }
            }
            return false;
        }
    }
}
