/** Imports source stories (for now: pasted text) and keeps them as clean, deduplicated, immutable source items. */
package org.newsdesk.ingest;
