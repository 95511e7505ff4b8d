package org.newsdesk.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.UserId;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.RevisionAuthor;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.springframework.stereotype.Component;

/**
 * Who answers for a story's content, for four eyes: everyone who edited any revision of it, and
 * everyone who started an AI draft that became one (the person who pressed the button answers for
 * what the model wrote). Each with their latest such revision, in words.
 */
@Component
class Authors {

    private final StoryService stories;
    private final DraftingService drafting;

    Authors(StoryService stories, DraftingService drafting) {
        this.stories = stories;
        this.drafting = drafting;
    }

    Map<UserId, String> of(StoryId story) {
        Map<UserId, String> out = new LinkedHashMap<>();
        var starters = drafting.draftStarters(story);
        for (RevisionAuthor r : stories.revisionAuthors(story)) { // newest first: the first mention of a person is their latest
            if (r.kind() == AuthorKind.PERSON && r.author() != null) {
                out.putIfAbsent(r.author(), "edited revision " + r.number());
            } else if (r.kind() == AuthorKind.MODEL && starters.get(r.revision()) != null) {
                out.putIfAbsent(starters.get(r.revision()), "started the AI draft of revision " + r.number());
            }
        }
        return out;
    }
}
