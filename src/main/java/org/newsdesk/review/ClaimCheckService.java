package org.newsdesk.review;

import java.util.List;
import java.util.function.Predicate;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.platform.PlainText;
import org.newsdesk.review.internal.ClaimResolutionRepository;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim check of a story for the people who review it: every claim with the check's verdict,
 * and a reviewer's acceptance of an unsupported one (four eyes and the audit are the workflow's).
 */
@Service
public class ClaimCheckService {

    private final ClaimCheck check;
    private final StoryService stories;
    private final ClaimResolutionRepository resolutions;
    private final WorkflowService workflow;

    ClaimCheckService(ClaimCheck check, StoryService stories, ClaimResolutionRepository resolutions, WorkflowService workflow) {
        this.check = check;
        this.stories = stories;
        this.resolutions = resolutions;
        this.workflow = workflow;
    }

    /** Every claim of the story's current revision, unresolved unsupported ones first. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<CheckedClaim> check(StoryId id) {
        return check.check(stories.get(id));
    }

    /** A reviewer accepts an unsupported claim, with a note saying why; recorded in the audit log. */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public void accept(StoryId id, String claimKey, String note) {
        accept(id, note, c -> c.key().equals(claimKey));
    }

    /**
     * A reviewer accepts, once and with one note, every occurrence of an unsupported claim written
     * {@code text} (the same figure repeated in several fields and languages); one audit row names
     * them all. Returns how many occurrences were accepted.
     */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public int acceptEverywhere(StoryId id, String text, String note) {
        return accept(id, note, c -> CheckedClaim.group(c.claim().text()).equals(CheckedClaim.group(text)));
    }

    private int accept(StoryId id, String typedNote, Predicate<CheckedClaim> which) {
        String note = PlainText.strip(typedNote);
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say why the claim is right: accepting it needs a note.");
        }
        workflow.checkMayAcceptClaims(id); // four eyes first, whatever the claim
        List<CheckedClaim> found = check.check(stories.get(id)).stream().filter(which).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("That claim is no longer in the draft.");
        }
        List<CheckedClaim> open = found.stream().filter(CheckedClaim::blocking).toList();
        if (open.isEmpty()) {
            if (found.stream().anyMatch(c -> c.claim().flagged())) {
                return 0; // accepted already (the same words elsewhere in the field, or a colleague a moment ago): nothing left to do
            }
            throw new IllegalArgumentException("That claim is supported by the sources already.");
        }
        workflow.recordClaimAcceptance(id, open.getFirst().claim().text(), open.stream().map(CheckedClaim::where).distinct().toList(), note.strip());
        for (CheckedClaim c : open) {
            resolutions.accept(id, c.key(), note.strip(), CurrentUser.require().id());
        }
        return open.size();
    }
}
