package org.newsdesk.ingest;

import java.time.Instant;

/**
 * One row of the inbox: a source item with the size of its near-duplicate cluster (the same news
 * from other outlets). Equal by id, so a grid keeps its selection across reloads.
 */
public record InboxItem(SourceItemId id, String kind, String source, String title, String language, Instant time, String status,
        long clusterId, int clusterSize, String url) {

    @Override
    public boolean equals(Object o) {
        return o instanceof InboxItem other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
