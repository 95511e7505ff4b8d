package org.newsdesk.story;

import java.time.Instant;

import org.newsdesk.identity.UserId;

/**
 * What a field in a non-primary language was drafted or translated from: the revision whose
 * primary-language text of the same field it matches ({@code basedOn}) and a fingerprint of that
 * text, who made it (the model, or a person: a person's translation is never replaced without
 * their choice), when, and a reviewer's acceptance of it as it stands after the primary changed.
 */
public record TranslationLink(ContentField field, String language, RevisionId basedOn, String primaryFingerprint, AuthorKind madeBy,
        UserId person, Instant madeAt, Acceptance acceptance) {

    /** A reviewer's word that the translation may stand although the primary text (the one fingerprinted) changed since. */
    public record Acceptance(String primaryFingerprint, UserId by, String note, Instant at) {}

    public boolean madeByPerson() {
        return madeBy == AuthorKind.PERSON;
    }

    public StoryContent.FieldRef ref() {
        return new StoryContent.FieldRef(field, language);
    }

    TranslationLink accepted(Acceptance a) {
        return new TranslationLink(field, language, basedOn, primaryFingerprint, madeBy, person, madeAt, a);
    }
}
