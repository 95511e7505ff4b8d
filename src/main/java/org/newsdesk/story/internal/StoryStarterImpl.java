package org.newsdesk.story.internal;

import java.util.List;

import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.ingest.StoryStarter;
import org.newsdesk.story.StoryService;
import org.springframework.stereotype.Component;

/** Lets the inbox start a story without knowing the story module. */
@Component
class StoryStarterImpl implements StoryStarter {

    private final StoryService stories;

    StoryStarterImpl(StoryService stories) {
        this.stories = stories;
    }

    @Override
    public String startStory(List<SourceItemId> sources) {
        return "stories/" + stories.createFromSources(sources).value();
    }

    @Override
    public boolean mayStart() {
        return stories.mayCreate();
    }
}
