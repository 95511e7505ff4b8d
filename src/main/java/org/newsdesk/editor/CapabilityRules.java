package org.newsdesk.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.newsdesk.identity.Actor;
import org.newsdesk.identity.Role;
import org.newsdesk.story.StoryState;
import org.newsdesk.workflow.Transition;
import org.newsdesk.workflow.WorkflowPolicy;

/**
 * The editor's rules, as a pure function of the facts and the person: every {@link Capability} and
 * every manual {@link Transition}, allowed or refused with the reason. The workflow's own rules come
 * from {@link WorkflowPolicy} (the services enforce both whatever a screen shows).
 */
public final class CapabilityRules {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Set<Role> WRITERS = Set.of(Role.EDITOR, Role.REVIEWER);
    private static final Set<Role> EVERYONE = Set.of(Role.values());

    private CapabilityRules() {}

    public static Capabilities decide(org.newsdesk.story.StoryId story, EditorFacts facts, Actor actor, ZoneId zone) {
        Map<Capability, Capabilities.Answer> abilities = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            abilities.put(c, ability(c, facts, actor, zone));
        }
        Map<Transition, Capabilities.Answer> transitions = new EnumMap<>(Transition.class);
        for (Transition t : Transition.values()) {
            if (t.isManual()) {
                transitions.put(t, transition(t, facts, actor, zone));
            }
        }
        return new Capabilities(story, abilities, transitions, facts.workflow().unresolvedClaims(), facts.draftRunning() ? running(facts, zone) : null);
    }

    private static Capabilities.Answer transition(Transition t, EditorFacts facts, Actor actor, ZoneId zone) {
        StoryState state = facts.workflow().state();
        var refusal = WorkflowPolicy.refusal(t, facts.workflow(), actor, "a note is asked for when taken");
        if (refusal.isEmpty()) {
            return Capabilities.Answer.YES;
        }
        boolean mine = actor.hasAny(t.roles()) && t.from().contains(state);
        String reason = refusal.get();
        if (t == Transition.SUBMIT && facts.draftRunning()) {
            reason = running(facts, zone) + ": submit when it has finished, or cancel it.";
        }
        return Capabilities.Answer.no(reason, mine);
    }

    private static Capabilities.Answer ability(Capability c, EditorFacts facts, Actor actor, ZoneId zone) {
        StoryState state = facts.workflow().state();
        Set<Role> roles = switch (c) {
            case EDIT, SAVE, RESTORE -> WRITERS;
            case DRAFT, CANCEL_DRAFT, REDRAFT -> Set.of(Role.EDITOR);
            case ACCEPT_CLAIM -> Set.of(Role.REVIEWER);
            case ADD_NOTE, ASSIGN -> EVERYONE;
        };
        if (!actor.hasAny(roles)) {
            return Capabilities.Answer.no("\"" + c.label() + "\" is for " + names(roles) + "; you are " + named(actor) + ".", false);
        }
        if (c == Capability.ADD_NOTE || c == Capability.ASSIGN) {
            return Capabilities.Answer.YES;
        }
        if (c == Capability.ACCEPT_CLAIM) {
            return WorkflowPolicy.claimAcceptanceRefusal(facts.workflow(), actor).map(r -> Capabilities.Answer.no(r, true))
                    .orElse(Capabilities.Answer.YES);
        }
        if (!state.acceptsEdits()) {
            return Capabilities.Answer.no("The story is " + state.label().toLowerCase() + ": "
                    + (state == StoryState.KILLED ? "a killed story is kept as it is." : "reopen it to change it (editors and publishers can)."), true);
        }
        if (c == Capability.CANCEL_DRAFT) {
            return facts.draftRunning() ? Capabilities.Answer.YES : Capabilities.Answer.no("No AI draft is running.", false);
        }
        if (facts.draftRunning()) {
            return Capabilities.Answer.no(running(facts, zone) + ": the fields are the draft's until it ends.", true);
        }
        return switch (c) {
            case DRAFT, REDRAFT -> facts.aiHelp() != null ? Capabilities.Answer.no(facts.aiHelp(), true)
                    : !facts.hasSources() ? Capabilities.Answer.no("The story was started by hand, from no source: AI drafts only from sources (start a story from the inbox for that); write it here.", true)
                    : Capabilities.Answer.YES;
            case RESTORE -> facts.revisions() < 2 ? Capabilities.Answer.no("There is only one revision: nothing to restore yet.", true)
                    : Capabilities.Answer.YES;
            default -> Capabilities.Answer.YES;
        };
    }

    /** "A draft is running (started by Eddie Editor, 10:41)". */
    static String running(EditorFacts facts, ZoneId zone) {
        return "A draft is running (started by " + facts.draftStartedBy()
                + (facts.draftStartedAt() == null ? "" : ", " + CLOCK.format(facts.draftStartedAt().atZone(zone))) + ")";
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(r -> r.label().toLowerCase() + "s").collect(Collectors.joining(" and "));
    }

    private static String named(Actor actor) {
        if (actor.roles().isEmpty()) {
            return "without a role";
        }
        String names = actor.roles().stream().sorted().map(r -> r.label().toLowerCase()).collect(Collectors.joining(" and "));
        return ("aeiou".indexOf(names.charAt(0)) >= 0 ? "an " : "a ") + names;
    }
}
