package org.newsdesk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.testing.FakeLlm.stream;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.InboxQuery;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * NUL and bidirectional overrides never reach the database or a reader, whichever way they come in
 * (a pasted source, a search box, the model's answer), over-long text is refused where it enters,
 * and a draft that cannot be saved leaves no cached answer behind to fail the same way again.
 */
@IntegrationTest
class ControlCharactersIntegrationTest {

    static final String NUL = "\u0000";
    static final String RLO = "\u202E";

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;

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

    StoryId storyFromPaste() {
        var item = ingest.paste(new PastedSource("Source " + UUID.randomUUID(), FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
        return stories.createFromSources(List.of(item.item().id()));
    }

    @Test
    void aPastedTitleAndTextLoseNulAndBidiOverridesAndAHugeTitleIsRefused() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var item = ingest.paste(new PastedSource("Mis" + NUL + "tral " + RLO + "raises " + run, "Text with a NUL" + NUL + " and an override" + RLO + " " + run,
                "Out\u2066let", null, "en")).item();
        assertThat(item.title()).isEqualTo("Mistral raises " + run);
        assertThat(item.cleanText()).doesNotContain(NUL).doesNotContain(RLO).contains("NUL and an override");

        assertThatThrownBy(() -> ingest.paste(new PastedSource("x".repeat(100_000), "Some text " + run, null, null, "en")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 500");
    }

    @Test
    void searchBoxesTakeANulWithoutAnError() {
        assertThat(ingest.inbox(InboxQuery.ALL.withText("Mis" + NUL + "tral"), 0, 10)).isNotNull();
        assertThat(ingest.count(InboxQuery.ALL.withText("x".repeat(100_000)))).isZero();
        assertThat(stories.search(StoryFilter.ALL.withText("Mis" + NUL + "tral"), 0, 10)).isNotNull();
    }

    @Test
    void aPersonsEditLosesControlCharactersAndAHugeHeadlineIsRefused() {
        StoryId id = storyFromPaste();
        Story story = stories.get(id);
        Story saved = stories.saveContent(id, story.version(),
                story.content().with("en", new LocalizedContent("Head" + NUL + "line " + RLO + "fine", "A summary" + NUL, List.of("one" + RLO))), null);
        assertThat(saved.content().in("en").headline()).isEqualTo("Headline fine");
        assertThat(saved.content().in("en").summary()).isEqualTo("A summary");

        assertThatThrownBy(() -> stories.saveContent(id, saved.version(),
                saved.content().with("en", new LocalizedContent("h".repeat(100_000), "", List.of())), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headline (en)").hasMessageContaining("at most 500");
        assertThat(stories.get(id).version()).isEqualTo(saved.version());
    }

    /**
     * Drafts the story. The very first draft of a test JVM on a busy machine may load classes for longer than the
     * test profile's 4 s wait for a first token; that attempt says so, and the draft is started once more.
     */
    DraftJob draft(StoryId id) {
        drafting.start(id);
        DraftJob job = Drafts.awaitEnd(drafting, id);
        if (job.status() == DraftJob.Status.FAILED && String.valueOf(job.error()).contains("did not answer in time")) {
            drafting.start(id);
            job = Drafts.awaitEnd(drafting, id);
        }
        return job;
    }

    @Test
    void aNulFromTheModelIsDroppedAndTheDraftIsSaved() {
        // the model writes the NUL as JSON does, escaped (backslash, u0000), so it reaches the draft once the answer is read
        llm.byDefault(body -> stream(FakeLlm.answerFor(body).replace("Mistral AI raises", "Mistral\\u0000 AI " + RLO + "raises")));
        StoryId id = storyFromPaste();
        DraftJob job = draft(id);
        assertThat(job.status()).as(String.valueOf(job.error())).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(stories.get(id).content().in("en").headline()).startsWith("Mistral AI raises").doesNotContain(NUL).doesNotContain(RLO);
    }

    @Test
    void anAnswerThatCannotBeSavedIsNotCachedSoTheNextTryAsksTheModelAgain() {
        // the schema takes any length of analysis; the desk keeps at most 50,000 characters in a field
        String huge = "Mistral is moving from renting compute to owning it. ".repeat(1_000);
        llm.byDefault(body -> stream(FakeLlm.answerFor(body).replace("Mistral is moving from renting compute to owning it.", huge),
                java.time.Duration.ZERO, 4_000));
        StoryId id = storyFromPaste();
        DraftJob failed = draft(id);
        assertThat(failed.status()).isEqualTo(DraftJob.Status.FAILED);
        assertThat(failed.error()).contains("at most 50000").doesNotContainIgnoringCase("insert").doesNotContain("ERROR:").doesNotContain("SQL");

        llm.reset();
        DraftJob second = draft(id);
        assertThat(second.status()).as(String.valueOf(second.error())).isEqualTo(DraftJob.Status.SUCCEEDED);
        assertThat(llm.requests()).as("the model is asked again: nothing unsaved was cached").isNotEmpty();
        assertThat(stories.get(id).content().in("en").headline()).startsWith("Mistral AI raises €705 million");
    }
}
