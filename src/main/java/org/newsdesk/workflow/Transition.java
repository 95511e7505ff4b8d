package org.newsdesk.workflow;

import static org.newsdesk.story.StoryState.*;

import java.util.EnumSet;
import java.util.Set;

import org.newsdesk.identity.Role;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.TransitionEffect;

/** The workflow table of docs/architecture.md ("Workflow"), one constant per transition: from which states, to which, by whom. */
public enum Transition {
    SUBMIT("Submit for review", EnumSet.of(DRAFT, CHANGES_REQUESTED), IN_REVIEW, EnumSet.of(Role.EDITOR), false, TransitionEffect.NONE),
    REQUEST_CHANGES("Request changes", EnumSet.of(IN_REVIEW), CHANGES_REQUESTED, EnumSet.of(Role.REVIEWER), true, TransitionEffect.NONE),
    APPROVE("Approve", EnumSet.of(IN_REVIEW), APPROVED, EnumSet.of(Role.REVIEWER), false, TransitionEffect.APPROVE_CURRENT_REVISION),
    /** Needs a release time: taken through {@link WorkflowService#schedule}. */
    SCHEDULE("Schedule", EnumSet.of(APPROVED), SCHEDULED, EnumSet.of(Role.PUBLISHER), false, TransitionEffect.NONE),
    /** Moves the release time of a scheduled story: taken through {@link WorkflowService#reschedule}. */
    RESCHEDULE("Reschedule", EnumSet.of(SCHEDULED), SCHEDULED, EnumSet.of(Role.PUBLISHER), false, TransitionEffect.NONE),
    UNSCHEDULE("Unschedule", EnumSet.of(SCHEDULED), APPROVED, EnumSet.of(Role.PUBLISHER), false, TransitionEffect.NONE),
    PUBLISH("Publish now", EnumSet.of(APPROVED, SCHEDULED), PUBLISHED, EnumSet.of(Role.PUBLISHER), false, TransitionEffect.PUBLISH_APPROVED_REVISION),
    UNPUBLISH("Unpublish", EnumSet.of(PUBLISHED), UNPUBLISHED, EnumSet.of(Role.PUBLISHER), true, TransitionEffect.NONE),
    REOPEN("Reopen", EnumSet.of(APPROVED, SCHEDULED, UNPUBLISHED), DRAFT, EnumSet.of(Role.EDITOR, Role.PUBLISHER), false, TransitionEffect.CLEAR_APPROVAL),
    KILL("Kill", EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED), KILLED, EnumSet.of(Role.REVIEWER, Role.PUBLISHER), true,
            TransitionEffect.NONE),
    /** Not a person's action: the system publishes a scheduled story at its time, if its approved revision is still the one scheduled. */
    RELEASE("Scheduled release", EnumSet.of(SCHEDULED), PUBLISHED, EnumSet.noneOf(Role.class), false, TransitionEffect.PUBLISH_APPROVED_REVISION),
    /** Not a person's action: an edit to an approved or scheduled story sends it back to review. */
    BACK_TO_REVIEW("Back to review after an edit", EnumSet.of(APPROVED, SCHEDULED), IN_REVIEW, EnumSet.of(Role.EDITOR, Role.REVIEWER), false,
            TransitionEffect.CLEAR_APPROVAL);

    private final String label;
    private final Set<StoryState> from;
    private final StoryState to;
    private final Set<Role> roles;
    private final boolean needsNote;
    private final TransitionEffect effect;

    Transition(String label, Set<StoryState> from, StoryState to, Set<Role> roles, boolean needsNote, TransitionEffect effect) {
        this.label = label;
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.needsNote = needsNote;
        this.effect = effect;
    }

    public String label() {
        return label;
    }

    public Set<StoryState> from() {
        return from;
    }

    public StoryState to() {
        return to;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean needsNote() {
        return needsNote;
    }

    public TransitionEffect effect() {
        return effect;
    }

    /** Whether a person may choose it (the rest are taken by the system). */
    public boolean isManual() {
        return this != BACK_TO_REVIEW && this != RELEASE;
    }

    /** Whether taking it needs a release time (a date, a time and a time zone) besides an optional note. */
    public boolean needsReleaseTime() {
        return this == SCHEDULE || this == RESCHEDULE;
    }
}
