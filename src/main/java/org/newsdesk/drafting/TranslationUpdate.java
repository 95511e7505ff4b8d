package org.newsdesk.drafting;

import java.util.List;

import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryContent;

/**
 * What "Update translations" did: the fields it rewrote (in one model revision, null when none),
 * and the proposals for fields a person wrote, which it left as they were.
 */
public record TranslationUpdate(RevisionId revision, List<StoryContent.FieldRef> written, List<TranslationProposal> proposals, String message) {}
