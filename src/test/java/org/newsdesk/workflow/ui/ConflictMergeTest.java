package org.newsdesk.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;

/** Two people edited the same story: nothing either wrote is dropped without asking. */
class ConflictMergeTest {

    static StoryContent content(String headline, String summary, String tldr) {
        return StoryContent.EMPTY.with("en", new LocalizedContent(headline, summary, List.of(tldr)));
    }

    @Test
    void changesToDifferentFieldsAreBothKept() {
        var base = content("H", "S", "T");
        var mine = content("H mine", "S", "T");
        var theirs = content("H", "S theirs", "T");
        var merged = ConflictDialog.merge(base, mine, theirs, List.of("en"));
        assertThat(merged.getValue()).isEmpty();
        assertThat(merged.getKey().in("en").headline()).isEqualTo("H mine");
        assertThat(merged.getKey().in("en").summary()).isEqualTo("S theirs");
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflictShowingBothVersions() {
        var base = content("H", "S", "T");
        var merged = ConflictDialog.merge(base, content("H mine", "S", "T"), content("H theirs", "S", "T"), List.of("en"));
        assertThat(merged.getValue()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ContentField.HEADLINE);
            assertThat(c.mine()).isEqualTo("H mine");
            assertThat(c.theirs()).isEqualTo("H theirs");
        });
    }

    @Test
    void theSameChangeByBothIsNoConflict() {
        var base = content("H", "S", "T");
        var same = content("H new", "S", "T");
        assertThat(ConflictDialog.merge(base, same, same, List.of("en")).getValue()).isEmpty();
    }
}
