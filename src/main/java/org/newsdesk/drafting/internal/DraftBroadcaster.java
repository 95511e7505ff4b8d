package org.newsdesk.drafting.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.story.StoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Delivers drafting events to every open editor of a story, in this process. */
@Component
public class DraftBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(DraftBroadcaster.class);

    private final Map<StoryId, List<Consumer<DraftEvent>>> listeners = new ConcurrentHashMap<>();

    public Runnable subscribe(StoryId story, Consumer<DraftEvent> listener) {
        listeners.computeIfAbsent(story, s -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(story, (s, l) -> {
            l.remove(listener);
            return l.isEmpty() ? null : l;
        });
    }

    public void publish(DraftEvent event) {
        for (Consumer<DraftEvent> listener : listeners.getOrDefault(event.story(), List.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.debug("A drafting listener failed: {}", e.toString());
            }
        }
    }
}
