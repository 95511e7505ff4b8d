package org.newsdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.Desk.on;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestApps;
import org.newsdesk.testing.TestClock;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one PostgreSQL share the provider's circuit breaker: drafts failing on one node
 * pause drafting on the other too (which then sends the provider nothing), the first draft after
 * the pause probes from whichever node starts it, and an admin's resume on one node holds on both.
 */
@Tag("own-context")
class TwoNodeProviderBreakerIntegrationTest {

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    final FakeLlm llm = FakeLlm.shared();

    @AfterEach
    void stopNodes() {
        llm.reset();
        SignIn.out();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    static DraftJob draft(ConfigurableApplicationContext node, StoryId story) {
        return on(node, "editor", () -> {
            DraftingService drafting = node.getBean(DraftingService.class);
            drafting.redraft(story, new DraftScope(null, null, null, false, true));
            return Drafts.awaitEnd(drafting, story);
        });
    }

    static ProviderState state(ConfigurableApplicationContext node) {
        return on(node, "editor", () -> node.getBean(DraftingService.class).providerState());
    }

    @Test
    void aPauseAProbeAndAResumeHoldOnBothNodes() {
        TestClock clock = new TestClock(Instant.now());
        ConfigurableApplicationContext a = TestApps.start(clock);
        nodes.add(a);
        ConfigurableApplicationContext b = TestApps.startOnSameDatabase(a, clock);
        nodes.add(b);
        on(a, "admin", () -> {
            a.getBean(DraftingService.class).resumeProvider();
            return null;
        });
        StoryId onA = on(a, "editor", () -> new Desk(a).storyFromSource("Breaker A " + Instant.now(), "AI News", null, FakeLlm.SOURCE_TEXT));
        StoryId onB = on(b, "editor", () -> new Desk(b).storyFromSource("Breaker B " + Instant.now(), "AI News", null, FakeLlm.SOURCE_TEXT));

        // the provider is down: three failed drafts on node A (test setting) pause it
        llm.byDefault(body -> FakeLlm.status(503));
        for (int i = 0; i < 3; i++) {
            assertThat(draft(a, onA).status()).isEqualTo(DraftJob.Status.FAILED);
        }
        ProviderState seenOnB = state(b);
        assertThat(seenOnB.condition()).isEqualTo(ProviderState.Condition.PAUSED);
        assertThat(seenOnB.failedDraftsInARow()).isEqualTo(3);
        assertThat(seenOnB.lastErrors()).isNotEmpty().allSatisfy(e -> assertThat(e.cause()).isEqualTo("The provider had an error (HTTP 503)."));
        assertThat(seenOnB.failuresLastHour()).as("failures counted by node A, seen on B").isGreaterThanOrEqualTo(30);

        // node B is refused too, and sends the provider nothing
        int before = llm.requests().size();
        DraftJob refused = draft(b, onB);
        assertThat(refused.status()).isEqualTo(DraftJob.Status.FAILED);
        assertThat(refused.error()).contains("Drafting is paused until").contains("after 3 drafts in a row failed on the provider");
        assertThat(llm.requests()).hasSize(before);

        // the pause is over and the provider is back: a draft on node B probes, and closes the breaker for both
        llm.reset();
        clock.advance(Duration.ofSeconds(2));
        assertThat(draft(b, onB).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(state(a).condition()).isEqualTo(ProviderState.Condition.WORKING);

        // paused again from node B; an admin resumes on node A, and node B drafts at once
        llm.byDefault(body -> FakeLlm.status(503));
        for (int i = 0; i < 3; i++) {
            draft(b, onB);
        }
        assertThat(state(a).condition()).isEqualTo(ProviderState.Condition.PAUSED);
        on(a, "admin", () -> {
            a.getBean(DraftingService.class).resumeProvider();
            return null;
        });
        llm.reset();
        assertThat(state(b).condition()).isEqualTo(ProviderState.Condition.WORKING);
        assertThat(draft(b, onB).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
    }
}
