package org.newsdesk.hardening;

import org.newsdesk.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsdesk.testing.FakeLlm.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Many drafts at once cannot starve the app: drafting holds at most its own pool of threads, and
 * while 15 drafts (150 provider calls) stream in, the public site and sign-in keep answering.
 */
@IntegrationTest
@TestPropertySource(properties = "newsdesk.drafting-threads=4")
class DraftingStressIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;
    @LocalServerPort int port;

    FakeLlm llm = FakeLlm.shared();

    @BeforeEach
    void asEditor() {
        llm.reset();
        new SignIn(userDetails).as("editor");
    }

    @AfterEach
    void signOut() {
        llm.reset();
        SignIn.out();
    }

    @Test
    void manyDraftsAtOnceLeaveThePublicSiteAndSignInAnswering() throws Exception {
        llm.byDefault(body -> stream(FakeLlm.answerFor(body), Duration.ofMillis(3)));
        List<StoryId> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            var item = ingest.paste(new PastedSource("Stress " + i + " " + UUID.randomUUID(), FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
            ids.add(stories.createFromSources(List.of(item.item().id())));
        }
        int otherContexts = draftThreads(); // idle drafting threads of the suite's other applications
        ids.forEach(drafting::start);

        int mostDraftThreads = 0;
        int answered = 0;
        while (ids.stream().anyMatch(drafting::isRunning)) {
            mostDraftThreads = Math.max(mostDraftThreads, draftThreads() - otherContexts);
            var client = new WebClient(port);
            assertThat(client.get("/news").statusCode()).isEqualTo(200);
            assertThat(client.signInLocation("reviewer", "reviewer-demo")).doesNotContain("login");
            answered++;
        }
        for (StoryId id : ids) {
            DraftJob job = await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> drafting.latestJob(id).orElseThrow(), j -> j.status() != DraftJob.Status.RUNNING);
            assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(DraftJob.Status.SUCCEEDED);
        }
        System.out.printf("drafting stress: %d drafts, at most %d drafting threads, public page and sign-in answered %d times meanwhile%n",
                ids.size(), mostDraftThreads, answered);
        assertThat(mostDraftThreads).as("drafting threads (sections and jobs)").isLessThanOrEqualTo(8);
        assertThat(answered).isPositive();
    }

    private static int draftThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("draft-")).count();
    }
}
