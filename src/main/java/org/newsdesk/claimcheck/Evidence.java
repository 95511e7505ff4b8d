package org.newsdesk.claimcheck;

/**
 * Where a source supports a claim. When the support is the source's publication date rather than its
 * text ("On 30 March 2026" for a story published that day), the passage and the matched words read
 * "published 2026-03-30" and all offsets are 0.
 *
 * @param sourceId the source
 * @param passage the sentence of the source that supports the claim
 * @param passageStart offset of the passage in the source text
 * @param passageEnd end offset (exclusive) of the passage in the source text
 * @param matched the words in the passage that support the claim ("3 milliards d'euros")
 * @param matchedStart offset of those words in the source text
 * @param matchedEnd end offset (exclusive) of those words in the source text
 * @param sourceTitle the source's title (see {@link SourceText#title()}), which reviewers know it by
 */
public record Evidence(SourceId sourceId, String passage, int passageStart, int passageEnd, String matched,
        int matchedStart, int matchedEnd, String sourceTitle) {}
