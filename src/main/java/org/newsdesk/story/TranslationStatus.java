package org.newsdesk.story;

import java.time.Instant;
import java.util.List;

/**
 * Where one field in a non-primary language stands against the same field in the primary
 * language: up to date, stale (the primary changed since; {@link #primaryChange} is the word
 * diff of that change), stale but accepted by a reviewer, not translated yet, or untracked
 * (written before translations were tracked).
 */
public record TranslationStatus(ContentField field, String language, String primaryLanguage, State state, TranslationLink link,
        String primaryThen, String primaryNow, List<ContentDiff.Segment> primaryChange) {

    public enum State {
        /** Matches the primary text as it stands. */
        CURRENT,
        /** The primary text changed since this was drafted or translated: blocks approval. */
        STALE,
        /** Stale, but a reviewer accepted it as it stands (for this primary text). */
        ACCEPTED,
        /** The primary has text, this language has none. */
        MISSING,
        /** Written before translations were tracked: nothing known. */
        UNTRACKED
    }

    public StoryContent.FieldRef ref() {
        return new StoryContent.FieldRef(field, language);
    }

    /** A stale translation nobody accepted: approval (and publication) waits for an update or a reviewer's acceptance. */
    public boolean blocksApproval() {
        return state == State.STALE;
    }

    /** What "Update translations" redrafts. */
    public boolean needsUpdate() {
        return state == State.STALE || state == State.MISSING;
    }

    /** A person wrote the text this language holds: an update proposes, never replaces. */
    public boolean writtenByPerson() {
        return link != null && link.madeByPerson();
    }

    /** When this field was last brought up to date with the primary (made, or accepted as it stands); null when unknown. */
    public Instant upToDateAt() {
        if (link == null) {
            return null;
        }
        return state == State.ACCEPTED ? link.acceptance().at() : state == State.CURRENT ? link.madeAt() : null;
    }
}
