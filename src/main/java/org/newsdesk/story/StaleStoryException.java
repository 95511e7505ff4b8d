package org.newsdesk.story;

/** Someone saved the story after this copy was loaded: nothing was overwritten. */
public class StaleStoryException extends RuntimeException {
    public StaleStoryException(StoryId id) {
        super("Someone saved this story after you opened it, so your save was not applied and nothing was overwritten. "
                + "Your text is still in the form: copy what you need, reload, and save again.");
    }
}
