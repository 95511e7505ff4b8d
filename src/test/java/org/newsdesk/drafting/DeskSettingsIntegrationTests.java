package org.newsdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** Drafting under desk settings other than the test default: each nested case is an application of its own. */
class DeskSettingsIntegrationTests {

    abstract static class Base {
        @Autowired IngestService ingest;
        @Autowired StoryService stories;
        @Autowired DraftingService drafting;
        @Autowired UserDetailsService userDetails;

        @BeforeEach
        void signIn() {
            FakeLlm.shared().reset();
            new SignIn(userDetails).as("editor");
        }

        @AfterEach
        void signOut() {
            SignIn.out();
        }

        StoryId newStory() {
            var item = ingest.paste(new PastedSource("Desk " + UUID.randomUUID(), "Mistral AI lève 705 millions d'euros. " + UUID.randomUUID(),
                    null, null, "fr"));
            return stories.createFromSources(List.of(item.item().id()));
        }

        DraftJob awaitEnd(StoryId id) {
            return org.newsdesk.testing.Drafts.awaitEnd(drafting, id);
        }
    }

    @IntegrationTest
    @Tag("own-context")
    @TestPropertySource(properties = "newsdesk.languages=fr,en")
    static class AFrenchDeskTest extends Base {
        @Test
        void aFrenchAndEnglishDeskGetsItsDraftInFrenchFirst() throws Exception {
            StoryId id = newStory();
            drafting.start(id);
            assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
            var content = stories.get(id).content();
            assertThat(content.in("fr").headline()).isEqualTo("Mistral AI lève 705 millions d'euros de dette pour un centre de données");
            assertThat(content.in("en").headline()).startsWith("Mistral AI raises");
            assertThat(content.in("zh").headline()).isEmpty();
            assertThat(FakeLlm.shared().requests()).anySatisfy(r -> assertThat(r).contains("Write in French."));
        }
    }

    @IntegrationTest
    @Tag("own-context")
    @TestPropertySource(properties = "newsdesk.llm.daily-budget-usd=0.001")
    static class ADailyBudgetTest extends Base {
        @Test
        void draftingIsRefusedOnceTheDaysBudgetIsSpent() throws Exception {
            if (drafting.usageToday().costUsd().doubleValue() < 0.001) { // the test database may hold today's spending already
                StoryId id = newStory();
                drafting.start(id);
                assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
            }
            assertThat(drafting.usageToday().costUsd().doubleValue()).isGreaterThanOrEqualTo(0.001);
            assertThatThrownBy(() -> drafting.start(newStory()))
                    .hasMessageContaining("Today's AI drafting budget of US$0.001 is used up")
                    .hasMessageContaining("NEWSDESK_LLM_DAILY_BUDGET_USD");
        }
    }

    @IntegrationTest
    @Tag("own-context")
    @TestPropertySource(properties = {"newsdesk.llm.base-url=http://127.0.0.1:9/v1", "newsdesk.llm.timeout=3s"})
    static class AnUnreachableProviderTest extends Base {
        @Test
        void aRefusedConnectionIsReportedWithTheAddressTried() throws Exception {
            StoryId id = newStory();
            drafting.start(id);
            DraftJob job = awaitEnd(id);
            assertThat(job.status()).isEqualTo(DraftJob.Status.FAILED);
            assertThat(job.error()).contains("http://127.0.0.1:9/v1").contains("Nothing was changed");
        }
    }
}
