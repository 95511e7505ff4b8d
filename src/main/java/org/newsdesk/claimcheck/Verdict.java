package org.newsdesk.claimcheck;

/** What the check found for one claim. */
public enum Verdict {
    /** A source states it, or it follows from what the sources state by a rule that holds. */
    SUPPORTED,
    /** No source states it, or the sources state something else. */
    UNSUPPORTED,
    /** An amount converted into another currency at a rate that no source gives. */
    UNSOURCED_CONVERSION;

    /** Whether a reviewer must resolve the claim before approval. */
    public boolean flagged() {
        return this != SUPPORTED;
    }
}
