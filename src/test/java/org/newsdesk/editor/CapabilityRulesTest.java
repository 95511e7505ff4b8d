package org.newsdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserId;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryState;
import org.newsdesk.workflow.StoryFacts;
import org.newsdesk.workflow.Transition;

/** What each person may do in the editor, and the reason given for what they may not. */
class CapabilityRulesTest {

    static final StoryId STORY = new StoryId(7);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final UserId EDDIE = new UserId(1);
    static final UserId RITA = new UserId(2);

    static Actor actor(UserId id, Role... roles) {
        return new Actor(id, "u" + id.value(), "User " + id.value(), Set.of(roles));
    }

    static EditorFacts facts(StoryState state, Map<UserId, String> authors) {
        return new EditorFacts(new StoryFacts(state, authors, List.of(), false, List.of()), null, null, null, 3, true);
    }

    @Test
    void aReviewerWhoEditedTheRevisionSeesWhyApproveIsNotTheirs() {
        var caps = CapabilityRules.decide(STORY, facts(StoryState.IN_REVIEW, Map.of(RITA, "edited revision 4")), actor(RITA, Role.REVIEWER), PARIS);

        assertThat(caps.can(Transition.APPROVE)).isFalse();
        assertThat(caps.held()).containsEntry(Transition.APPROVE, "You edited revision 4; another reviewer approves it (four eyes).");
        assertThat(caps.can(Transition.REQUEST_CHANGES)).isTrue();
        assertThat(caps.whyNot(Capability.ACCEPT_CLAIM)).contains("You edited revision 4; another reviewer accepts its unsupported claims (four eyes).");
        // steps that are not a reviewer's are not shown to them, though the reason is there if asked
        assertThat(caps.held()).doesNotContainKey(Transition.SCHEDULE);
        assertThat(caps.whyNot(Transition.SCHEDULE)).contains("\"Schedule\" is for publishers; you are a reviewer.");
    }

    @Test
    void whoStartedTheDraftAnswersForItLikeAnEditor() {
        var caps = CapabilityRules.decide(STORY, facts(StoryState.IN_REVIEW, Map.of(EDDIE, "started the AI draft of revision 3")),
                actor(EDDIE, Role.EDITOR, Role.REVIEWER), PARIS);
        assertThat(caps.held()).containsEntry(Transition.APPROVE, "You started the AI draft of revision 3; another reviewer approves it (four eyes).");
        assertThat(caps.can(Capability.ACCEPT_CLAIM)).isFalse();
        // someone else may
        var other = CapabilityRules.decide(STORY, facts(StoryState.IN_REVIEW, Map.of(EDDIE, "started the AI draft of revision 3")),
                actor(RITA, Role.REVIEWER), PARIS);
        assertThat(other.available()).contains(Transition.APPROVE, Transition.REQUEST_CHANGES, Transition.KILL);
        assertThat(other.can(Capability.ACCEPT_CLAIM)).isTrue();
    }

    @Test
    void aRunningDraftSaysWhoStartedItAndWhenInTheReadersZone() {
        var running = new EditorFacts(new StoryFacts(StoryState.DRAFT, Map.of(), List.of(), true, List.of()), "Eddie Editor",
                Instant.parse("2026-11-27T09:41:00Z"), null, 2, true);
        var caps = CapabilityRules.decide(STORY, running, actor(EDDIE, Role.EDITOR), PARIS);

        assertThat(caps.whyNot(Capability.EDIT)).contains("A draft is running (started by Eddie Editor, 10:41): the fields are the draft's until it ends.");
        assertThat(caps.can(Capability.SAVE)).isFalse();
        assertThat(caps.can(Capability.DRAFT)).isFalse();
        assertThat(caps.can(Capability.CANCEL_DRAFT)).isTrue();
        assertThat(caps.held()).containsEntry(Transition.SUBMIT, "A draft is running (started by Eddie Editor, 10:41): submit when it has finished, or cancel it.");
        assertThat(caps.runningDraft()).isEqualTo("A draft is running (started by Eddie Editor, 10:41)");
    }

    @Test
    void anEditorSeesWhatIsMissingBeforeSubmittingAndHowToSetUpAi() {
        var missing = new EditorFacts(new StoryFacts(StoryState.DRAFT, Map.of(), List.of(new StoryContent.FieldRef(ContentField.SUMMARY, "zh")), false,
                List.of()), null, null, "Set NEWSDESK_LLM_BASE_URL to draft with AI.", 1, true);
        var caps = CapabilityRules.decide(STORY, missing, actor(EDDIE, Role.EDITOR), PARIS);

        assertThat(caps.held().get(Transition.SUBMIT)).startsWith("Fill in every required field before submitting; missing: Summary");
        assertThat(caps.whyNot(Capability.DRAFT)).contains("Set NEWSDESK_LLM_BASE_URL to draft with AI.");
        assertThat(caps.shows(Capability.DRAFT)).isTrue();
        assertThat(caps.whyNot(Capability.RESTORE)).contains("There is only one revision: nothing to restore yet.");
        assertThat(caps.can(Capability.EDIT)).isTrue();
        assertThat(caps.can(Capability.ADD_NOTE)).isTrue();
    }

    @Test
    void aPublishedStoryIsReopenedBeforeAnyEditAndOnlyAPublisherUnpublishes() {
        var editor = CapabilityRules.decide(STORY, facts(StoryState.PUBLISHED, Map.of()), actor(EDDIE, Role.EDITOR), PARIS);
        assertThat(editor.whyNot(Capability.EDIT)).contains("The story is published: reopen it to change it (editors and publishers can).");
        assertThat(editor.available()).isEmpty();

        var publisher = CapabilityRules.decide(STORY, facts(StoryState.PUBLISHED, Map.of()), actor(new UserId(3), Role.PUBLISHER), PARIS);
        assertThat(publisher.available()).containsExactly(Transition.UNPUBLISH);
        assertThat(publisher.shows(Capability.EDIT)).isFalse();
        assertThat(publisher.whyNot(Capability.EDIT)).contains("\"Edit\" is for editors and reviewers; you are a publisher.");
    }
}
