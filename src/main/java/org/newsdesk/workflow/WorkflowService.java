package org.newsdesk.workflow;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.MyWork;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.Schedule;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryRevised;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.TranslationAccepted;
import org.newsdesk.story.TranslationStatus;
import org.newsdesk.workflow.internal.AuditRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every workflow transition, checked against {@link WorkflowPolicy} on the server whatever the
 * UI offers, recorded in the audit log with who, when, from, to, revision and note, and announced
 * as a {@link StoryTransitioned} event inside the same transaction.
 */
@Service
public class WorkflowService {

    /** The name the audit log gives the release scheduler. */
    public static final String SYSTEM = "Scheduler (system)";

    private final StoryService stories;
    private final DraftingService drafting;
    private final AuditRepository audit;
    private final NewsdeskProperties props;
    private final ClaimGate claims;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeskSignals signals;
    private final Authors authors;

    WorkflowService(StoryService stories, DraftingService drafting, AuditRepository audit, NewsdeskProperties props, ClaimGate claims,
            ApplicationEventPublisher events, Clock clock, DeskSignals signals, Authors authors) {
        this.authors = authors;
        this.signals = signals;
        this.stories = stories;
        this.drafting = drafting;
        this.audit = audit;
        this.props = props;
        this.claims = claims;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Names.EDITOR)
    @Transactional
    public Story submit(StoryId id) {
        return perform(id, Transition.SUBMIT, null);
    }

    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public Story requestChanges(StoryId id, String note) {
        return perform(id, Transition.REQUEST_CHANGES, note);
    }

    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public Story approve(StoryId id) {
        return perform(id, Transition.APPROVE, null);
    }

    @RolesAllowed(Names.PUBLISHER)
    @Transactional
    public Story publishNow(StoryId id) {
        return perform(id, Transition.PUBLISH, null);
    }

    /**
     * Schedules an approved story's release at {@code localTime} on the wall clock of {@code zone}
     * (see {@link ReleaseTimes#resolve} for daylight-saving changes); the time must be in the future.
     * What goes live then is the revision approved now.
     */
    @RolesAllowed(Names.PUBLISHER)
    @Transactional
    public Story schedule(StoryId id, LocalDateTime localTime, ZoneId zone) {
        return scheduleAt(id, Transition.SCHEDULE, localTime, zone);
    }

    /** Moves a scheduled story's release to another time (the same rules as {@link #schedule}). */
    @RolesAllowed(Names.PUBLISHER)
    @Transactional
    public Story reschedule(StoryId id, LocalDateTime localTime, ZoneId zone) {
        return scheduleAt(id, Transition.RESCHEDULE, localTime, zone);
    }

    /** Takes a scheduled story off the schedule; it stays approved. */
    @RolesAllowed(Names.PUBLISHER)
    @Transactional
    public Story unschedule(StoryId id) {
        return apply(id, Transition.UNSCHEDULE, null, CurrentUser.require());
    }

    /**
     * The scheduled release, taken by the release scheduler when the time has come: publishes the
     * approved revision the release was set for and records it in the audit log as the system's act.
     * Needs no signed-in user; refuses (changing nothing) unless the story is scheduled, due by the
     * clock, and {@code scheduledRevision} is still its approved revision (see
     * {@link StoryService#release}), so no caller can make it do anything the clock would not.
     *
     * @throws WorkflowException when the story's state refuses the release (retrying will not help)
     */
    @PermitAll
    @Transactional
    public Story releaseScheduled(StoryId id, RevisionId scheduledRevision, String note) {
        Story after;
        try {
            after = stories.release(id, scheduledRevision);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new WorkflowException("The scheduled release of " + id + " was refused: " + refused.getMessage());
        }
        audit.record(id, Transition.RELEASE, StoryState.SCHEDULED, after.state(), after.publishedRevision(), null, SYSTEM, note);
        events.publishEvent(new StoryTransitioned(id, Transition.RELEASE, StoryState.SCHEDULED, after.state(), null, note));
        return after;
    }

    @RolesAllowed(Names.PUBLISHER)
    @Transactional
    public Story unpublish(StoryId id, String note) {
        return perform(id, Transition.UNPUBLISH, note);
    }

    @RolesAllowed({Names.EDITOR, Names.PUBLISHER})
    @Transactional
    public Story reopen(StoryId id) {
        return perform(id, Transition.REOPEN, null);
    }

    @RolesAllowed({Names.REVIEWER, Names.PUBLISHER})
    @Transactional
    public Story kill(StoryId id, String note) {
        return perform(id, Transition.KILL, note);
    }

    /** Takes any manual transition; the policy refuses it for a wrong role, a wrong state or a failed guard. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public Story perform(StoryId id, Transition transition, String note) {
        if (!transition.isManual()) {
            throw new WorkflowException("\"" + transition.label() + "\" happens by itself; nobody can choose it.");
        }
        if (transition.needsReleaseTime()) {
            throw new WorkflowException("\"" + transition.label() + "\" needs a release time: pick a date, a time and a time zone.");
        }
        return apply(id, transition, note, CurrentUser.require());
    }

    /** The transitions the signed-in person may take on this story now. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Transition> availableActions(StoryId id) {
        Story story = stories.get(id);
        return WorkflowPolicy.available(facts(story), CurrentUser.require());
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<AuditEntry> history(StoryId id) {
        return audit.forStory(id);
    }

    /** Every step changes someone's queues: their navigation counts update as it commits, on every node. */
    @EventListener
    void onTransitioned(StoryTransitioned step) {
        signals.send(MyWork.CHANGED, String.valueOf(step.story().value()));
    }

