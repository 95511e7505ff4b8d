package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Revision;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;

/** Who wrote each field of a revision saved before provenance was kept per revision, from the revisions up to it. */
class ProvenanceFromHistoryTest {

    static final UserId EDDIE = new UserId(7);
    static final List<SourceItemId> SOURCES = List.of(new SourceItemId(3));

    static Revision revision(int number, AuthorKind kind, String headline, String summary) {
        return new Revision(new RevisionId(number), new StoryId(1), number, StoryContent.EMPTY.with("en", new LocalizedContent(headline, summary, List.of())),
                kind, kind == AuthorKind.PERSON ? EDDIE : null, kind == AuthorKind.MODEL ? "old-model" : null, "r" + number,
                Instant.parse("2026-01-01T10:00:00Z").plusSeconds(number));
    }

    static FieldProvenance of(List<FieldProvenance> all, ContentField field) {
        return all.stream().filter(p -> p.field() == field).findFirst().orElse(null);
    }

    final Revision typed = revision(1, AuthorKind.PERSON, "Typed headline", "");
    final Revision drafted = revision(2, AuthorKind.MODEL, "Typed headline", "Model summary");
    final Revision edited = revision(3, AuthorKind.PERSON, "Typed headline", "Model summary, edited");
    final Revision redrafted = revision(4, AuthorKind.MODEL, "Typed headline", "Second model summary");
    final List<Revision> all = List.of(redrafted, edited, drafted, typed);

    @Test
    void aDraftedFieldIsTheModelsAndATypedOneThePersons() {
        var p = ProvenanceFromHistory.rebuild(all, drafted, List.of("en"), "openai", SOURCES);
        assertThat(of(p, ContentField.HEADLINE)).as("typed before the draft: no AI provenance").isNull();
        FieldProvenance summary = of(p, ContentField.SUMMARY);
        assertThat(summary.model()).isEqualTo("old-model");
        assertThat(summary.editedByPerson()).isFalse();
        assertThat(summary.generatedAt()).isEqualTo(drafted.createdAt());
        assertThat(summary.promptVersion()).isEqualTo("not recorded");
        assertThat(summary.sources()).isEqualTo(SOURCES);
    }

    @Test
    void aPersonsChangeOfADraftedFieldIsAnEditAndALaterDraftClearsIt() {
        var afterEdit = ProvenanceFromHistory.rebuild(all, edited, List.of("en"), "openai", SOURCES);
        assertThat(of(afterEdit, ContentField.SUMMARY).editedBy()).isEqualTo(EDDIE);
        assertThat(of(afterEdit, ContentField.SUMMARY).editedAt()).isEqualTo(edited.createdAt());

        var afterRedraft = ProvenanceFromHistory.rebuild(all, redrafted, List.of("en"), "openai", SOURCES);
        assertThat(of(afterRedraft, ContentField.SUMMARY).editedByPerson()).isFalse();
        assertThat(afterRedraft).noneMatch(FieldProvenance::editedByPerson);
    }
}
