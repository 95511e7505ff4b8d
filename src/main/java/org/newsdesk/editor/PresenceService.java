package org.newsdesk.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.identity.UserId;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.StoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Who has which story open, and which field they are editing, told live to everyone else who has
 * it open, whichever node serves them. Each node keeps the editors it serves and tells the others
 * through {@link DeskSignals}; it repeats what it holds every {@value #ANNOUNCE_SECONDS} s, so a
 * node that crashed, or a signal that was lost, leaves no ghost for longer than
 * {@value #FORGET_SECONDS} s, and a node that starts asks the others to announce theirs. An open
 * editor says it is {@linkplain #stillHere still here} with each poll; one that stops (a closed tab,
 * an ended session: Vaadin notices those only minutes later) is forgotten after
 * {@value #FORGET_SECONDS} s of silence, and so everywhere within 30 s.
 */
@Service
public class PresenceService {

    static final String TOPIC = "presence";
    static final long ANNOUNCE_SECONDS = 5;
    static final long FORGET_SECONDS = 15;

    private static final Logger log = LoggerFactory.getLogger(PresenceService.class);

    private final DeskSignals signals;
    private final Clock clock;
    private final Map<StoryId, Map<String, Seen>> open = new ConcurrentHashMap<>();
    private final Map<StoryId, List<Consumer<List<Presence>>>> listeners = new ConcurrentHashMap<>();

    /** A presence, whether this node serves it, and when its node last spoke of it. */
    private record Seen(Presence presence, boolean mine, Instant at) {}

    private final Runnable unsubscribe;
    private final ScheduledExecutorService announcer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("presence").factory());

    @org.springframework.beans.factory.annotation.Autowired
    PresenceService(DeskSignals signals) {
        this(signals, Clock.systemUTC(), true); // the wall clock, whatever time the desk's business clock says
    }

    /** With {@code announcing} false nothing runs by itself: a test moves {@code clock} and calls {@link #announce()}. */
    PresenceService(DeskSignals signals, Clock clock, boolean announcing) {
        this.signals = signals;
        this.clock = clock;
        this.unsubscribe = signals.subscribe(TOPIC, this::heard);
        signals.onConnection(connected -> {
            if (connected) {
                signals.send(TOPIC, "hello");
            }
        });
        if (announcing) {
            announcer.scheduleAtFixedRate(this::announceQuietly, ANNOUNCE_SECONDS, ANNOUNCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void shutDown() {
        unsubscribe.run();
        announcer.shutdownNow();
    }

    private void announceQuietly() {
        try {
            announce();
        } catch (RuntimeException e) {
            log.debug("Presence announcement failed; the next round tries again: {}", e.toString());
        }
    }

    /** Announces the signed-in person on the story; {@code onChange} hears everyone present until the handle is run. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public Runnable join(StoryId story, String sessionId, Consumer<List<Presence>> onChange) {
        Actor me = CurrentUser.require();
        listeners.computeIfAbsent(story, s -> new CopyOnWriteArrayList<>()).add(onChange);
        here(story, new Presence(sessionId, me.id(), me.displayName(), null));
        return () -> {
            listeners.getOrDefault(story, List.of()).remove(onChange);
            Map<String, Seen> onStory = open.get(story);
            if (onStory != null && onStory.remove(sessionId) != null) {
                tell("gone", story, new Presence(sessionId, me.id(), "", null));
                broadcast(story);
            }
        };
    }

    /** The editor of {@code sessionId} is still open (its browser polled): it is not forgotten yet. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public void stillHere(StoryId story, String sessionId) {
        open.getOrDefault(story, Map.of()).computeIfPresent(sessionId, (k, seen) -> seen.mine() ? new Seen(seen.presence(), true, clock.instant()) : seen);
    }

    /** Says which field the person is editing now (null: none). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public void editing(StoryId story, String sessionId, String field) {
        Seen seen = open.getOrDefault(story, Map.of()).get(sessionId);
        if (seen != null && seen.mine()) {
            Presence p = seen.presence();
            here(story, new Presence(p.sessionId(), p.user(), p.name(), field));
        }
    }

    private void here(StoryId story, Presence p) {
        open.computeIfAbsent(story, s -> new ConcurrentHashMap<>()).put(p.sessionId(), new Seen(p, true, clock.instant()));
        tell("here", story, p);
        broadcast(story);
    }

    /** Tells the other nodes; presence is a courtesy, so a database away for a moment (or shutting down) only delays it to the next announcement. */
    private void tell(String what, StoryId story, Presence p) {
        try {
            send(what, story, p);
        } catch (RuntimeException e) {
            log.debug("Could not tell other nodes about presence on {}: {}", story, e.toString());
        }
    }

    private void send(String what, StoryId story, Presence p) {
        signals.send(TOPIC, what, String.valueOf(story.value()), p.sessionId(), String.valueOf(p.user().value()), clip(p.name()),
                p.editing() == null ? "" : clip(p.editing()));
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** What another node says (this node's own signals come back too, and are passed over: it knows). */
    void heard(DeskSignals.Signal signal) {
        if (signal.fromThisNode()) {
            return;
        }
        if (signal.field(0).equals("hello")) {
            announce();
            return;
        }
        StoryId story = new StoryId(Long.parseLong(signal.field(1)));
        String editing = signal.field(5);
        Presence p = new Presence(signal.field(2), new UserId(Long.parseLong(signal.field(3))), signal.field(4), editing.isEmpty() ? null : editing);
        if (signal.field(0).equals("here")) {
            open.computeIfAbsent(story, s -> new ConcurrentHashMap<>()).put(p.sessionId(), new Seen(p, false, clock.instant()));
        } else if (signal.field(0).equals("gone")) {
            open.getOrDefault(story, Map.of()).remove(p.sessionId());
        }
        broadcast(story);
    }

    /** Repeats the editors this node serves, and forgets those of other nodes not heard of for a while. */
    void announce() {
        Instant forget = clock.instant().minus(Duration.ofSeconds(FORGET_SECONDS));
        open.forEach((story, onStory) -> {
            List<Seen> silent = onStory.values().stream().filter(s -> s.mine() && s.at().isBefore(forget)).toList();
            silent.forEach(s -> {
                onStory.remove(s.presence().sessionId());
                tell("gone", story, s.presence());
            });
            boolean changed = onStory.values().removeIf(s -> !s.mine() && s.at().isBefore(forget)) || !silent.isEmpty();
            onStory.values().stream().filter(Seen::mine).forEach(s -> tell("here", story, s.presence()));
            if (changed) {
                broadcast(story);
            }
            if (onStory.isEmpty() && listeners.getOrDefault(story, List.of()).isEmpty()) {
                open.remove(story, onStory);
                listeners.remove(story);
            }
        });
    }

    private void broadcast(StoryId story) {
        List<Presence> now = new ArrayList<>(open.getOrDefault(story, Map.of()).values().stream().map(Seen::presence).toList());
        for (Consumer<List<Presence>> l : listeners.getOrDefault(story, List.of())) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                // a closed UI must not stop the others from hearing
            }
        }
    }
}
