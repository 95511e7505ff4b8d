/** Runs the application itself: its database (a managed local PostgreSQL when none is configured), clock and shared settings. */
package org.newsdesk.platform;
