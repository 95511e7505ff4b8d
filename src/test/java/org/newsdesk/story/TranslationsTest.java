package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsdesk.identity.UserId;
import org.newsdesk.story.TranslationStatus.State;

/** The staleness model: a translation follows the primary language's text it was made from, field by field. */
class TranslationsTest {

    static final List<String> DESK = List.of("en", "zh");
    static final UserId EDITOR = new UserId(7);
    static final UserId REVIEWER = new UserId(8);

    /** A story's revisions and links, as StoryService keeps them. */
    final Map<RevisionId, StoryContent> revisions = new HashMap<>();
    final Map<StoryContent.FieldRef, TranslationLink> links = new LinkedHashMap<>();
    StoryContent current = StoryContent.EMPTY;
    long next = 1;

    RevisionId save(StoryContent content, AuthorKind kind, UserId person) {
        RevisionId rev = new RevisionId(next++);
        Translations.afterRevision(current, content, DESK, rev, kind, person, Instant.EPOCH.plusSeconds(next)).forEach(l -> links.put(l.ref(), l));
        revisions.put(rev, content);
        current = content;
        return rev;
    }

    List<TranslationStatus> status() {
        return Translations.status(current, links, DESK, revisions::get);
    }

    TranslationStatus headline() {
        return status().stream().filter(s -> s.field() == ContentField.HEADLINE).findFirst().orElseThrow();
    }

    StoryContent withHeadlines(String en, String zh) {
        return current.with("en", current.in("en").with(ContentField.HEADLINE, en)).with("zh", current.in("zh").with(ContentField.HEADLINE, zh));
    }

