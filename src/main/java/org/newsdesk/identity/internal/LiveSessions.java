package org.newsdesk.identity.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.newsdesk.platform.DeskSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions this node holds, so that an admin's change to a person's access takes effect at once:
 * disabling them, changing their roles or resetting their password sends {@value #TOPIC} to every
 * node (through {@link DeskSignals}), and each node ends the person's sessions it holds. Their open
 * tabs then land on the sign-in page with their next request; they sign in again with what the admin
 * left them.
 */
@Component
public class LiveSessions implements HttpSessionListener {

    static final String TOPIC = "identity-access-changed";
    private static final Logger log = LoggerFactory.getLogger(LiveSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final DeskSignals signals;

    LiveSessions(DeskSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, signal -> end(signal.field(0)));
    }

    /** Tells every node to end {@code username}'s sessions once the current transaction commits. */
    public void endEverywhere(String username) {
        signals.send(TOPIC, username);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Sessions on this node, anonymous ones included. */
    public int count() {
        return sessions.size();
    }

    int end(String username) {
        int ended = 0;
        for (HttpSession session : sessions.values()) {
            if (username.equals(owner(session))) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyGone) {
                    // ended meanwhile
                }
            }
        }
        sessions.values().removeIf(s -> !valid(s));
        if (ended > 0) {
            log.info("Ended {} session(s) of '{}' after an admin changed their access", ended, username);
        }
        return ended;
    }

    private static String owner(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext sc && sc.getAuthentication() != null ? sc.getAuthentication().getName() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static boolean valid(HttpSession session) {
        try {
            session.getCreationTime();
            return true;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
