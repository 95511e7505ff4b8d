/**
 * Test-only fixture for {@link org.newsdesk.ModularityTest}: two tiny "modules", where {@code b} breaks the
 * module boundary of {@code a}, so the test can show that its rules do fail on a violation.
 */
package org.newsdesk.archfixture;
