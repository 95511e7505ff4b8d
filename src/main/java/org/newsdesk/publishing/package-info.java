/**
 * Puts approved stories in front of readers: scheduled releases (exactly once, never early, across
 * nodes and restarts), the publishing calendar, and the public site: pages, feeds, sitemap and the AI
 * disclosure of every article.
 */
package org.newsdesk.publishing;
