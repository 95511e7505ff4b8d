package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.io.impl.DateParser;
import org.junit.jupiter.api.Test;

/**
 * Feed dates. Rome is told (src/main/resources/rome.properties) to try the RSS date form first, which saves it 19 failed
 * W3C masks per RSS item; every date must still come out as Rome's own steps (W3C masks, then RFC 822 ones) read it.
 */
class FeedDatesTest {

    static final List<String> DATES = List.of("Sat, 28 Nov 2026 01:53:28 GMT", "Sat, 28 Nov 2026 01:53:28 +0100", "Sat, 28 Nov 2026 01:53:28 -0000",
            "Sat, 28 Nov 2026 01:53:28 EST", "Sat, 28 Nov 2026 01:53:28 PST", "Sat, 28 Nov 2026 01:53:28 UTC", "Sat, 28 Nov 2026 01:53:28 UT",
            "Sat, 28 Nov 2026 01:53:28 Z", "Sat, 28 Nov 26 01:53:28 GMT", "Saturday, 28 Nov 2026 01:53:28 GMT", "sat, 28 nov 2026 01:53:28 gmt",
            "  Sat, 28 Nov 2026 01:53:28 GMT  ", "Sat, 28 Nov 2026 1:53:28 GMT", "Mon, 31 Feb 2026 01:53:28 GMT", "Sat, 28 Nov 2026 01:53:28 GMT+01:00",
            "Sat, 28 Nov 2026 01:53 GMT", "28 Nov 2026 01:53:28 GMT", "Sat, 28 November 2026 01:53:28 GMT", "Sat, 28 Nov 2026 01:53:28",
            "2026-11-28T01:53:28Z", "2026-11-28T01:53:28.123+01:00", "2026-11-28", "2026-11", "not a date");

    @Test
    void everyDateReadsAsRomesOwnStepsReadIt() {
        for (String d : DATES) {
            Date before = DateParser.parseW3CDateTime(d, Locale.US);
            if (before == null) {
                before = DateParser.parseRFC822(d, Locale.US);
            }
            assertThat(DateParser.parseDate(d, Locale.US)).as(d).isEqualTo(before);
        }
    }

    @Test
    void anRssItemKeepsItsDateAndAnAtomEntryItsOwn() {
        String rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><pubDate>Sat, 28 Nov 2026 01:53:28 +0100</pubDate></item>"
                + "<item><title>b</title><pubDate>Sat, 28 Nov 2026 01:53:28 UT</pubDate></item></channel></rss>";
        assertThat(FeedParser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml").entries())
                .extracting(FeedParser.Entry::publishedAt)
                .containsExactly(Instant.parse("2026-11-28T00:53:28Z"), Instant.parse("2026-11-28T01:53:28Z"));
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>a</title><id>x</id>"
                + "<published>2026-11-28T01:53:28.123+01:00</published></entry></feed>";
        assertThat(FeedParser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml").entries())
                .extracting(FeedParser.Entry::publishedAt).containsExactly(Instant.parse("2026-11-28T00:53:28.123Z"));
    }
}