    @Test
    void aDraftInBothLanguagesIsUpToDate() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        assertThat(headline().state()).isEqualTo(State.CURRENT);
        assertThat(headline().writtenByPerson()).isFalse();
        assertThat(status()).noneMatch(TranslationStatus::blocksApproval);
    }

    @Test
    void editingThePrimaryMakesTheTranslationStaleAndSaysWhatChanged() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        save(withHeadlines("Mistral raises €750 million in debt", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR);

        TranslationStatus h = headline();
        assertThat(h.state()).isEqualTo(State.STALE);
        assertThat(h.blocksApproval()).isTrue();
        assertThat(h.needsUpdate()).isTrue();
        assertThat(h.primaryThen()).isEqualTo("Mistral raises €705 million");
        assertThat(h.primaryChange()).containsExactly(new ContentDiff.Segment(ContentDiff.Kind.SAME, "Mistral raises "),
                new ContentDiff.Segment(ContentDiff.Kind.REMOVED, "€705"), new ContentDiff.Segment(ContentDiff.Kind.ADDED, "€750"),
                new ContentDiff.Segment(ContentDiff.Kind.SAME, " million"), new ContentDiff.Segment(ContentDiff.Kind.ADDED, " in debt"));
        assertThat(status()).filteredOn(TranslationStatus::blocksApproval).extracting(TranslationStatus::field).containsExactly(ContentField.HEADLINE);
    }

    @Test
    void anUpdateOfTheTranslationMakesItCurrentAgain() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        save(withHeadlines("Mistral raises €750 million", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR);
        save(withHeadlines("Mistral raises €750 million", "Mistral 融资7.5亿欧元"), AuthorKind.MODEL, null);
        assertThat(headline().state()).isEqualTo(State.CURRENT);
        assertThat(headline().primaryChange()).isEmpty();
    }

    @Test
    void aRedraftOrRestoreOfThePrimaryAloneMakesItStaleAndARestoreToTheTranslatedTextMakesItCurrent() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        save(withHeadlines("Mistral secures debt", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null); // a redraft of the English only
        assertThat(headline().state()).isEqualTo(State.STALE);
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR); // restore
        assertThat(headline().state()).isEqualTo(State.CURRENT);
    }

    @Test
    void aPersonsEditOfTheTranslationIsRecordedAsTheirsAndBringsItUpToDate() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        save(withHeadlines("Mistral raises €750 million", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR);
        save(withHeadlines("Mistral raises €750 million", "Mistral 获得7.5亿欧元融资"), AuthorKind.PERSON, EDITOR);
        assertThat(headline().state()).isEqualTo(State.CURRENT);
        assertThat(headline().writtenByPerson()).isTrue();
        assertThat(headline().link().person()).isEqualTo(EDITOR);

        // the English changes again: stale, and still the person's words (an update will propose, not replace)
        save(withHeadlines("Mistral raises €750 million for GPUs", "Mistral 获得7.5亿欧元融资"), AuthorKind.PERSON, EDITOR);
        assertThat(headline().state()).isEqualTo(State.STALE);
        assertThat(headline().writtenByPerson()).isTrue();
        // a model draft that leaves the person's Chinese alone does not take it over
        save(withHeadlines("Mistral raises €750 million for GPUs", "Mistral 获得7.5亿欧元融资").with("en",
                current.in("en").with(ContentField.SUMMARY, "More.")), AuthorKind.MODEL, null);
        assertThat(headline().writtenByPerson()).isTrue();
    }

    @Test
    void aReviewersAcceptanceHoldsForThePrimaryTextAcceptedOnly() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        save(withHeadlines("Mistral raises €705 million.", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR);
        var accepted = Translations.accepted(headline(), REVIEWER, "Only a full stop", Instant.EPOCH);
        links.put(accepted.ref(), accepted);
        assertThat(headline().state()).isEqualTo(State.ACCEPTED);
        assertThat(headline().blocksApproval()).isFalse();
        assertThat(headline().upToDateAt()).isEqualTo(Instant.EPOCH);

        save(withHeadlines("Mistral raises €800 million.", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR);
        assertThat(headline().state()).isEqualTo(State.STALE);
    }

    @Test
    void aPersonMayKeepTheirTranslationAsItStands() {
        save(withHeadlines("Mistral raises €705 million", "Mistral 融资7.05亿欧元"), AuthorKind.MODEL, null);
        RevisionId rev = save(withHeadlines("Mistral raises €705 million in debt", "Mistral 融资7.05亿欧元"), AuthorKind.PERSON, EDITOR);
        var kept = Translations.confirmed(headline(), rev, EDITOR, Instant.EPOCH);
        links.put(kept.ref(), kept);
        assertThat(headline().state()).isEqualTo(State.CURRENT);
        assertThat(headline().writtenByPerson()).isTrue();
    }

    @Test
    void anEmptyTranslationIsMissingAndTextFromBeforeTrackingIsUntrackedNeitherBlocks() {
        save(current.with("en", current.in("en").with(ContentField.CORE_POINT, "Compute is the moat.")), AuthorKind.PERSON, EDITOR);
        links.clear();
        current = current.with("zh", current.in("zh").with(ContentField.HEADLINE, "旧标题"))
                .with("en", current.in("en").with(ContentField.HEADLINE, "Old headline"));
        assertThat(status()).extracting(TranslationStatus::field, TranslationStatus::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ContentField.HEADLINE, State.UNTRACKED),
                        org.assertj.core.groups.Tuple.tuple(ContentField.CORE_POINT, State.MISSING));
        assertThat(status()).noneMatch(TranslationStatus::blocksApproval);
        assertThat(status()).filteredOn(TranslationStatus::needsUpdate).extracting(TranslationStatus::field).containsExactly(ContentField.CORE_POINT);
        assertThatThrownBy(() -> Translations.accepted(status().getFirst(), REVIEWER, "n", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFingerprintTellsTextsApart() {
        assertThat(Translations.fingerprint("a")).hasSize(32).isEqualTo(Translations.fingerprint("a")).isNotEqualTo(Translations.fingerprint("a "));
    }
}
