/** Puts approved stories in front of readers: the public, server-rendered article pages with their AI disclosure. */
package org.newsdesk.publishing;
