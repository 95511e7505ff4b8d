package org.newsdesk.ingest;

/**
 * A new source item was stored (not a duplicate), published inside the importing transaction;
 * listen with {@code @TransactionalEventListener} to act once it is committed. {@code clusterId}
 * is the item's near-duplicate cluster (its own id when it starts one).
 */
public record SourceItemImported(SourceItemId item, String kind, long clusterId) {}
