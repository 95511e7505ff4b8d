package org.newsdesk.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsdesk.testing.FakeLlm.breakAfter;
import static org.newsdesk.testing.FakeLlm.cutOffAtLength;
import static org.newsdesk.testing.FakeLlm.html;
import static org.newsdesk.testing.FakeLlm.silence;
import static org.newsdesk.testing.FakeLlm.stallAfter;
import static org.newsdesk.testing.FakeLlm.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A flaky or absent provider: drafts get through what can be got through (each section retried on
 * its own), a down provider is paused and probed by a whole draft once the (short, in tests) pause
 * is over, every cause is told in plain words, and a partial draft keeps its good sections.
 */
@IntegrationTest
class DraftingResilienceIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final FakeLlm llm = FakeLlm.shared();
    SignIn signIn;
    StoryId story;
    Story saved;
    String title;
    final List<DraftEvent> events = new CopyOnWriteArrayList<>();
    Runnable unsubscribe;

    @BeforeEach
    void aStoryWithAHeadlineAPersonWrote() {
        signIn = new SignIn(userDetails);
        org.newsdesk.testing.Drafts.workingProvider(llm, drafting, signIn);
        signIn.as("editor");
        title = "Source " + UUID.randomUUID();
        var item = ingest.paste(new PastedSource(title, FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
        story = stories.createFromSources(List.of(item.item().id()));
        Story created = stories.get(story);
        saved = stories.saveContent(story, created.version(),
                created.content().with("en", new LocalizedContent("Headline a person wrote", "", List.of())), null);
        unsubscribe = drafting.subscribe(story, events::add);
    }

    @AfterEach
    void signOut() {
        unsubscribe.run();
        llm.reset();
        SignIn.out();
    }

    DraftJob draft() {
        events.clear();
        drafting.redraft(story, new DraftScope(null, null, null, false, true));
        return Drafts.awaitEnd(drafting, story);
    }

    /** Failed, with {@code cause} told to the editor with the run's reference, and nothing saved. */
    void failsWith(String... cause) {
        DraftJob job = draft();
        assertThat(job.status()).isEqualTo(DraftJob.Status.FAILED);
        assertThat(job.error()).contains(cause).contains("Nothing was changed").contains("Reference " + job.reference())
                .doesNotContain("Exception", "code 60", "Unexpected character");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> assertThat(events)
                .filteredOn(e -> e instanceof DraftEvent.Failed).extracting(e -> ((DraftEvent.Failed) e).message()).containsExactly(job.error()));
        Story now = stories.get(story);
        assertThat(now.version()).isEqualTo(saved.version());
        assertThat(now.content()).isEqualTo(saved.content());
    }

    @Test
    void aProviderFailingEverySecondCallStillGivesACompleteDraft() {
        llm.failEvery(2, status(503));
        DraftJob job = draft();
        assertThat(job.status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(notes()).as("while retrying, the editor is told why the draft takes long")
                .anySatisfy(note -> assertThat(note).matches("The provider had an error \\(HTTP 503\\)\\. Retrying (English|Chinese) \\S+ \\(attempt 2 of 6\\)\\."));
        assertComplete();
        assertThat(drafting.providerState().condition()).isEqualTo(ProviderState.Condition.WORKING);
    }

    @Test
    void allTenSectionCallsOfADraftAreInFlightAtOnce() {
        // each answer waits until all ten requests have arrived: a client that sent them in batches
        // (an HTTP dispatcher allowing 5 per host, say) would leave the first batch refused
        var inFlight = new java.util.concurrent.CountDownLatch(10);
        llm.byDefault(body -> FakeLlm.together(inFlight, Duration.ofSeconds(3), FakeLlm.draftFor(body)));
        DraftJob job = draft();
        assertThat(job.failedParts()).isEmpty();
        assertThat(job.status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertComplete();
    }

    @Test
    void aProviderFailingEveryThirdCallStillGivesACompleteDraft() {
        llm.failEvery(3, breakAfter("{\"headline\": \"Mistral"));
        assertThat(draft().status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertComplete();
    }

    void assertComplete() {
        Story drafted = stories.get(story);
        for (String lang : List.of("en", "zh")) {
            for (ContentField f : List.of(ContentField.SUMMARY, ContentField.KEY_DATA, ContentField.DEEP_ANALYSIS, ContentField.FAQ, ContentField.CATEGORIES)) {
                assertThat(drafted.content().in(lang).isEmpty(f)).as(f + " in " + lang).isFalse();
            }
        }
        assertThat(drafted.content().in("en").headline()).isEqualTo("Headline a person wrote");
    }

    @Test
    void aProviderThatIsDownIsPausedAndTheFirstDraftAfterItRecoversCompletes() {
        llm.byDefault(body -> status(503));
        for (int i = 0; i < 3; i++) {
            assertThat(draft().status()).isEqualTo(DraftJob.Status.FAILED);
        }
        ProviderState paused = drafting.providerState();
        assertThat(paused.condition()).isEqualTo(ProviderState.Condition.PAUSED);
        assertThat(paused.lastErrors()).isNotEmpty().allSatisfy(e -> assertThat(e.cause()).isEqualTo("The provider had an error (HTTP 503)."));
        assertThat(paused.failuresLastHour()).isGreaterThanOrEqualTo(30);

        int before = llm.requests().size();
        failsWith("Drafting is paused until", "after 3 drafts in a row failed on the provider", "an admin can resume");
        assertThat(llm.requests()).as("no call while paused").hasSize(before);

        llm.reset(); // the provider is back
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).pollInSameThread()
                .until(() -> drafting.providerState().condition() != ProviderState.Condition.PAUSED);
        assertThat(draft().status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(drafting.providerState().condition()).isEqualTo(ProviderState.Condition.WORKING);
    }

    @Test
    void aRefusedKeyIsToldPlainlyAndNotRetried() {
        llm.byDefault(body -> status(401));
        failsWith("The provider refused the API key (HTTP 401): check NEWSDESK_LLM_API_KEY.");
        assertThat(llm.requests().stream().filter(r -> r.contains(title))).hasSize(10);
    }

    @Test
    void rateLimitingIsWaitedOutAsTheProviderAsksAndTheEditorIsToldWhen() {
        // English FAQ is rate-limited until the editor has been told when drafting retries
        llm.byDefault(body -> body.contains("Draft the FAQ") && !body.contains("Write in Simplified Chinese") && notes().isEmpty()
                ? status(429, Map.of("Retry-After", "1")) : FakeLlm.draftFor(body));
        assertThat(draft().status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        // (other notes tell of other retries, such as a timeout on a loaded machine)
        assertThat(notes()).filteredOn(note -> note.contains("HTTP 429")).isNotEmpty().allSatisfy(note -> assertThat(note).matches("The provider is rate-limiting Newsdesk \\(HTTP 429\\); retrying English FAQ at \\d\\d:\\d\\d:\\d\\d\\."));
    }

    List<String> notes() {
        return events.stream().filter(e -> e instanceof DraftEvent.Progress p && p.note() != null).map(e -> ((DraftEvent.Progress) e).note()).toList();
    }

    @Test
    void rateLimitingLongerThanADraftWaitsSaysUntilWhen() {
        llm.byDefault(body -> status(429, Map.of("Retry-After", "600")));
        failsWith("The provider is rate-limiting Newsdesk (HTTP 429) and asks to wait until ", ": try again then.");
    }

    @Test
    void aServerErrorSaysSoWithItsStatus() {
        llm.byDefault(body -> status(500));
        failsWith("The provider had an error (HTTP 500).");
    }

    @Test
    void silencePastTheTimeoutSaysHowLongItWaited() {
        llm.byDefault(body -> silence(Duration.ofSeconds(10)));
        failsWith("No answer from the provider within 4 s (NEWSDESK_LLM_TIMEOUT).");
    }

    @Test
    void aStreamThatStallsMidwayIsGivenUpAfterTheTimeoutAndSaysSo() {
        // the provider sends the start of an answer, then nothing: each attempt ends after the timeout, not when the keeper gives up
        llm.byDefault(body -> stallAfter("{\"headline\": \"Mistral raises", Duration.ofSeconds(60)));
        failsWith("stopped sending its answer for 4 s (NEWSDESK_LLM_TIMEOUT)");
        // and no connection is left reading the stalled answers: the client's reads give up with the attempts, not minutes later
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().values())
                .as("threads still reading an answer from the provider")
                .noneMatch(stack -> java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("okhttp3.internal.http1.Http1ExchangeCodec"))));
    }

    @Test
    void anAnswerCutOffAtTheModelsLengthLimitSaysSoAndIsNotAskedForAgain() {
        llm.byDefault(body -> cutOffAtLength("{\"headline\": \"Mistral raises €705 million\", \"summary\": \"Mistral AI said on"));
        failsWith("cut the answer off at the model's length limit", "a model with a larger output limit");
        assertThat(llm.requests().stream().filter(r -> r.contains(title)))
                .as("not asked again saying what was wrong: the same question would be cut off at the same place")
                .hasSizeGreaterThanOrEqualTo(10).noneMatch(r -> r.contains("Your previous answer could not be used"));
    }

    @Test
    void anAnswerStoppedByTheProvidersContentFilterSaysSo() {
        llm.byDefault(body -> FakeLlm.endedBy("{\"headline\": \"", "content_filter"));
        failsWith("The provider's content filter stopped the answer", "draft this section by hand or edit the sources");
    }

    @Test
    void aStreamCutMidwaySaysTheConnectionBrokeOff() {
        llm.byDefault(body -> breakAfter("{\"headline\": \"Mistral raises"));
        failsWith("broke off");
    }

    @Test
    void aWebPageInsteadOfAnAnswerSaysItWasNotTheJsonAskedFor() {
        llm.byDefault(body -> html());
        failsWith("not the JSON asked for");
    }

    @Test
    void aPartialDraftKeepsItsGoodSectionsAndRetryingTheFailedOnesCompletesIt() {
        llm.byDefault(body -> body.contains("Draft the FAQ") ? status(500) : FakeLlm.draftFor(body));
        DraftJob job = draft();
        assertThat(job.status()).isEqualTo(DraftJob.Status.PARTIAL);
        assertThat(job.failedParts()).extracting(FailedPart::label).containsExactlyInAnyOrder("FAQ (English)", "FAQ (Chinese)");
        assertThat(job.failedParts()).allSatisfy(p -> assertThat(p.cause()).isEqualTo("The provider had an error (HTTP 500)."));
        assertThat(job.error()).contains("2 of 10 sections could not be drafted").contains("Retry these sections");
        Story partial = stories.get(story);
        assertThat(partial.version()).isGreaterThan(saved.version());
        assertThat(partial.current().reason()).startsWith("Partial AI draft").contains("not drafted: FAQ (English), FAQ (Chinese)");
        assertThat(partial.content().in("en").headline()).isEqualTo("Headline a person wrote");
        assertThat(partial.content().in("zh").summary()).contains("Mistral");
        assertThat(partial.content().in("en").isEmpty(ContentField.FAQ)).isTrue();
        assertThat(stories.revisions(story)).as("one revision for the partial draft").filteredOn(r -> r.reason().startsWith("Partial")).hasSize(1);

        llm.reset();
        int before = llm.requests().size();
        drafting.retryFailedParts(story);
        DraftJob retried = Drafts.awaitEnd(drafting, story);
        assertThat(retried.status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(llm.requests().size() - before).as("only the FAQ is asked for again").isEqualTo(2);
        Story complete = stories.get(story);
        assertThat(complete.content().in("en").faq()).isNotEmpty();
        assertThat(complete.content().in("zh").summary()).isEqualTo(partial.content().in("zh").summary());
        assertThat(complete.content().in("en").headline()).isEqualTo("Headline a person wrote");
    }

    @Test
    void restoringADraftedRevisionBringsBackItsProvenanceNotEditedByAPerson() {
        assertThat(draft().status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        Story drafted = stories.get(story);
        var draftRevision = drafted.current().id();
        stories.saveContent(story, drafted.version(),
                drafted.content().with("en", drafted.content().in("en").with(ContentField.SUMMARY, "A summary a person wrote")), null);
        assertThat(summaryProvenance().editedByPerson()).isTrue();

        stories.restore(story, draftRevision, stories.get(story).version());

        assertThat(stories.get(story).content().in("en").summary()).isEqualTo(drafted.content().in("en").summary());
        assertThat(summaryProvenance().editedByPerson()).as("the restored summary is the model's, as in that revision").isFalse();
        assertThat(summaryProvenance().model()).isEqualTo("fake-model");
        assertThat(drafting.provenance(story)).as("no field of the restored draft claims a person's edit").noneMatch(FieldProvenance::editedByPerson);
    }

    @Test
    void restoringADraftSavedBeforeProvenanceWasKeptPerRevisionCreditsEachFieldAsItsHistoryShows() {
        assertThat(draft().status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        Story drafted = stories.get(story);
        var draftRevision = drafted.current().id();
        stories.saveContent(story, drafted.version(),
                drafted.content().with("en", drafted.content().in("en").with(ContentField.SUMMARY, "A summary a person wrote")), null);
        // as for a revision saved before V19: no copy of its provenance
        jdbc.sql("delete from revision_provenance_taken where revision_id = ?").param(draftRevision.value()).update();
        jdbc.sql("delete from revision_provenance where revision_id = ?").param(draftRevision.value()).update();

        stories.restore(story, draftRevision, stories.get(story).version());

        assertThat(summaryProvenance().editedByPerson()).as("the restored summary is the model's").isFalse();
        assertThat(summaryProvenance().model()).isEqualTo("fake-model");
        assertThat(drafting.provenance(story)).noneMatch(FieldProvenance::editedByPerson);
        assertThat(drafting.provenance(story)).as("the headline a person wrote before the draft stays theirs")
                .noneMatch(p -> p.field() == ContentField.HEADLINE && p.language().equals("en"));
        assertThat(drafting.provenance(story)).filteredOn(p -> p.language().equals("zh")).isNotEmpty();
    }

    FieldProvenance summaryProvenance() {
        return drafting.provenance(story).stream().filter(p -> p.field() == ContentField.SUMMARY && p.language().equals("en")).findFirst().orElseThrow();
    }
}
