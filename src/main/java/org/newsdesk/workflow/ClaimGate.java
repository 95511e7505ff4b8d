package org.newsdesk.workflow;

import java.util.List;

import org.newsdesk.story.Story;

/**
 * Approval waits for every unsupported claim to be fixed or accepted. The module that checks claims
 * (review) implements this; the workflow asks it when it decides whether a story may be approved.
 */
public interface ClaimGate {

    /** The unsupported claims of the story's current revision that no reviewer accepted. */
    List<UnresolvedClaim> unresolved(Story story);
}
