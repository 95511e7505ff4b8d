package org.newsdesk.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.newsdesk.identity.Actor;
import org.newsdesk.identity.Role;

/**
 * The rules of the workflow, as pure functions: which transitions a person may take on a story
 * now, and why a refused one is refused. The service enforces them; the UI only asks.
 */
public final class WorkflowPolicy {

    private WorkflowPolicy() {}

    /** Why {@code actor} may not take {@code t} on a story with these facts, or empty when allowed. */
    public static Optional<String> refusal(Transition t, StoryFacts facts, Actor actor, String note) {
        if (!actor.hasAny(t.roles())) {
            return Optional.of("\"" + t.label() + "\" is for " + roles(t) + "; you are " + roles(actor) + ".");
        }
        if (!t.from().contains(facts.state())) {
            return Optional.of("\"" + t.label() + "\" is not possible while the story is " + facts.state().label().toLowerCase() + ".");
        }
        if (t.needsNote() && (note == null || note.isBlank())) {
            return Optional.of("\"" + t.label() + "\" needs a note saying why.");
        }
        return switch (t) {
            case SUBMIT -> {
                if (facts.draftingRunning()) {
                    yield Optional.of("AI drafting is still running on this story: wait for it or cancel it, then submit.");
                }
                if (!facts.missingFields().isEmpty()) {
                    yield Optional.of("Fill in every required field before submitting; missing: "
                            + facts.missingFields().stream().map(Object::toString).collect(Collectors.joining(", ")) + ".");
                }
                yield Optional.empty();
            }
            case APPROVE -> {
                String authored = facts.authors().get(actor.id());
                if (authored != null) {
                    yield Optional.of("You " + authored + "; another reviewer approves it (four eyes).");
                }
                if (!facts.unresolvedClaims().isEmpty()) {
                    yield Optional.of(unresolved(facts.unresolvedClaims()) + " Fix the text or accept each claim with a note.");
                }
                yield staleTranslations(facts, "Update them or accept each as it stands with a note.");
            }
            case PUBLISH, SCHEDULE, RESCHEDULE -> staleTranslations(facts, "Reopen the story and update them, or have a reviewer accept them.");
            default -> Optional.empty();
        };
    }

    /** A stale translation blocks approval and publication, listed by field, like an unsupported claim. */
    private static Optional<String> staleTranslations(StoryFacts facts, String whatToDo) {
        if (facts.staleTranslations().isEmpty()) {
            return Optional.empty();
        }
        int n = facts.staleTranslations().size();
        String primary = facts.staleTranslations().getFirst().primaryLanguage();
        return Optional.of(n + (n == 1 ? " translated field is" : " translated fields are") + " behind the primary language (" + primary
                + ") and not yet updated or accepted: " + facts.staleTranslations().stream().limit(8).map(t -> t.ref().toString())
                        .collect(Collectors.joining(", "))
                + (n > 8 ? " and " + (n - 8) + " more" : "") + ". " + whatToDo);
    }

    /**
     * Why {@code actor} may not accept an unsupported claim of this story, or empty when they may: only
     * a reviewer, and not one who answers for the text (four eyes, as for approval).
     */
    public static Optional<String> claimAcceptanceRefusal(StoryFacts facts, Actor actor) {
        if (!actor.has(Role.REVIEWER)) {
            return Optional.of("Accepting a claim the sources do not support is for reviewers; you are " + roles(actor) + ".");
        }
        if (!facts.state().acceptsEdits()) {
            return Optional.of("The story is " + facts.state().label().toLowerCase() + "; its claims were settled when it was approved.");
        }
        String authored = facts.authors().get(actor.id());
        if (authored != null) {
            return Optional.of("You " + authored + "; another reviewer accepts its unsupported claims (four eyes).");
        }
        return Optional.empty();
    }

    /** "3 unsupported claims unresolved: “€500 million” in Key data (English), Headline (Chinese); “Sep 2023” in Summary (English)." */
    public static String unresolved(List<UnresolvedClaim> claims) {
        java.util.Map<String, List<UnresolvedClaim>> byText = claims.stream()
                .collect(Collectors.groupingBy(c -> UnresolvedClaim.group(c.text()), java.util.LinkedHashMap::new, Collectors.toList()));
        int n = byText.size();
        List<String> each = byText.values().stream().map(g -> "“" + g.getFirst().text() + "” in "
                + String.join(", ", g.stream().map(UnresolvedClaim::where).distinct().toList())).toList();
        return n + (n == 1 ? " unsupported claim" : " unsupported claims") + " unresolved: " + String.join("; ", each.stream().limit(5).toList())
                + (n > 5 ? " and " + (n - 5) + " more" : "") + ".";
    }

    /** The transitions {@code actor} may take now (no note checked: the UI asks for one). */
    public static List<Transition> available(StoryFacts facts, Actor actor) {
        return Arrays.stream(Transition.values())
                .filter(Transition::isManual)
                .filter(t -> refusal(t, facts, actor, "note").isEmpty())
                .toList();
    }

    private static String roles(Transition t) {
        if (t.roles().isEmpty()) {
            return "the system alone, at the scheduled time";
        }
        return t.roles().stream().map(r -> r.label().toLowerCase() + "s").collect(Collectors.joining(" or "));
    }

    static String roles(Actor actor) {
        if (actor.roles().isEmpty()) {
            return "without a role";
        }
        String names = actor.roles().stream().map(Role::label).map(String::toLowerCase).sorted().collect(Collectors.joining(" and "));
        return ("aeiou".indexOf(names.charAt(0)) >= 0 ? "an " : "a ") + names;
    }
}
