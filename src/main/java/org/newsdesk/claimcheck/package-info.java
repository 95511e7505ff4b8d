/** Traces every number, amount, percentage, date and name in a draft to its source texts. */
package org.newsdesk.claimcheck;
