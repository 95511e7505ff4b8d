package org.newsdesk.ingest;

import java.util.List;

/**
 * Turns source items into a new story. Declared here, implemented by the story module, so
 * the inbox can start a story without depending on it.
 *
 * @return the route of the new story's editor
 */
public interface StoryStarter {
    String startStory(List<SourceItemId> sources);

    /** Whether the signed-in person may start stories (the inbox offers it only then; starting checks again). */
    boolean mayStart();
}
