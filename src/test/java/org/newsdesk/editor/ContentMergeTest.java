package org.newsdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;

/** Two people edited the same story: nothing either wrote is dropped without asking. */
class ContentMergeTest {

    static StoryContent content(String headline, String summary, String tldr) {
        return StoryContent.EMPTY.with("en", new LocalizedContent(headline, summary, List.of(tldr)));
    }

    @Test
    void changesToDifferentFieldsAreBothKept() {
        var base = content("H", "S", "T");
        var mine = content("H mine", "S", "T");
        var theirs = content("H", "S theirs", "T");
        var merged = ContentMerge.of(base, mine, theirs, List.of("en"));
        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.merged().in("en").headline()).isEqualTo("H mine");
        assertThat(merged.merged().in("en").summary()).isEqualTo("S theirs");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictShowingBothVersions() {
        var base = content("H", "S", "T");
        var merged = ContentMerge.of(base, content("H mine", "S", "T"), content("H theirs", "S", "T"), List.of("en"));
        assertThat(merged.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ContentField.HEADLINE);
            assertThat(c.mine()).isEqualTo("H mine");
            assertThat(c.theirs()).isEqualTo("H theirs");
        });
    }

    @Test
    void theSameChangeByBothIsNoConflict() {
        var base = content("H", "S", "T");
        var same = content("H new", "S", "T");
        assertThat(ContentMerge.of(base, same, same, List.of("en")).clean()).isTrue();
    }

    @Test
    void aConflictDecidedTakesTheChosenTextAndOneLeftOpenKeepsYours() {
        var base = StoryContent.EMPTY.with("en", new LocalizedContent("H", "S", List.of("T")));
        var mine = StoryContent.EMPTY.with("en", new LocalizedContent("H mine", "S mine", List.of("T")));
        var theirs = StoryContent.EMPTY.with("en", new LocalizedContent("H theirs", "S theirs", List.of("T theirs")));
        var merge = ContentMerge.of(base, mine, theirs, List.of("en"));
        assertThat(merge.conflicts()).extracting(ContentMerge.Conflict::where).containsExactly("Headline (English)", "Summary (English)");

        var headline = merge.conflicts().getFirst();
        StoryContent result = merge.resolve(java.util.Map.of(headline, "H written by hand"));
        assertThat(result.in("en").headline()).isEqualTo("H written by hand");
        assertThat(result.in("en").summary()).isEqualTo("S mine");
        assertThat(result.in("en").tldr()).containsExactly("T theirs"); // only they changed it
    }
}
