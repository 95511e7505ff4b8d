package org.newsdesk.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.TranslationStatus;

/**
 * What the workflow's guards need to know about a story. {@code authors} are the people who answer
 * for its content (four eyes), each with what they did, in words: "edited revision 4", "started the
 * AI draft of revision 3". {@code staleTranslations}: translated fields that fell behind the primary
 * language and nobody updated or accepted, in the revision the next step would approve or publish.
 */
public record StoryFacts(StoryState state, Map<UserId, String> authors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning,
        List<UnresolvedClaim> unresolvedClaims, List<TranslationStatus> staleTranslations) {

    public StoryFacts {
        authors = Map.copyOf(authors);
        missingFields = List.copyOf(missingFields);
        unresolvedClaims = List.copyOf(unresolvedClaims);
        staleTranslations = staleTranslations == null ? List.of() : List.copyOf(staleTranslations);
    }

    /** Facts with no stale translation. */
    public StoryFacts(StoryState state, Map<UserId, String> authors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning,
            List<UnresolvedClaim> unresolvedClaims) {
        this(state, authors, missingFields, draftingRunning, unresolvedClaims, List.of());
    }

    /** Facts where each of {@code humanAuthors} wrote part of the story. */
    public StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning) {
        this(state, wrotePart(humanAuthors), missingFields, draftingRunning, List.of(), List.of());
    }

    private static Map<UserId, String> wrotePart(Set<UserId> people) {
        Map<UserId, String> out = new LinkedHashMap<>();
        people.forEach(p -> out.put(p, "wrote part of this story"));
        return out;
    }

    public Set<UserId> humanAuthors() {
        return authors.keySet();
    }

    public StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning,
            List<UnresolvedClaim> unresolvedClaims) {
        this(state, wrotePart(humanAuthors), missingFields, draftingRunning, unresolvedClaims, List.of());
    }
}
