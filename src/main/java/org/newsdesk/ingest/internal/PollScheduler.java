package org.newsdesk.ingest.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.newsdesk.platform.NewsdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Background polling: every {@code poll-tick}, {@code poll-threads} workers each poll due feeds
 * one after another until none is due. Which feed a worker gets is decided by PostgreSQL
 * ({@link FeedPoller#pollNextDue()}, {@code skip locked}), so any number of app nodes can run
 * this side by side. Off when {@code newsdesk.ingest.polling-enabled} is false (the test suite).
 * A plain {@code @Scheduled} tick rather than a job library: the feed table already is the queue.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "newsdesk.ingest", name = "polling-enabled", havingValue = "true", matchIfMissing = true)
class PollScheduler {

    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);
    /** Polls per worker and tick, so one tick never runs unbounded. */
    private static final int MAX_POLLS_PER_WORKER = 200;

    private final FeedPoller poller;
    private final int threads;

    PollScheduler(FeedPoller poller, NewsdeskProperties props) {
        this.poller = poller;
        this.threads = Math.max(1, props.ingest().pollThreads());
    }

    @Scheduled(initialDelayString = "${newsdesk.ingest.poll-tick:10s}", fixedDelayString = "${newsdesk.ingest.poll-tick:10s}")
    void tick() {
        try (ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("feed-poll-", 0).factory())) {
            for (int i = 0; i < threads; i++) {
                workers.submit(this::pollUntilNoneDue);
            }
        }
    }

    private void pollUntilNoneDue() {
        try {
            for (int n = 0; n < MAX_POLLS_PER_WORKER; n++) {
                if (poller.pollNextDue().isEmpty()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.error("Feed polling stopped for this tick", e);
        }
    }
}
