package org.newsdesk.platform;

/** Where the data lives: a local PostgreSQL that Newsdesk manages, or a database configured by the operator. */
public enum DatabaseMode {
    /** Nothing configured: Newsdesk runs its own PostgreSQL under the project folder; demo users are created. */
    LOCAL,
    /** {@code NEWSDESK_DB_URL} is set: that database is used, none is started, no demo users exist. */
    CONFIGURED
}
