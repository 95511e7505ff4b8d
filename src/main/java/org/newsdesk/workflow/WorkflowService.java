package org.newsdesk.workflow;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryRevised;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.workflow.internal.AuditRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every workflow transition, checked against {@link WorkflowPolicy} on the server whatever the
 * UI offers, and recorded in the audit log with who, when, from, to, revision and note.
 */
@Service
public class WorkflowService {

    private final StoryService stories;
    private final DraftingService drafting;
    private final AuditRepository audit;
    private final NewsdeskProperties props;
    private final ClaimCheckService claims;

    WorkflowService(StoryService stories, DraftingService drafting, AuditRepository audit, NewsdeskProperties props, ClaimCheckService claims) {
        this.stories = stories;
        this.drafting = drafting;
        this.audit = audit;
        this.props = props;
        this.claims = claims;
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
        if (transition == Transition.SCHEDULE || transition == Transition.UNSCHEDULE) {
            throw new WorkflowException("Scheduling a release at a set time is not available yet; use \"Publish now\".");
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

    /** An edit to an approved or scheduled story sends it back to review: what is approved is what was reviewed. */
    @EventListener
    void onRevised(StoryRevised revised) {
        if (revised.state() == StoryState.APPROVED || revised.state() == StoryState.SCHEDULED) {
            Actor actor = CurrentUser.require();
            String who = revised.authorKind() == AuthorKind.MODEL ? "AI draft requested by " + actor.displayName() : actor.displayName();
            Story before = stories.get(revised.story());
            Story after = stories.transition(revised.story(), before.state(), Transition.BACK_TO_REVIEW.to(), Transition.BACK_TO_REVIEW.effect());
            audit.record(revised.story(), Transition.BACK_TO_REVIEW, before.state(), after.state(), after.current().id(), actor.id(), who,
                    "Edited after approval: " + revised.changedFields());
        }
    }

    private Story apply(StoryId id, Transition t, String note, Actor actor) {
        Story story = stories.get(id);
        var refusal = WorkflowPolicy.refusal(t, facts(story), actor, note);
        if (refusal.isPresent()) {
            throw new WorkflowException(refusal.get());
        }
        Story after = stories.transition(id, story.state(), t.to(), t.effect());
        audit.record(id, t, story.state(), after.state(), after.current().id(), actor.id(), actor.displayName(),
                note == null || note.isBlank() ? null : note.strip());
        return after;
    }

    private StoryFacts facts(Story story) {
        List<CheckedClaim> unresolved = story.state() == StoryState.IN_REVIEW ? claims.blocking(story) : List.of();
        return new StoryFacts(story.state(), stories.humanAuthors(story.id()), story.content().missing(props.languages()),
                drafting.isRunning(story.id()), unresolved);
    }
}
