package org.newsdesk.review;

import java.time.Instant;

import org.newsdesk.claimcheck.Claim;
import org.newsdesk.story.ContentField;

/**
 * A claim found in the draft, with what the check made of it and, for an unsupported one, whether
 * a reviewer accepted it (and why). {@code key} identifies it across saves: field, language and text.
 */
public record CheckedClaim(String key, Claim claim, ContentField field, String acceptedBy, String note, Instant acceptedAt) {

    /** Unsupported (or an unsourced conversion) and not accepted by a reviewer: blocks approval. */
    public boolean blocking() {
        return claim.flagged() && acceptedBy == null;
    }

    /** What claims are grouped by: the same words, whatever the case and spacing ("€500 million" in three fields is one claim to judge). */
    public static String group(String text) {
        return org.newsdesk.workflow.UnresolvedClaim.group(text);
    }

    /** As the workflow's approval guard knows it. */
    public org.newsdesk.workflow.UnresolvedClaim unresolved() {
        return new org.newsdesk.workflow.UnresolvedClaim(claim.text(), field, claim.field(), claim.language());
    }

    public String where() {
        return (field == null ? claim.field() : field.label()) + " (" + org.newsdesk.platform.Languages.name(claim.language()) + ")";
    }
}
