package org.newsdesk.drafting;

import java.util.List;

import org.newsdesk.story.ContentDiff;
import org.newsdesk.story.ContentField;

/**
 * An update of a translated field that a person wrote, left for them to choose: their version
 * stays in the story; {@code proposed} is what the model suggests now that the primary changed
 * ({@code primaryChange}), and {@code difference} is the word diff from their text to it.
 */
public record TranslationProposal(ContentField field, String language, String personVersion, String proposed,
        List<ContentDiff.Segment> primaryChange, List<ContentDiff.Segment> difference) {}
