package org.newsdesk.workflow;

import java.util.List;
import java.util.Set;

import org.newsdesk.identity.UserId;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryState;

/** What the workflow's guards need to know about a story. */
public record StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning,
        List<CheckedClaim> unresolvedClaims) {

    public StoryFacts(StoryState state, Set<UserId> humanAuthors, List<StoryContent.FieldRef> missingFields, boolean draftingRunning) {
        this(state, humanAuthors, missingFields, draftingRunning, List.of());
    }
}
