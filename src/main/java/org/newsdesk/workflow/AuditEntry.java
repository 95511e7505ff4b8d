package org.newsdesk.workflow;

import java.time.Instant;

import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryState;

/** One recorded transition: who, when, from, to, on which revision (its id, and its number as the story's history counts them), and the note. */
public record AuditEntry(String action, StoryState from, StoryState to, RevisionId revision, Integer revisionNumber, String actor, String note,
        Instant at) {}
