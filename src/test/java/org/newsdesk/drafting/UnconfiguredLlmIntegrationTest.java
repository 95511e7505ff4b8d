package org.newsdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** Without an LLM configured everything but drafting works, and drafting says which settings to give. */
@IntegrationTest
@Tag("own-context")
@TestPropertySource(properties = {"newsdesk.llm.base-url=", "newsdesk.llm.model="})
class UnconfiguredLlmIntegrationTest {

    @Autowired DraftingService drafting;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void draftingExplainsExactlyWhichSettingsToGiveWhileTheRestWorks() {
        new SignIn(userDetails).as("editor");
        assertThat(drafting.status().configured()).isFalse();
        var item = ingest.paste(new PastedSource("No LLM " + UUID.randomUUID(), "Text " + UUID.randomUUID(), null, null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));
        assertThat(stories.get(id).sources()).containsExactly(item.item().id());

        assertThatThrownBy(() -> drafting.start(id))
                .hasMessageContaining("NEWSDESK_LLM_BASE_URL")
                .hasMessageContaining("ending in /v1")
                .hasMessageContaining("NEWSDESK_LLM_MODEL")
                .hasMessageContaining("NEWSDESK_LLM_API_KEY");
        assertThat(drafting.latestJob(id)).isEmpty();
    }
}
