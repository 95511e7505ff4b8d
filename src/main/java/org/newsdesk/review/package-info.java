/**
 * What reviewers work with beside the workflow: the claim check of a story with their acceptances of
 * unsupported claims, review notes with replies and mentions, and the notifications addressed to a person.
 */
package org.newsdesk.review;
