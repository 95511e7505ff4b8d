package org.newsdesk.story;

/** What a workflow transition does to a story besides changing its state. */
public enum TransitionEffect {
    NONE,
    /** Approval binds to the current revision, and to the reviewer. */
    APPROVE_CURRENT_REVISION,
    /** Publication freezes the approved revision as the public one, and gives the story its slug. */
    PUBLISH_APPROVED_REVISION,
    /** Back to draft or review: the approval no longer holds. */
    CLEAR_APPROVAL
}
