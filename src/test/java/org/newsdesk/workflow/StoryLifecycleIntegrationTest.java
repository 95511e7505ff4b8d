package org.newsdesk.workflow;

import org.newsdesk.review.CheckedClaim;
import org.newsdesk.review.ClaimCheckService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StaleStoryException;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** One story from pasted source to public page, through the services, on the real PostgreSQL. */
@IntegrationTest
class StoryLifecycleIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired WorkflowService workflow;
    @Autowired ClaimCheckService claims;
    @Autowired UserDetailsService userDetails;
    @LocalServerPort int port;

    SignIn signIn;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(userDetails);
        FakeLlm.shared().reset();
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    StoryId pastedStory(String title) {
        signIn.as("editor");
        String run = UUID.randomUUID().toString();
        var item = ingest.paste(new PastedSource(title, FakeLlm.SOURCE_TEXT + " " + run + "\n\nL'article " + title
                + " est apparu en premier sur FW.MEDIA.", "FrenchWeb", "https://www.frenchweb.fr/mistral-" + run, "fr"));
        assertThat(item.duplicate()).isFalse();
        assertThat(item.item().cleanText()).doesNotContain("est apparu en premier");
        return stories.createFromSources(List.of(item.item().id()));
    }

    DraftJob awaitDraft(StoryId id) {
        return org.newsdesk.testing.Drafts.awaitEnd(drafting, id);
    }

    @Test
    void pastedSourceBecomesAPublicArticleThroughDraftReviewAndPublication() throws Exception {
        StoryId id = pastedStory("Mistral mobilise 705 millions");

        drafting.start(id);
        assertThat(awaitDraft(id).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        Story drafted = stories.get(id);
        assertThat(drafted.content().in("en").headline()).startsWith("Mistral AI raises €705 million");
        assertThat(drafted.content().in("zh").tldr()).hasSize(3);
        assertThat(drafted.current().authorKind().name()).isEqualTo("MODEL");
        var provenance = drafting.provenance(id);
        assertThat(provenance).hasSize(2 * ContentField.values().length).allSatisfy(p -> {
            assertThat(p.model()).isEqualTo("fake-model");
            assertThat(p.promptVersion()).startsWith(p.field().section().name().toLowerCase() + "/1+style/");
            assertThat(p.sources()).containsExactlyElementsOf(drafted.sources());
        });
        // the source went to the model fenced as data, after the static instructions
        String request = FakeLlm.shared().requests().getFirst();
        assertThat(request.indexOf("<source id=")).isGreaterThan(request.indexOf("Answer with one JSON object"));
        assertThat(drafted.content().in("en").keyData()).first().satisfies(row -> assertThat(row.value()).isEqualTo("€705 million"));
        assertThat(drafted.content().in("zh").faq()).hasSize(2);
        assertThat(drafted.content().in("en").scores()).extracting(s -> s.value()).containsExactly(70, 60, 75);

        // the editor edits the English headline and submits
        var edited = drafted.content().with("en", drafted.content().in("en").with(ContentField.HEADLINE, "Mistral borrows €705M to build its own compute"));
        Story saved = stories.saveContent(id, drafted.version(), edited, null);
        assertThat(drafting.provenance(id)).filteredOn(p -> p.editedByPerson()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo(ContentField.HEADLINE));
        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(AccessDeniedException.class);
        workflow.submit(id);

        // the author cannot approve even with the reviewer role; the reviewer can
        signIn.as("reviewer");
        assertThat(claims.check(id)).as("every claim of the draft is traced to the source").noneMatch(CheckedClaim::blocking);
        // the Chinese headline was drafted from the English one before the edit: it waits for an update or an acceptance
        assertThat(workflow.availableActions(id)).doesNotContain(Transition.APPROVE);
        stories.acceptTranslation(id, ContentField.HEADLINE, "zh", "The Chinese headline says the same");
        assertThat(workflow.availableActions(id)).contains(Transition.APPROVE, Transition.REQUEST_CHANGES);
        assertThatThrownBy(() -> workflow.publishNow(id)).isInstanceOf(AccessDeniedException.class);
        Story approved = workflow.approve(id);
        assertThat(approved.state()).isEqualTo(StoryState.APPROVED);
        assertThat(approved.approvedRevision()).isEqualTo(saved.current().id());

        signIn.as("publisher");
        Story published = workflow.publishNow(id);
        assertThat(published.state()).isEqualTo(StoryState.PUBLISHED);
        assertThat(published.slug()).startsWith("mistral-borrows-705m");

        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/" + published.slug())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Mistral borrows €705M to build its own compute")
                .contains("Mistral AI 获7.05亿欧元债务融资")
                .contains("href=\"https://www.frenchweb.fr/mistral-")
                .contains("drafted by the AI model fake-model")
                .contains("approved by Rita Reviewer")
                .contains("由 AI 模型 fake-model")
                .doesNotContain("est apparu en premier");
        // the whole analysis card of the seeds, in each language
        assertThat(page.body())
                .contains("Key data").contains("<td>€705 million</td>").contains("核心数据")
                .contains("Deep analysis").contains("Industry insights").contains("Infrastructure is the new battleground.")
                .contains("What will the money fund?").contains("AI insight").contains("Strongly track")
                .contains("Hot 70");

        assertThat(workflow.history(id)).extracting(AuditEntry::action)
                .containsExactly("Submit for review", "Accepted a translation", "Approve", "Publish now");
        assertThat(workflow.history(id)).extracting(AuditEntry::actor)
                .containsExactly("Eddie Editor", "Rita Reviewer", "Rita Reviewer", "Paul Publisher");
    }

    @Test
    void anEditAfterApprovalSendsTheStoryBackToReviewAndPublicationUsesTheApprovedRevision() {
        StoryId id = pastedStory("Edited after approval");
        Story story = stories.get(id);
        var content = story.content();
        for (String lang : List.of("en", "zh")) {
            content = content.with(lang, new LocalizedContent("Headline " + lang, "Summary " + lang, List.of("Bullet " + lang)));
        }
        stories.saveContent(id, story.version(), content, null);
        workflow.submit(id);
        signIn.as("reviewer");
        Story approved = workflow.approve(id);

        signIn.as("editor");
        Story edited = stories.saveContent(id, approved.version(),
                approved.content().with("en", approved.content().in("en").with(ContentField.HEADLINE, "Changed after approval")), null);
        assertThat(edited.state()).isEqualTo(StoryState.IN_REVIEW);
        assertThat(edited.approvedRevision()).isNull();
        assertThat(workflow.history(id)).extracting(AuditEntry::action).last().isEqualTo("Back to review after an edit");
        // the history says what changed in words, not as a list printed by Java
        assertThat(edited.current().reason()).isEqualTo("Edited Headline (en)");
        assertThat(workflow.history(id)).extracting(AuditEntry::note).last().isEqualTo("Edited after approval: Headline (en)");
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndOverwritesNothing() {
        StoryId id = pastedStory("Two editors at once");
        Story opened = stories.get(id);
        stories.saveContent(id, opened.version(), opened.content().with("en", new LocalizedContent("First", "", List.of())), null);
        assertThatThrownBy(() -> stories.saveContent(id, opened.version(),
                opened.content().with("en", new LocalizedContent("Second", "", List.of())), null))
                .isInstanceOf(StaleStoryException.class);
        assertThat(stories.get(id).content().in("en").headline()).isEqualTo("First");
    }

    @Test
    void submittingWithMissingFieldsIsRefusedWithTheFieldsNamed() {
        StoryId id = pastedStory("Empty story");
        assertThatThrownBy(() -> workflow.submit(id)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("Headline (en)").hasMessageContaining("Summary (zh)");
        assertThat(stories.get(id).state()).isEqualTo(StoryState.DRAFT);
    }

    @Test
    void wrongRolesAreRefusedByTheServices() {
        StoryId id = pastedStory("Roles");
        signIn.as("publisher");
        assertThatThrownBy(() -> stories.saveContent(id, 0, stories.get(id).content(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafting.start(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.submit(id)).isInstanceOf(AccessDeniedException.class);
        signIn.as("reviewer");
        assertThatThrownBy(() -> ingest.paste(new PastedSource("t", "x", null, null, "en"))).isInstanceOf(AccessDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> stories.page(0, 10)).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
