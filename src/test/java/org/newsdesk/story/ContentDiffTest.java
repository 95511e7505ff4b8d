package org.newsdesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.ContentDiff.Kind;
import org.newsdesk.story.ContentDiff.Segment;

class ContentDiffTest {

    @Test
    void marksChangedWordsNotWholeParagraphs() {
        assertThat(ContentDiff.words("Mistral raises €3B at a €20B valuation.", "Mistral raises €3.5B at a €20B valuation."))
                .containsExactly(new Segment(Kind.SAME, "Mistral raises "), new Segment(Kind.REMOVED, "€3B"), new Segment(Kind.ADDED, "€3.5B"),
                        new Segment(Kind.SAME, " at a €20B valuation."));
    }

    @Test
    void comparesChineseCharacterByCharacter() {
        assertThat(ContentDiff.words("估值翻近一倍", "估值翻了一倍"))
                .containsExactly(new Segment(Kind.SAME, "估值翻"), new Segment(Kind.REMOVED, "近"), new Segment(Kind.ADDED, "了"),
                        new Segment(Kind.SAME, "一倍"));
    }

    @Test
    void listsOnlyTheFieldsThatChanged() {
        StoryContent a = StoryContent.EMPTY.with("en", new LocalizedContent("Headline", "Summary", List.of("One")));
        StoryContent b = a.with("en", a.in("en").with(ContentField.SUMMARY, "Summary, longer"));
        assertThat(ContentDiff.compare(a, b, List.of("en", "zh"))).singleElement()
                .satisfies(d -> assertThat(d.field()).isEqualTo(ContentField.SUMMARY));
    }
}
