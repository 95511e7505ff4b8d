package org.newsdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.ContentField.Section;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Redrafting one thing, provenance and cost per field, no paying twice, prompt overrides, and the circuit breaker. */
@IntegrationTest
class DraftingCostAndCacheIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;

    FakeLlm llm = FakeLlm.shared();
    SignIn signIn;
    String title;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(userDetails);
        org.newsdesk.testing.Drafts.workingProvider(llm, drafting, signIn);
        signIn.as("editor");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    StoryId newStory() {
        title = "Cost " + UUID.randomUUID();
        var item = ingest.paste(new PastedSource(title, "Mistral AI raised €705 million. " + UUID.randomUUID(), null, null, "en"));
        return stories.createFromSources(List.of(item.item().id()));
    }

    DraftJob awaitEnd(StoryId story) {
        return org.newsdesk.testing.Drafts.awaitEnd(drafting, story);
    }

    long requestsForThisStory() {
        return llm.requests().stream().filter(r -> r.contains(title)).count();
    }

    @Test
    void tokensAndCostAddUpPerStoryAndTheSameRequestIsNeverPaidTwice() {
        StoryId id = newStory();
        drafting.start(id);
        assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        Usage first = drafting.usage(id);
        assertThat(first.calls()).isEqualTo(10);
        assertThat(first.tokens()).isEqualTo(10 * 180);
        // fake-model costs $1 per million prompt tokens and $2 per million completion tokens
        assertThat(first.costUsd()).isEqualByComparingTo(new BigDecimal("0.002400"));
        assertThat(requestsForThisStory()).isEqualTo(10);

        drafting.start(id);
        assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(requestsForThisStory()).as("the same requests again: answered from what was paid for").isEqualTo(10);
        Usage second = drafting.usage(id);
        assertThat(second.costUsd()).isEqualByComparingTo(first.costUsd());
        assertThat(second.reused()).isEqualTo(10);
        assertThat(drafting.myUsageToday().costUsd()).isGreaterThanOrEqualTo(first.costUsd());
    }

    @Test
    void oneFieldIsRedraftedWithAnInstructionAndNothingElseChanges() {
        StoryId id = newStory();
        drafting.start(id);
        awaitEnd(id);
        Story before = stories.get(id);
        llm.byDefault(body -> FakeLlm.stream(FakeLlm.answerFor(body).replace("Mistral AI raises €705 million in debt", "Shorter: Mistral borrows €705 million")));

        int mark = llm.requests().size();
        drafting.redraft(id, DraftScope.field(ContentField.HEADLINE, "shorter", false, true));
        assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        Story after = stories.get(id);
        assertThat(after.content().in("en").headline()).startsWith("Shorter: Mistral borrows");
        assertThat(after.content().in("en").summary()).isEqualTo(before.content().in("en").summary());
        assertThat(after.content().in("en").keyData()).isEqualTo(before.content().in("en").keyData());
        // only the brief section was asked for, in each language, carrying the instruction
        assertThat(llm.requests().subList(mark, llm.requests().size())).filteredOn(r -> r.contains(title)).hasSize(2)
                .allSatisfy(r -> assertThat(r).contains("Draft the BRIEF").contains("The editor asks: shorter"));
    }

    @Test
    void aRedraftKeepsAPersonsEditUnlessThePersonAsksToReplaceIt() {
        StoryId id = newStory();
        drafting.start(id);
        awaitEnd(id);
        Story drafted = stories.get(id);
        stories.saveContent(id, drafted.version(),
                drafted.content().with("en", drafted.content().in("en").with(ContentField.CORE_POINT, "My own core point")), null);

        drafting.redraft(id, DraftScope.section(Section.BRIEF, null, false, true));
        awaitEnd(id);
        assertThat(stories.get(id).content().in("en").corePoint()).isEqualTo("My own core point");

        drafting.redraft(id, DraftScope.section(Section.BRIEF, null, true, true));
        awaitEnd(id);
        assertThat(stories.get(id).content().in("en").corePoint()).isEqualTo("Mistral AI is buying its own compute with €705 million of debt.");
    }

    @Test
    void anAdminsPromptOverrideIsUsedAndItsVersionRecorded() {
        String body = "version is ignored here\nDraft the FAQ of the card as this JSON object:\n{\"faq\": [{\"question\": \"q\", \"answer\": \"a\"}]}\nBe brief.";
        PromptTemplate override = signIn.as("admin", () -> drafting.overrideTemplate("faq", body, "shorter answers"));
        try {
            assertThat(override.version()).startsWith("faq/admin-");
            StoryId id = newStory();
            drafting.redraft(id, DraftScope.section(Section.FAQ, null, false, true));
            assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
            assertThat(llm.requests()).filteredOn(r -> r.contains(title)).allSatisfy(r -> assertThat(r).contains("Be brief."));
            assertThat(drafting.provenance(id)).filteredOn(p -> p.field() == ContentField.FAQ)
                    .allSatisfy(p -> assertThat(p.promptVersion()).startsWith(override.version()));
            assertThat(signIn.as("admin", () -> drafting.templateHistory("faq"))).extracting(PromptTemplate::version)
                    .contains(override.version(), "faq/1");
        } finally {
            PromptTemplate back = signIn.as("admin", () -> drafting.revertTemplate("faq"));
            assertThat(back.version()).isEqualTo("faq/1");
        }
    }

    @Test
    void aProviderThatKeepsFailingIsLeftAloneAndTheEditorIsToldWhy() {
        llm.byDefault(body -> FakeLlm.status(500));
        StoryId id = newStory();
        // failing drafts until as many in a row as the breaker's threshold (3 in tests)
        for (int i = 0; i < 5 && !drafting.providerPaused(); i++) {
            drafting.start(id);
            awaitEnd(id);
        }
        assertThat(drafting.providerPaused()).isTrue();
        long before = llm.requests().size();
        drafting.start(id);
        DraftJob job = awaitEnd(id);
        assertThat(job.error()).contains("Drafting is paused until");
        assertThat(llm.requests().size()).as("no call reached the provider while paused").isEqualTo(before);
        assertThat(drafting.providerPaused()).isTrue();

        signIn.as("admin", () -> {
            drafting.resumeProvider();
            return null;
        });
        llm.reset();
        drafting.start(id);
        assertThat(awaitEnd(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
    }

    @Test
    void onlyAdminsChangePromptsOrResumeTheProvider() {
        assertThatThrownBy(() -> drafting.overrideTemplate("faq", "{}", null)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> drafting.resumeProvider()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
