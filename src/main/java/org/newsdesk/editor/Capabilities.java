package org.newsdesk.editor;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.story.StoryId;
import org.newsdesk.workflow.UnresolvedClaim;
import org.newsdesk.workflow.Transition;

/**
 * What one person may do on one story now, and for each thing they may not, why, in words. The
 * editor screen renders this and nothing else: it checks no role and no state itself.
 *
 * @param abilities  every {@link Capability}
 * @param transitions every manual workflow {@link Transition}
 * @param unresolvedClaims the unsupported claims nobody accepted yet (they hold up approval)
 * @param runningDraft "A draft is running (started by Eddie Editor, 10:41)", or null when none runs
 */
public record Capabilities(StoryId story, Map<Capability, Answer> abilities, Map<Transition, Answer> transitions,
        List<UnresolvedClaim> unresolvedClaims, String runningDraft) {

    /**
     * One answer: allowed, or not and why. {@code shown} says whether the person should see it at all
     * (the step is theirs to take in this state, or something they could do is held up); a reviewer is
     * not shown "Schedule is for publishers", but is shown why "Approve" is unavailable.
     */
    public record Answer(boolean allowed, String reason, boolean shown) {
        static final Answer YES = new Answer(true, null, true);

        static Answer no(String reason, boolean shown) {
            return new Answer(false, reason, shown);
        }
    }

    public Capabilities {
        abilities = Map.copyOf(new EnumMap<>(abilities));
        transitions = Map.copyOf(new EnumMap<>(transitions));
        unresolvedClaims = List.copyOf(unresolvedClaims);
    }

    public boolean can(Capability c) {
        return abilities.get(c).allowed();
    }

    public boolean can(Transition t) {
        Answer a = transitions.get(t);
        return a != null && a.allowed();
    }

    /** Why not, or empty when allowed. */
    public Optional<String> whyNot(Capability c) {
        return Optional.ofNullable(abilities.get(c).reason());
    }

    public Optional<String> whyNot(Transition t) {
        Answer a = transitions.get(t);
        return a == null ? Optional.of("\"" + t.label() + "\" happens by itself.") : Optional.ofNullable(a.reason());
    }

    public boolean shows(Capability c) {
        return abilities.get(c).shown();
    }

    /** The transitions the person may take now, in the workflow's order. */
    public List<Transition> available() {
        return Arrays.stream(Transition.values()).filter(this::can).toList();
    }

    /** The transitions the person should see but may not take now, with why, in the workflow's order. */
    public Map<Transition, String> held() {
        Map<Transition, String> out = new LinkedHashMap<>();
        for (Transition t : Transition.values()) {
            Answer a = transitions.get(t);
            if (a != null && !a.allowed() && a.shown()) {
                out.put(t, a.reason());
            }
        }
        return out;
    }
}
