package org.newsdesk.ingest.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.newsdesk.ingest.IngestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs slow work (fetching a page or a feed) off the UI thread, as the signed-in person, and
 * hands the result back to the UI through server push. The returned future completes once the
 * UI update is queued (tests wait on it).
 */
final class Background {

    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private Background() {}

    static <T> CompletableFuture<Void> run(Supplier<T> work, Consumer<T> done, Runnable always) {
        UI ui = UI.getCurrent();
        Executor executor = new DelegatingSecurityContextExecutor(task -> Thread.ofVirtual().name("ingest-ui").start(task),
                SecurityContextHolder.getContext());
        return CompletableFuture.supplyAsync(work, executor).handle((result, error) -> {
            ui.access(() -> {
                always.run();
                if (error == null) {
                    done.accept(result);
                } else {
                    showError(unwrap(error));
                }
            });
            return null;
        });
    }

    static void showError(Throwable error) {
        Notification n = Notification.show(messageFor(error), 10000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.setId("ingest-error");
    }

    /**
     * What the person reads: a refusal or a problem with the source in Newsdesk's words; anything else (a library's or the
     * database's own words) only as a reference to the log.
     */
    static String messageFor(Throwable error) {
        if (error instanceof AccessDeniedException) {
            return "You are not allowed to do this with your role.";
        }
        if (error instanceof IngestException
                || (error instanceof IllegalArgumentException || error instanceof IllegalStateException) && thrownByNewsdesk(error)) {
            return error.getMessage();
        }
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        log.error("Background ingest work failed [{}]", reference, error);
        return "Something went wrong (reference " + reference + " in the log). Nothing was stored; try again.";
    }

    /** Newsdesk's own refusals are thrown by its code; the same exception types from a library carry the library's words. */
    private static boolean thrownByNewsdesk(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getMessage() != null && trace.length > 0 && trace[0].getClassName().startsWith("org.newsdesk.");
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
