package org.newsdesk.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.newsdesk.identity.UserId;

/**
 * The staleness model of translations, as pure functions. The primary language is the first desk
 * language and the source of truth. Each field in another language is linked to the primary text of
 * the same field it was drafted or translated from; when that primary text changes (a person's edit,
 * a redraft, a restore), the link no longer matches and the field is stale until it is updated, a
 * person edits it, or a reviewer accepts it as it stands.
 */
public final class Translations {

    private Translations() {}

    /** A short fingerprint of a text (SHA-256, first 16 bytes in hex). */
    public static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The links a new revision records: every non-primary field whose text changed between
     * {@code before} and {@code after} now matches the primary text of {@code after}, made by
     * {@code kind} (the model, or {@code person}). A person's edit of a translation thus brings it up
     * to date (they wrote it beside the primary) and marks it as theirs; an edit of the primary alone
     * leaves the translations' links as they were, which makes them stale.
     */
    public static List<TranslationLink> afterRevision(StoryContent before, StoryContent after, List<String> desk, RevisionId revision,
            AuthorKind kind, UserId person, Instant at) {
        String primary = desk.getFirst();
        List<TranslationLink> links = new ArrayList<>();
        for (String lang : desk.subList(1, desk.size())) {
            for (ContentField f : ContentField.values()) {
                if (!after.in(lang).text(f).equals(before.in(lang).text(f))) {
                    links.add(new TranslationLink(f, lang, revision, fingerprint(after.in(primary).text(f)), kind,
                            kind == AuthorKind.PERSON ? person : null, at, null));
                }
            }
        }
        return links;
    }

    /** A person keeps their translation as it stands, saying it matches the primary text now: linked to it, as theirs. */
    public static TranslationLink confirmed(TranslationStatus status, RevisionId current, UserId person, Instant at) {
        return new TranslationLink(status.field(), status.language(), current, fingerprint(status.primaryNow()), AuthorKind.PERSON, person, at, null);
    }

    /** A reviewer accepts a stale translation as it stands, for the primary text as it is now. */
    public static TranslationLink accepted(TranslationStatus status, UserId reviewer, String note, Instant at) {
        if (status.link() == null) {
            throw new IllegalArgumentException("Only a translation that has fallen behind the primary language can be accepted as it stands.");
        }
        return status.link().accepted(new TranslationLink.Acceptance(fingerprint(status.primaryNow()), reviewer, note, at));
    }

    /**
     * Every non-primary field that has text in the primary language or in its own, with where it
     * stands. {@code revisions} gives the content of a linked revision (for the diff of the primary's
     * change since); it is asked only for stale fields, once per revision.
     */
    public static List<TranslationStatus> status(StoryContent content, Map<StoryContent.FieldRef, TranslationLink> links, List<String> desk,
            Function<RevisionId, StoryContent> revisions) {
        String primary = desk.getFirst();
        Map<RevisionId, StoryContent> loaded = new HashMap<>();
        List<TranslationStatus> out = new ArrayList<>();
        for (String lang : desk.subList(1, desk.size())) {
            for (ContentField f : ContentField.values()) {
                String now = content.in(primary).text(f);
                String translation = content.in(lang).text(f);
                if (now.isBlank() && translation.isBlank()) {
                    continue;
                }
                TranslationLink link = links.get(new StoryContent.FieldRef(f, lang));
                TranslationStatus.State state;
                String fp = fingerprint(now);
                if (translation.isBlank()) {
                    state = TranslationStatus.State.MISSING;
                } else if (link == null) {
                    state = TranslationStatus.State.UNTRACKED;
                } else if (link.primaryFingerprint().equals(fp)) {
                    state = TranslationStatus.State.CURRENT;
                } else if (link.acceptance() != null && link.acceptance().primaryFingerprint().equals(fp)) {
                    state = TranslationStatus.State.ACCEPTED;
                } else {
                    state = TranslationStatus.State.STALE;
                }
                String then = null;
                List<ContentDiff.Segment> change = List.of();
                if (link != null && (state == TranslationStatus.State.STALE || state == TranslationStatus.State.ACCEPTED
                        || (state == TranslationStatus.State.MISSING && !link.primaryFingerprint().equals(fp)))) {
                    then = loaded.computeIfAbsent(link.basedOn(), revisions).in(primary).text(f);
                    change = ContentDiff.words(then, now);
                }
                out.add(new TranslationStatus(f, lang, primary, state, link, then, now, change));
            }
        }
        return out;
    }
}
