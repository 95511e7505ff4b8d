package org.newsdesk.editor;

import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.drafting.DraftingService;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editor's server side: one question per person and story, "what may I do here now, and why not the rest?". */
@Service
public class EditorService {

    private final StoryService stories;
    private final WorkflowService workflow;
    private final DraftingService drafting;
    private final UserService users;

    EditorService(StoryService stories, WorkflowService workflow, DraftingService drafting, UserService users) {
        this.stories = stories;
        this.workflow = workflow;
        this.drafting = drafting;
        this.users = users;
    }

    /** Every capability and transition of the signed-in person on the story, with reasons; times in the reasons are in {@code zone}. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Capabilities capabilities(StoryId id, ZoneId zone) {
        return capabilities(stories.get(id), zone);
    }

    /**
     * The same for the story as the caller has just read it (the editor, which reads it to show it):
     * the story is not read again, twice, for the answer.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Capabilities capabilities(Story story, ZoneId zone) {
        StoryId id = story.id();
        var facts = workflow.facts(story);
        var running = drafting.running(id);
        String startedBy = running.map(r -> users.find(r.startedBy()).map(UserAccount::displayName).orElse("someone")).orElse(null);
        var status = drafting.status();
        EditorFacts editorFacts = new EditorFacts(facts, startedBy, running.map(r -> r.startedAt()).orElse(null),
                status.configured() ? null : status.help(), story.current().number(), !story.sources().isEmpty());
        return CapabilityRules.decide(id, editorFacts, CurrentUser.require(), zone);
    }
}
