package org.newsdesk.claimcheck;

import java.util.List;
import java.util.Objects;

/**
 * One checkable statement in a draft field and what the check found for it.
 *
 * @param id stable identity for resolutions (see {@link ClaimId})
 * @param field the draft field it is in
 * @param language that field's language
 * @param start offset of the claim in the field text
 * @param end end offset (exclusive) in the field text
 * @param text the claim as written ("€3B", "Sep 2023", "半年")
 * @param kind what it states
 * @param value its normalised value
 * @param verdict supported, unsupported, or an unsourced currency conversion
 * @param rule why, in one line for the reviewer: the rule that supported it ("same value", "unit
 *     conversion 1.38万 = 13,800", "ratio 20/11.7 = 1.71 ≈ nearly double") or what is wrong ("year added:
 *     ...")
 * @param evidence the source passages that support it; empty unless supported by the sources (a ratio
 *     between two figures of the draft itself has none)
 */
public record Claim(ClaimId id, String field, String language, int start, int end, String text, ClaimKind kind,
        ClaimValue value, Verdict verdict, String rule, List<Evidence> evidence) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
    }

    /** Whether a reviewer must resolve it before approval. */
    public boolean flagged() {
        return verdict.flagged();
    }
}
