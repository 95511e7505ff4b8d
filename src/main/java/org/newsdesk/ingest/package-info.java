/** Imports source stories from feeds, article URLs and pasted text, and keeps them as clean, deduplicated, clustered, immutable source items. */
package org.newsdesk.ingest;
