package org.newsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.TranslationStatus;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A translation that fell behind the primary language blocks approval until it is updated or a reviewer accepts it with a note. */
@IntegrationTest
class TranslationApprovalIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired UserDetailsService userDetails;

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

    /** A story written in English and Chinese, then its English headline changed alone: the Chinese headline is stale. */
    StoryId storyWithAStaleChineseHeadline() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var item = ingest.paste(new PastedSource("Mistral debt " + run, "Mistral AI secured €705 million in debt financing. " + run, "AI News", null, "en"));
        StoryId id = stories.createFromSources(List.of(item.item().id()));
        var s = stories.get(id);
        s = stories.saveContent(id, s.version(), s.content()
                .with("en", new LocalizedContent("Mistral AI secures €705 million in debt", "Mistral AI secured €705 million in debt financing.",
                        List.of("€705 million in debt.")))
                .with("zh", new LocalizedContent("Mistral AI获得7.05亿欧元债务融资", "Mistral AI获得7.05亿欧元债务融资。", List.of("7.05亿欧元债务。"))), null);
        assertThat(stories.translations(id)).extracting(TranslationStatus::state).containsOnly(TranslationStatus.State.CURRENT);
        s = stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en").with(ContentField.HEADLINE,
                "Mistral AI secures €705 million in debt for a data center")), null);
        workflow.submit(id);
        return id;
    }

    @Test
    void approvalIsRefusedWhileATranslationIsStaleAndAllowedAfterAReviewerAcceptsItWithANote() {
        StoryId id = storyWithAStaleChineseHeadline();
        assertThatThrownBy(() -> stories.acceptTranslation(id, ContentField.HEADLINE, "zh", "fine"))
                .as("only reviewers accept").isInstanceOf(AccessDeniedException.class);

        signIn.as("reviewer");
        var stale = stories.translations(id).stream().filter(TranslationStatus::blocksApproval).toList();
        assertThat(stale).singleElement().satisfies(t -> {
            assertThat(t.ref()).isEqualTo(new org.newsdesk.story.StoryContent.FieldRef(ContentField.HEADLINE, "zh"));
            assertThat(t.primaryChange()).anySatisfy(seg -> assertThat(seg.text()).isEqualTo(" for a data center"));
        });
        assertThat(workflow.availableActions(id)).doesNotContain(Transition.APPROVE);
        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("1 translated field is behind the primary language (en)").hasMessageContaining("Headline (zh)");

        assertThatThrownBy(() -> stories.acceptTranslation(id, ContentField.HEADLINE, "zh", "  ")).hasMessageContaining("needs a note");
        assertThatThrownBy(() -> stories.acceptTranslation(id, ContentField.SUMMARY, "zh", "ok")).hasMessageContaining("nothing to accept");
        stories.acceptTranslation(id, ContentField.HEADLINE, "zh", "The data center is in the Chinese summary already");
        assertThat(stories.translations(id)).noneMatch(TranslationStatus::blocksApproval);
        assertThat(workflow.approve(id).state()).isEqualTo(StoryState.APPROVED);
        assertThat(workflow.history(id)).filteredOn(a -> a.action().equals("Accepted a translation")).singleElement()
                .satisfies(a -> {
                    assertThat(a.note()).contains("Headline (zh)").contains("in the Chinese summary already");
                    assertThat(a.actor()).isNotBlank();
                });
    }

    @Test
    void approvalIsAllowedOnceTheTranslationIsUpdated() {
        StoryId id = storyWithAStaleChineseHeadline();
        signIn.as("reviewer");
        assertThatThrownBy(() -> workflow.approve(id)).isInstanceOf(WorkflowException.class).hasMessageContaining("Headline (zh)");

        signIn.as("editor");
        var s = stories.get(id);
        stories.saveContent(id, s.version(), s.content().with("zh", s.content().in("zh").with(ContentField.HEADLINE,
                "Mistral AI获得7.05亿欧元债务融资,用于建设数据中心")), null);
        assertThat(stories.translations(id)).filteredOn(t -> t.field() == ContentField.HEADLINE).singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(TranslationStatus.State.CURRENT));

        signIn.as("reviewer");
        assertThat(workflow.approve(id).state()).isEqualTo(StoryState.APPROVED);
    }
}
