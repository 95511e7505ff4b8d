package org.newsdesk.claimcheck;

/**
 * Where a source supports a claim.
 *
 * @param sourceId the source
 * @param passage the sentence of the source that supports the claim
 * @param passageStart offset of the passage in the source text
 * @param passageEnd end offset (exclusive) of the passage in the source text
 * @param matched the words in the passage that support the claim ("3 milliards d'euros")
 * @param matchedStart offset of those words in the source text
 * @param matchedEnd end offset (exclusive) of those words in the source text
 */
public record Evidence(SourceId sourceId, String passage, int passageStart, int passageEnd, String matched,
        int matchedStart, int matchedEnd) {}
