package org.newsdesk.ingest;

/**
 * What the inbox shows: optional filters (words in the title or source name, status, language,
 * one cluster) and an order.
 */
public record InboxQuery(String text, String status, String language, Long clusterId, Sort sort, boolean ascending) {

    /** Orders the inbox can be sorted by; each ends with the item id so pages never overlap. */
    public enum Sort {
        TIME, SOURCE, TITLE, LANGUAGE, CLUSTER_SIZE, STATUS
    }

    public static final InboxQuery ALL = new InboxQuery(null, null, null, null, Sort.TIME, false);

    public InboxQuery {
        sort = sort == null ? Sort.TIME : sort;
        text = org.newsdesk.platform.PlainText.search(text);
    }

    public InboxQuery withText(String t) {
        return new InboxQuery(t, status, language, clusterId, sort, ascending);
    }

    public InboxQuery withStatus(String s) {
        return new InboxQuery(text, s, language, clusterId, sort, ascending);
    }

    public InboxQuery withLanguage(String l) {
        return new InboxQuery(text, status, l, clusterId, sort, ascending);
    }

    public InboxQuery withCluster(Long c) {
        return new InboxQuery(text, status, language, c, sort, ascending);
    }

    public InboxQuery sortedBy(Sort s, boolean asc) {
        return new InboxQuery(text, status, language, clusterId, s, asc);
    }
}
