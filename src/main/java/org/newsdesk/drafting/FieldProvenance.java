package org.newsdesk.drafting;

import java.time.Instant;
import java.util.List;

import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.story.ContentField;

/** Who or what wrote a field in a language, from which sources, at what cost, and whether a person edited it since. */
public record FieldProvenance(
        ContentField field,
        String language,
        String provider,
        String model,
        String promptVersion,
        Instant generatedAt,
        List<SourceItemId> sources,
        int promptTokens,
        int completionTokens,
        UserId editedBy,
        Instant editedAt) {

    public boolean editedByPerson() {
        return editedBy != null;
    }
}