    /** An edit to an approved or scheduled story sends it back to review: what is approved is what was reviewed. */
    @EventListener
    void onRevised(StoryRevised revised) {
        if (revised.state() == StoryState.APPROVED || revised.state() == StoryState.SCHEDULED) {
            Actor actor = CurrentUser.require();
            String who = revised.authorKind() == AuthorKind.MODEL ? "AI draft requested by " + actor.displayName() : actor.displayName();
            Story before = stories.get(revised.story());
            Story after = stories.transition(revised.story(), before.state(), Transition.BACK_TO_REVIEW.to(), Transition.BACK_TO_REVIEW.effect());
            String note = "Edited after approval: " + org.newsdesk.story.StoryContent.FieldRef.list(revised.changedFields());
            audit.record(revised.story(), Transition.BACK_TO_REVIEW, before.state(), after.state(), after.current().id(), actor.id(), who, note);
            events.publishEvent(new StoryTransitioned(revised.story(), Transition.BACK_TO_REVIEW, before.state(), after.state(), actor.id(), note));
        }
    }

    private Story apply(StoryId id, Transition t, String note, Actor actor) {
        Story story = stories.get(id);
        var refusal = WorkflowPolicy.refusal(t, facts(story), actor, note);
        if (refusal.isPresent()) {
            throw new WorkflowException(refusal.get());
        }
        Story after = stories.transition(id, story.state(), t.to(), t.effect());
        String cleanNote = note == null || note.isBlank() ? null : org.newsdesk.platform.PlainText.strip(note).strip();
        audit.record(id, t, story.state(), after.state(), after.current().id(), actor.id(), actor.displayName(), cleanNote);
        events.publishEvent(new StoryTransitioned(id, t, story.state(), after.state(), actor.id(), cleanNote));
        return after;
    }

    private Story scheduleAt(StoryId id, Transition t, LocalDateTime localTime, ZoneId zone) {
        Actor actor = CurrentUser.require();
        Story story = stories.get(id);
        var refusal = WorkflowPolicy.refusal(t, facts(story), actor, null);
        if (refusal.isPresent()) {
            throw new WorkflowException(refusal.get());
        }
        Schedule schedule = ReleaseTimes.resolve(localTime, zone);
        var tooEarly = ReleaseTimes.refusal(schedule, clock.instant());
        if (tooEarly.isPresent()) {
            throw new WorkflowException(tooEarly.get());
        }
        Story after = stories.schedule(id, story.state(), schedule);
        String note = (t == Transition.RESCHEDULE ? "Moved from " + ReleaseTimes.describe(story.schedule()) + " to " : "Release at ")
                + ReleaseTimes.describe(schedule);
        audit.record(id, t, story.state(), after.state(), after.approvedRevision(), actor.id(), actor.displayName(), note);
        events.publishEvent(new StoryTransitioned(id, t, story.state(), after.state(), actor.id(), note));
        return after;
    }

    /**
     * What the workflow's guards know about the story now (who answers for it, what is missing, whether
     * a draft runs, which unsupported claims are unresolved), for whoever must say what is possible.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public StoryFacts facts(StoryId id) {
        return facts(stories.get(id));
    }

    /** The same for the story as the caller has just read it. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public StoryFacts facts(Story story) {
        List<UnresolvedClaim> unresolved = story.state().acceptsEdits() ? claims.unresolved(story) : List.of();
        return new StoryFacts(story.state(), authors.of(story.id()), story.content().missing(props.languages()),
                drafting.isRunning(story.id()), unresolved, staleTranslations(story));
    }

    /** The stale translations of the revision the next step would approve (the current one) or publish (the approved one). */
    private List<TranslationStatus> staleTranslations(Story story) {
        var revision = switch (story.state()) {
            case IN_REVIEW -> story.current().id();
            case APPROVED, SCHEDULED -> story.approvedRevision();
            default -> null;
        };
        return revision == null ? List.of() : stories.translationsAt(revision).stream().filter(TranslationStatus::blocksApproval).toList();
    }

    /**
     * Refuses, with the reason, anyone who may not accept unsupported claims of the story now: only a
     * reviewer who does not answer for the text (four eyes, as for approval), while it is being edited or reviewed.
     */
    @RolesAllowed(Names.REVIEWER)
    @Transactional(readOnly = true)
    public void checkMayAcceptClaims(StoryId id) {
        Story story = stories.get(id);
        var refused = WorkflowPolicy.claimAcceptanceRefusal(new StoryFacts(story.state(), authors.of(id), List.of(), false, List.of()),
                CurrentUser.require());
        if (refused.isPresent()) {
            throw new WorkflowException(refused.get());
        }
    }

    /**
     * A reviewer answers for an unsupported claim (every place it stands): checked as
     * {@link #checkMayAcceptClaims} and recorded in the audit log. The review module keeps the
     * acceptance itself, in the same transaction.
     */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public void recordClaimAcceptance(StoryId id, String claim, List<String> places, String note) {
        checkMayAcceptClaims(id);
        Story story = stories.get(id);
        Actor me = CurrentUser.require();
        audit.recordNote(id, "ACCEPT_CLAIM", story.state(), story.current().id(), me.id(), me.displayName(),
                "Accepted “" + claim + "” in " + String.join(", ", places) + ": " + note);
    }

    /** A reviewer's acceptance of a stale translation goes into the audit log, like a transition. */
    @EventListener
    void onTranslationAccepted(TranslationAccepted accepted) {
        Actor actor = CurrentUser.require();
        audit.recordNote(accepted.story(), "ACCEPT_TRANSLATION", accepted.state(), accepted.revision(), actor.id(), actor.displayName(),
                "Accepted the translation of " + accepted.field() + " as it stands: " + accepted.note());
    }
}
