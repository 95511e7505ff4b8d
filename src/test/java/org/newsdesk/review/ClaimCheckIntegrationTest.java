package org.newsdesk.review;

import org.newsdesk.workflow.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
import org.newsdesk.story.StoryState;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The seed's error, caught: approval is refused while an unsupported claim is unresolved, then allowed once a reviewer accepts it. */
@IntegrationTest
class ClaimCheckIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired ClaimCheckService claims;
    @Autowired UserDetailsService userDetails;
    @Autowired org.newsdesk.identity.UserService users;
    @Autowired org.newsdesk.drafting.DraftingService drafting;

    SignIn signIn;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(userDetails);
        signIn.as("editor");
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    /**
     * A revision's check is kept, so what each save checks is its own revision: fixing the text lifts
     * the block at once, and bringing the wrong text back (a restore) blocks again.
     */
    @Test
    void theApprovalGateFollowsEachSaveOfTheText() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var item = ingest.paste(new PastedSource("Mistral raises €3B " + run, "Mistral AI raised €3B in September. " + run, "AI News", null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));
        Story s = stories.get(id);
        Story wrong = stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en")
                .with(ContentField.HEADLINE, "Mistral raises €3B " + run).with(ContentField.SUMMARY, "Mistral AI raised €3B in Sep 2023.")), null);
        assertThat(claims.check(id)).filteredOn(CheckedClaim::blocking).extracting(c -> c.claim().text()).containsExactly("Sep 2023");
        assertThat(workflow.facts(id).unresolvedClaims()).extracting(UnresolvedClaim::text).containsExactly("Sep 2023");

        Story fixed = stories.saveContent(id, wrong.version(), wrong.content().with("en", wrong.content().in("en")
                .with(ContentField.SUMMARY, "Mistral AI raised €3B in September.")), null);
        assertThat(workflow.facts(id).unresolvedClaims()).isEmpty();
        assertThat(claims.check(id)).noneMatch(CheckedClaim::blocking);

        stories.restore(id, wrong.current().id(), fixed.version());
        assertThat(workflow.facts(id).unresolvedClaims()).extracting(UnresolvedClaim::text).containsExactly("Sep 2023");
    }

    @Test
    void anAddedYearBlocksApprovalUntilAReviewerAcceptsItWithANote() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var item = ingest.paste(new PastedSource("Mistral is rumored to be raising €3B " + run,
                "Mistral AI is in early talks to raise €3B ($3.5B) at a €20B valuation. The €20B valuation is nearly double its €11.7B "
                        + "Series C from September. " + run, "AI News", null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));
        Story s = stories.get(id);
        var content = s.content()
                .with("en", new LocalizedContent("Mistral AI in talks to raise €3B at a €20B valuation", "The valuation nearly doubles "
                        + "the €11.7B of its Series C in Sep 2023.", List.of("Mistral AI is raising €3B.")))
                .with("zh", new LocalizedContent("Mistral AI洽谈融资30亿欧元", "估值200亿欧元,接近C轮117亿欧元的两倍。", List.of("Mistral AI正洽谈融资30亿欧元。")));
        stories.saveContent(id, s.version(), content, null);
        workflow.submit(id);

        signIn.as("reviewer");
        List<CheckedClaim> checked = claims.check(id);
        assertThat(checked).filteredOn(CheckedClaim::blocking).extracting(c -> c.claim().text()).containsExactly("Sep 2023");
        assertThat(checked.getFirst().claim().text()).as("unsupported first").isEqualTo("Sep 2023");
        assertThat(checked).filteredOn(c -> c.claim().text().equals("€3B")).allSatisfy(c -> {
            assertThat(c.claim().flagged()).isFalse();
            assertThat(c.claim().evidence()).isNotEmpty();
        });
        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(WorkflowException.class)
                .hasMessage("1 unsupported claim unresolved: “Sep 2023” in Summary (English). Fix the text or accept each claim with a note.");

        assertThatThrownBy(() -> claims.accept(id, checked.getFirst().key(), " ")).hasMessageContaining("needs a note");
        claims.accept(id, checked.getFirst().key(), "Checked with the company: the Series C closed in September 2023");
        assertThat(claims.check(id)).noneMatch(CheckedClaim::blocking);
        assertThat(workflow.approve(id).state()).isEqualTo(StoryState.APPROVED);
        assertThat(workflow.history(id)).extracting(AuditEntry::action).contains("Accepted a claim", "Approve");
        assertThat(workflow.history(id)).filteredOn(a -> a.action().equals("Accepted a claim")).singleElement()
                .satisfies(a -> assertThat(a.note()).contains("Sep 2023").contains("September 2023"));
    }

    @Test
    void onlyReviewersAcceptClaims() {
        var item = ingest.paste(new PastedSource("Claims " + UUID.randomUUID(), "Text " + UUID.randomUUID(), null, null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));
        assertThatThrownBy(() -> claims.accept(id, "x", "note")).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void whoStartedTheAiDraftOrEditedItMayNeitherApproveItNorAcceptItsClaims() {
        signIn.as("admin");
        String name = "dual" + UUID.randomUUID().toString().substring(0, 6);
        users.create(name, "Dana Dual", "long-enough-pw", java.util.EnumSet.of(org.newsdesk.identity.Role.EDITOR, org.newsdesk.identity.Role.REVIEWER));
        signIn.as("editor");
        var item = ingest.paste(new PastedSource("Mistral borrows " + UUID.randomUUID(), org.newsdesk.testing.FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(),
                "FrenchWeb", null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));

        // the editor-and-reviewer starts the model's draft of someone else's story: the model writes, they answer for it
        signIn.as(name);
        drafting.start(id);
        org.newsdesk.testing.Drafts.awaitEnd(drafting, id);
        int drafted = stories.get(id).current().number();
        signIn.as("editor");
        workflow.submit(id);

        signIn.as(name);
        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(WorkflowException.class)
                .hasMessage("You started the AI draft of revision " + drafted + "; another reviewer approves it (four eyes).");
        assertThatThrownBy(() -> claims.acceptEverywhere(id, "anything", "I checked it myself")).isInstanceOf(WorkflowException.class)
                .hasMessage("You started the AI draft of revision " + drafted + "; another reviewer accepts its unsupported claims (four eyes).");

        // a reviewer who edited the revision is an author too
        signIn.as("reviewer");
        Story s = stories.get(id);
        stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en").with(org.newsdesk.story.ContentField.CORE_POINT,
                "Debt, not equity, pays for the data center.")), null);
        int edited = stories.get(id).current().number();
        assertThatThrownBy(() -> claims.accept(id, "x", "looks right")).isInstanceOf(WorkflowException.class)
                .hasMessage("You edited revision " + edited + "; another reviewer accepts its unsupported claims (four eyes).");
        assertThatThrownBy(() -> workflow.approve(id)).hasMessage("You edited revision " + edited + "; another reviewer approves it (four eyes).");
    }
}
