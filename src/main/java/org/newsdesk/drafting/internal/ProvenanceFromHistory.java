package org.newsdesk.drafting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.Revision;
import org.newsdesk.story.StoryContent;

/**
 * The provenance of a revision saved before provenance was kept per revision (V19), rebuilt from
 * the story's revisions up to it: each field is credited to the last revision that changed it.
 * A model revision makes the field the model's (its model, at that revision's time); a person's
 * revision marks a model's field as edited by that person, and leaves a field nobody drafted as
 * the person's. This is the rule the live bookkeeping applies revision by revision, so a restored
 * old draft claims neither more nor less human editing than its history shows (decision 0009).
 * What the revisions do not record is marked so: the prompt version is {@link #NOT_RECORDED}, the
 * tokens are 0, the provider is today's and the sources are the story's.
 */
public final class ProvenanceFromHistory {

    static final String NOT_RECORDED = "not recorded";

    private ProvenanceFromHistory() {}

    /** The provenance {@code upTo} had, from {@code revisions} (any order) of its story. */
    public static List<FieldProvenance> rebuild(List<Revision> revisions, Revision upTo, List<String> languages, String provider,
            List<SourceItemId> sources) {
        Map<StoryContent.FieldRef, FieldProvenance> byField = new LinkedHashMap<>();
        StoryContent before = StoryContent.EMPTY;
        List<Revision> inOrder = revisions.stream().filter(r -> r.number() <= upTo.number()).sorted(Comparator.comparingInt(Revision::number)).toList();
        for (Revision r : inOrder) {
            for (StoryContent.FieldRef f : r.content().changedFrom(before, languages)) {
                boolean empty = r.content().in(f.language()).isEmpty(f.field());
                if (r.authorKind() == AuthorKind.MODEL) {
                    if (empty) {
                        byField.remove(f);
                    } else {
                        byField.put(f, new FieldProvenance(f.field(), f.language(), provider, r.model() == null ? "unknown model" : r.model(), NOT_RECORDED,
                                r.createdAt(), sources, 0, 0, null, null));
                    }
                } else {
                    FieldProvenance p = byField.get(f);
                    if (p != null) {
                        byField.put(f, new FieldProvenance(p.field(), p.language(), p.provider(), p.model(), p.promptVersion(), p.generatedAt(),
                                p.sources(), p.promptTokens(), p.completionTokens(), r.author(), r.createdAt()));
                    }
                }
            }
            before = r.content();
        }
        return new ArrayList<>(byField.values());
    }
}
