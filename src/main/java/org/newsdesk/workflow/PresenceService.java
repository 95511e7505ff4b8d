package org.newsdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.story.StoryId;
import org.springframework.stereotype.Service;

/**
 * Who has which story open, and which field they are editing, told live to everyone else who
 * has it open. Kept in memory on this node (sticky sessions keep a story's editors together;
 * across nodes this would travel over PostgreSQL LISTEN/NOTIFY).
 */
@Service
public class PresenceService {

    private final Map<StoryId, Map<String, Presence>> open = new ConcurrentHashMap<>();
    private final Map<StoryId, List<Consumer<List<Presence>>>> listeners = new ConcurrentHashMap<>();

    /** Announces the signed-in person on the story; {@code onChange} hears everyone present until the handle is run. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public Runnable join(StoryId story, String sessionId, Consumer<List<Presence>> onChange) {
        Actor me = CurrentUser.require();
        open.computeIfAbsent(story, s -> new ConcurrentHashMap<>()).put(sessionId, new Presence(sessionId, me.id(), me.displayName(), null));
        listeners.computeIfAbsent(story, s -> new CopyOnWriteArrayList<>()).add(onChange);
        broadcast(story);
        return () -> {
            listeners.getOrDefault(story, List.of()).remove(onChange);
            Map<String, Presence> here = open.get(story);
            if (here != null) {
                here.remove(sessionId);
            }
            broadcast(story);
        };
    }

    /** Says which field the person is editing now (null: none). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public void editing(StoryId story, String sessionId, String field) {
        Map<String, Presence> here = open.get(story);
        if (here != null) {
            here.computeIfPresent(sessionId, (k, p) -> new Presence(p.sessionId(), p.user(), p.name(), field));
            broadcast(story);
        }
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public List<Presence> present(StoryId story) {
        return new ArrayList<>(open.getOrDefault(story, Map.of()).values());
    }

    private void broadcast(StoryId story) {
        List<Presence> now = new ArrayList<>(open.getOrDefault(story, Map.of()).values());
        for (Consumer<List<Presence>> l : listeners.getOrDefault(story, List.of())) {
            try {
                l.accept(now);
            } catch (RuntimeException e) {
                // a closed UI must not stop the others from hearing
            }
        }
    }
}
