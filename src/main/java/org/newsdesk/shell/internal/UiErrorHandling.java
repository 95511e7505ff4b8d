package org.newsdesk.shell.internal;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from a click into a message the person can act on: a refusal says why, a
 * bad input says what to fix, and anything unexpected gets a reference to find it in the log.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.ERROR);
            n.setId("error-message");
        }
    }

    static String messageFor(Throwable error) {
        if (fromTheDatabase(error)) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Database error [{}]", ref, error);
            return "Something went wrong while reading or saving (reference " + ref + "). Nothing you saved was lost; try again.";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                log.info("Refused: {}", t.getMessage());
                return "You are not allowed to do this with your role." + (t.getMessage() != null && t.getMessage().startsWith("Sign in")
                        ? " " + t.getMessage() : "");
            }
            if (t instanceof IllegalArgumentException || t instanceof IllegalStateException
                    || t.getClass().getSimpleName().endsWith("WorkflowException") || t.getClass().getSimpleName().endsWith("StaleStoryException")) {
                return t.getMessage();
            }
        }
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error [{}]", ref, error);
        return "Something went wrong (reference " + ref + "). Nothing you saved was lost; try again.";
    }

    /** A database's own words (SQL, PostgreSQL's message) are for the log, never for a person. */
    private static boolean fromTheDatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessException || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
