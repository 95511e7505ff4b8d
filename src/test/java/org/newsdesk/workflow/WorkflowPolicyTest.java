package org.newsdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserId;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryState;

/** The workflow table of docs/architecture.md ("Workflow"), checked for every role, state and transition. */
class WorkflowPolicyTest {

    static final UserId AUTHOR = new UserId(1);
    static final UserId OTHER = new UserId(2);

    static Actor actor(UserId id, Role... roles) {
        return new Actor(id, "u" + id.value(), "User " + id.value(), Set.of(roles));
    }

    static StoryFacts facts(StoryState state) {
        return new StoryFacts(state, Set.of(AUTHOR), List.of(), false);
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void eachTransitionIsAllowedExactlyForItsRolesInItsStates(Transition t) {
        for (Role role : Role.values()) {
            for (StoryState state : StoryState.values()) {
                boolean allowed = WorkflowPolicy.refusal(t, facts(state), actor(OTHER, role), "a note").isEmpty();
                boolean expected = t.roles().contains(role) && t.from().contains(state);
                assertThat(allowed).as("%s by %s from %s", t, role, state).isEqualTo(expected);
            }
        }
    }

    @Test
    void theTableMatchesTheDesign() {
        assertThat(Transition.SUBMIT.from()).containsExactlyInAnyOrder(StoryState.DRAFT, StoryState.CHANGES_REQUESTED);
        assertThat(Transition.APPROVE.roles()).containsExactly(Role.REVIEWER);
        assertThat(Transition.PUBLISH.from()).containsExactlyInAnyOrder(StoryState.APPROVED, StoryState.SCHEDULED);
        assertThat(Transition.REOPEN.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.PUBLISHER);
        assertThat(Transition.KILL.from()).doesNotContain(StoryState.PUBLISHED, StoryState.UNPUBLISHED, StoryState.KILLED);
        assertThat(EnumSet.allOf(Transition.class)).filteredOn(Transition::needsNote)
                .containsExactlyInAnyOrder(Transition.REQUEST_CHANGES, Transition.UNPUBLISH, Transition.KILL);
    }

    @Test
    void aReviewerNeverApprovesAStoryTheyWrote() {
        Actor reviewerWhoWrote = actor(AUTHOR, Role.REVIEWER, Role.EDITOR);
        assertThat(WorkflowPolicy.refusal(Transition.APPROVE, facts(StoryState.IN_REVIEW), reviewerWhoWrote, null))
                .hasValueSatisfying(m -> assertThat(m).contains("four eyes"));
        assertThat(WorkflowPolicy.available(facts(StoryState.IN_REVIEW), reviewerWhoWrote)).doesNotContain(Transition.APPROVE);
        assertThat(WorkflowPolicy.refusal(Transition.APPROVE, facts(StoryState.IN_REVIEW), actor(OTHER, Role.REVIEWER), null)).isEmpty();
    }

    @Test
    void aModelDraftMakesNobodyAnAuthor() {
        StoryFacts draftedByModelOnly = new StoryFacts(StoryState.IN_REVIEW, Set.of(), List.of(), false);
        assertThat(WorkflowPolicy.refusal(Transition.APPROVE, draftedByModelOnly, actor(AUTHOR, Role.REVIEWER), null)).isEmpty();
    }

    @Test
    void transitionsThatNeedANoteRefuseWithoutOne() {
        assertThat(WorkflowPolicy.refusal(Transition.REQUEST_CHANGES, facts(StoryState.IN_REVIEW), actor(OTHER, Role.REVIEWER), "  "))
                .hasValueSatisfying(m -> assertThat(m).contains("needs a note"));
    }

    @Test
    void submitWaitsForRequiredFieldsAndForDrafting() {
        var missing = new StoryFacts(StoryState.DRAFT, Set.of(), List.of(new StoryContent.FieldRef(ContentField.SUMMARY, "zh")), false);
        assertThat(WorkflowPolicy.refusal(Transition.SUBMIT, missing, actor(AUTHOR, Role.EDITOR), null))
                .hasValueSatisfying(m -> assertThat(m).contains("Summary (zh)"));
        var drafting = new StoryFacts(StoryState.DRAFT, Set.of(), List.of(), true);
        assertThat(WorkflowPolicy.refusal(Transition.SUBMIT, drafting, actor(AUTHOR, Role.EDITOR), null))
                .hasValueSatisfying(m -> assertThat(m).contains("drafting is still running"));
    }

    @Test
    void aRefusalSaysWhoMayAndWhoYouAre() {
        assertThat(WorkflowPolicy.refusal(Transition.PUBLISH, facts(StoryState.APPROVED), actor(OTHER, Role.EDITOR), null))
                .hasValue("\"Publish now\" is for publishers; you are an editor.");
    }

    @Test
    void theSystemTransitionIsNeverOffered() {
        for (Role role : Role.values()) {
            assertThat(WorkflowPolicy.available(facts(StoryState.APPROVED), actor(OTHER, role))).doesNotContain(Transition.BACK_TO_REVIEW);
        }
    }
}
