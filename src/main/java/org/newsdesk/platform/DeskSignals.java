package org.newsdesk.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Short signals between the people working at once, whichever node serves them: a topic and a short
 * text, sent with PostgreSQL {@code NOTIFY} and heard by every node (this one included) on a
 * {@code LISTEN} connection of its own. Sent inside a transaction, a signal goes out when it commits
 * and never if it rolls back, so nobody hears of a change that did not happen. Listeners run on the
 * listening thread and must hand work off quickly (a view uses {@code UI.access}).
 *
 * <p>A signal is a topic and a few short fields; it also says whether this node sent it, so a
 * listener that already acted on its own change can pass over the echo.
 *
 * <p>Signals say that something changed, not what it now is: a listener reads the current state
 * itself. While the listening connection is down, signals sent meanwhile are lost; listeners are
 * told through {@link #onConnection} so they can stop trusting what they cache, and catch up.
 */
@Component
public class DeskSignals implements SmartLifecycle {

    static final String CHANNEL = "newsdesk_desk";
    /** PostgreSQL refuses payloads of 8,000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7_900;
    private static final Logger log = LoggerFactory.getLogger(DeskSignals.class);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /** Separates the parts of a message; a field cannot contain it (it becomes a space). */
    private static final char SEP = '\u001F';

    /** What a listener hears: whether this node sent it, and the fields it was sent with. */
    public record Signal(boolean fromThisNode, List<String> fields) {
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<Signal>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<Boolean>> connectionListeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile Thread thread;

    DeskSignals(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Tells every node's listeners of {@code topic}; inside a transaction, when it commits. */
    public void send(String topic, String... fields) {
        if (topic.isEmpty() || topic.indexOf(SEP) >= 0) {
            throw new IllegalArgumentException("A signal's topic is a non-empty word: " + topic);
        }
        StringBuilder message = new StringBuilder(topic).append(SEP).append(node);
        for (String field : fields) {
            message.append(SEP).append(field == null ? "" : field.replace(SEP, ' '));
        }
        if (message.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A signal carries at most " + MAX_PAYLOAD_BYTES + " bytes; send an id and let listeners read the rest.");
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, message.toString()).query((rs, n) -> 1).list();
    }

    /** Hears every signal of {@code topic} until the returned handle is run. */
    public Runnable subscribe(String topic, Consumer<Signal> listener) {
        List<Consumer<Signal>> list = listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /**
     * Tells {@code listener} true each time the listening connection is (re)established (anything
     * sent while it was down was missed), and false when it is lost (signals may be missed now).
     */
    public Runnable onConnection(Consumer<Boolean> listener) {
        connectionListeners.add(listener);
        return () -> connectionListeners.remove(listener);
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("desk-signals").start(this::listen);
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
                connectionListeners.forEach(l -> runQuietly(() -> l.accept(true)));
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
                connectionListeners.forEach(l -> runQuietly(() -> l.accept(false)));
                log.warn("Lost the connection that hears other nodes' changes ({}); retrying in {} s", e.getMessage(), RECONNECT.toSeconds());
                try {
                    Thread.sleep(RECONNECT);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void dispatch(String message) {
        String[] parts = message.split(String.valueOf(SEP), -1);
        if (parts.length < 2) {
            return;
        }
        Signal signal = new Signal(parts[1].equals(node), List.of(parts).subList(2, parts.length));
        for (Consumer<Signal> l : listeners.getOrDefault(parts[0], List.of())) {
            runQuietly(() -> l.accept(signal));
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // one listener (a closed tab, say) must not stop the others from hearing
            log.debug("A signal listener failed", e);
        }
    }
}
