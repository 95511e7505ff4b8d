package org.newsdesk.publishing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.newsdesk.story.StoryId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node about public changes and new release times through PostgreSQL
 * {@code LISTEN/NOTIFY}. A notice sent inside a transaction is delivered when it commits, and never
 * if it rolls back. Each node listens on one connection of its own: a public change evicts the pages
 * it affects, a release change wakes the scheduler. While the listening connection is down, the
 * page cache is bypassed (this node could miss another's change) and the scheduler still polls.
 */
@Component
class ChangeNotifications implements SmartLifecycle {

    static final String CHANNEL = "newsdesk_publishing";
    private static final Logger log = LoggerFactory.getLogger(ChangeNotifications.class);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PageCache cache;
    private final ReleaseScheduler scheduler;
    private volatile boolean running;
    private volatile Thread thread;

    ChangeNotifications(JdbcClient jdbc, DataSource dataSource, PageCache cache, ReleaseScheduler scheduler) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.cache = cache;
        this.scheduler = scheduler;
    }

    /** Inside the transaction that changed what readers see of {@code story}. */
    void articleChanged(StoryId story) {
        notify("article:" + story.value());
    }

    /** Inside the transaction that changed which terms some stories are filed under. */
    void listsChanged() {
        notify("lists");
    }

    /** Inside the transaction that set or moved a release time. */
    void releasesChanged() {
        notify("release");
    }

    private void notify(String payload) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query((rs, n) -> 1).list();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("publishing-notifications").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                // From here on no change is missed; anything before is covered by starting afresh.
                cache.bypass(false);
                scheduler.wake();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications(500);
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            dispatch(note.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                cache.bypass(true);
                log.warn("Lost the connection that hears other nodes' publishing changes ({}); retrying in {} s", e.getMessage(),
                        RECONNECT.toSeconds());
                try {
                    Thread.sleep(RECONNECT);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void dispatch(String payload) {
        if (payload.startsWith("article:")) {
            cache.storyChanged(new StoryId(Long.parseLong(payload.substring("article:".length()))));
        } else if (payload.equals("lists")) {
            cache.listsChanged();
        } else if (payload.equals("release")) {
            scheduler.wake();
        }
    }
}
