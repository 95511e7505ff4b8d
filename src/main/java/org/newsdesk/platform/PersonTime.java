package org.newsdesk.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * Times in the editorial app are shown in the zone of the person looking at them, as their browser
 * reports it (one convention everywhere: 24-hour clock, ISO dates).
 */
public final class PersonTime {

    private PersonTime() {}

    /** The current person's zone as the browser reports it, or {@code fallback} outside a browser's request or before it said. */
    public static ZoneId zone(ZoneId fallback) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return fallback;
        }
        try {
            var details = ui.getPage().getExtendedClientDetails();
            String id = details == null ? null : details.getTimeZoneId();
            return id == null || id.isBlank() ? fallback : ZoneId.of(id);
        } catch (DateTimeException | IllegalStateException unknown) {
            return fallback;
        }
    }

    /** A formatter for {@code pattern} in the current person's zone (the server's if the browser has not said). */
    public static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withZone(zone(ZoneId.systemDefault()));
    }
}
