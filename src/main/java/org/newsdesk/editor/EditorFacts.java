package org.newsdesk.editor;

import java.time.Instant;

import org.newsdesk.workflow.StoryFacts;

/**
 * What the editor's rules need to know about a story beyond the workflow's facts.
 *
 * @param draftStartedBy who started the draft running now (null when none runs)
 * @param draftStartedAt when they started it, shown in the reader's zone
 * @param aiHelp what to do when AI drafting is not set up (null when it is)
 */
public record EditorFacts(StoryFacts workflow, String draftStartedBy, Instant draftStartedAt, String aiHelp, int revisions, boolean hasSources) {

    public boolean draftRunning() {
        return draftStartedBy != null;
    }
}
