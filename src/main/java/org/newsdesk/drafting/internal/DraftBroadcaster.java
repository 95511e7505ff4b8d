package org.newsdesk.drafting.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.StoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers drafting events to every open editor of a story. Editors on this node hear every event
 * with the text drafted so far; editors on other nodes hear, through {@link DeskSignals}, how many
 * parts are done and how the draft ended (not the text, which streams token by token: they read
 * the saved draft when it ends).
 */
@Component
public class DraftBroadcaster {

    static final String TOPIC = "drafting";
    private static final Logger log = LoggerFactory.getLogger(DraftBroadcaster.class);

    private final DeskSignals signals;
    private final Map<StoryId, List<Consumer<DraftEvent>>> listeners = new ConcurrentHashMap<>();
    /** The parts-done count last told to other nodes, per story drafting here. */
    private final Map<StoryId, Integer> toldDone = new ConcurrentHashMap<>();

    DraftBroadcaster(DeskSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, this::heard);
    }

    public Runnable subscribe(StoryId story, Consumer<DraftEvent> listener) {
        listeners.computeIfAbsent(story, s -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(story, (s, l) -> {
            l.remove(listener);
            return l.isEmpty() ? null : l;
        });
    }

    public void publish(DraftEvent event) {
        deliver(event);
        try {
            switch (event) {
                case DraftEvent.Progress p -> {
                    Integer before = toldDone.put(p.story(), p.done());
                    if (before == null || before != p.done()) {
                        tell("progress", p.story(), p.done() + "/" + p.total());
                    }
                }
                case DraftEvent.Finished f -> {
                    toldDone.remove(f.story());
                    tell("finished", f.story(), f.message());
                }
                case DraftEvent.Failed f -> {
                    toldDone.remove(f.story());
                    tell("failed", f.story(), f.message());
                }
            }
        } catch (RuntimeException e) {
            // editors on other nodes see the outcome when they next load the story
            log.debug("Could not tell other nodes about drafting on {}: {}", event.story(), e.toString());
        }
    }

    private void tell(String what, StoryId story, String detail) {
        String text = detail == null ? "" : detail;
        signals.send(TOPIC, what, String.valueOf(story.value()), text.length() > 1000 ? text.substring(0, 1000) + "…" : text);
    }

    /** What another node tells (this node's own signals come back too: its editors heard them already). */
    private void heard(DeskSignals.Signal signal) {
        if (signal.fromThisNode()) {
            return;
        }
        StoryId story = new StoryId(Long.parseLong(signal.field(1)));
        switch (signal.field(0)) {
            case "progress" -> {
                String[] parts = signal.field(2).split("/");
                deliver(new DraftEvent.Progress(story, Map.of(), Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            }
            case "finished" -> deliver(new DraftEvent.Finished(story, signal.field(2)));
            case "failed" -> deliver(new DraftEvent.Failed(story, signal.field(2)));
            default -> { }
        }
    }

    private void deliver(DraftEvent event) {
        for (Consumer<DraftEvent> listener : listeners.getOrDefault(event.story(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.debug("A drafting listener failed: {}", e.toString());
            }
        }
    }
}
