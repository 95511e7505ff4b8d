/** Extraction, normalisation and index-based matching behind {@link org.newsdesk.claimcheck.ClaimChecker}. */
package org.newsdesk.claimcheck.internal;
