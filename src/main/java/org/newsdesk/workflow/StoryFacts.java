package org.newsdesk.workflow;

import java.util.List;
import java.util.Set;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.TranslationStatus;

/**
 * What the workflow's guards need to know about a story. {@code staleTranslations}: translated fields
 * that fell behind the primary language and nobody updated or accepted, in the revision the next step
 * would approve or publish.
 */
public record StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning,
        List<CheckedClaim> unresolvedClaims, List<TranslationStatus> staleTranslations) {

    public StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning) {
        this(state, humanAuthors, missingFields, draftingRunning, List.of());
    }

    public StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning,
            List<CheckedClaim> unresolvedClaims) {
        this(state, humanAuthors, missingFields, draftingRunning, unresolvedClaims, List.of());
    }
}
