package org.newsdesk.ingest;

import java.util.List;

/** What an OPML import did: feeds added, feeds already subscribed, and entries refused (with why). */
public record OpmlImport(int added, int alreadySubscribed, List<String> problems) {

    public String summary() {
        return org.newsdesk.platform.PlainText.count(added, "feed", "feeds") + " added, " + alreadySubscribed + " already subscribed"
                + (problems.isEmpty() ? "." : ", " + problems.size() + " skipped: " + String.join("; ", problems));
    }
}
