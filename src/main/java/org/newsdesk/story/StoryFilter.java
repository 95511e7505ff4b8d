package org.newsdesk.story;

import org.newsdesk.identity.UserId;

/**
 * What the story list shows: any combination of a state, an assignee (as editor or reviewer),
 * a category, a language the story has content in, and words in its headline. Nulls mean "any".
 */
public record StoryFilter(StoryState state, UserId assignee, String category, String language, String text, Queue queue, UserId me) {

    public static final StoryFilter ALL = new StoryFilter(null, null, null, null, null, null, null);

    public StoryFilter {
        text = org.newsdesk.platform.PlainText.search(text);
        category = org.newsdesk.platform.PlainText.search(category);
    }

    /** A person's queues (see {@link MyWork}). */
    public enum Queue { MY_DRAFTS, MY_REVIEWS, TO_PUBLISH }

    public StoryFilter(StoryState state, UserId assignee, String category, String language, String text) {
        this(state, assignee, category, language, text, null, null);
    }

    public StoryFilter inQueue(Queue q, UserId person) {
        return new StoryFilter(state, assignee, category, language, text, q, person);
    }

    public StoryFilter withState(StoryState s) {
        return new StoryFilter(s, assignee, category, language, text);
    }

    public StoryFilter withAssignee(UserId a) {
        return new StoryFilter(state, a, category, language, text);
    }

    public StoryFilter withCategory(String c) {
        return new StoryFilter(state, assignee, c, language, text);
    }

    public StoryFilter withLanguage(String l) {
        return new StoryFilter(state, assignee, category, l, text);
    }

    public StoryFilter withText(String t) {
        return new StoryFilter(state, assignee, category, language, t);
    }
}
