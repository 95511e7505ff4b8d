package org.newsdesk.drafting.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small helpers for the plain-words messages drafting gives editors. */
final class Messages {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

    private Messages() {}

    /** "10:42" (this server's time zone), rounded up so that "paused until 10:42" is never early. */
    static String time(Instant at) {
        Instant minute = at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        return HOUR_MINUTE.format(minute.equals(at) ? at : minute.plusSeconds(60));
    }

    static String timeWithSeconds(Instant at) {
        return WITH_SECONDS.format(at);
    }

    static String withoutStop(String sentence) {
        String s = sentence.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
