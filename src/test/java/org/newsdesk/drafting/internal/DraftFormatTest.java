package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftFormatTest {

    @Test
    void readsAHalfStreamedAnswerFieldByField() {
        var partial = DraftFormat.parse("HEADLINE: Mistral raises €3B\nSUMMARY: Mistral AI is in ear");
        assertThat(partial.headline()).isEqualTo("Mistral raises €3B");
        assertThat(partial.summary()).isEqualTo("Mistral AI is in ear");
        assertThat(partial.tldr()).isEmpty();
    }

    @Test
    void toleratesMarkdownAndOtherBulletStyles() {
        var c = DraftFormat.parse("**HEADLINE:** A\n**SUMMARY:** B\nsecond line\n**TL;DR:**\n1. one\n* two\n• three\n");
        assertThat(c.headline()).isEqualTo("A");
        assertThat(c.summary()).isEqualTo("B second line");
        assertThat(c.tldr()).containsExactly("one", "two", "three");
    }

    @Test
    void readsChineseColons() {
        var c = DraftFormat.parse("HEADLINE：标题\nSUMMARY：摘要\nTLDR：\n- 要点");
        assertThat(c.headline()).isEqualTo("标题");
        assertThat(c.tldr()).containsExactly("要点");
    }

    @Test
    void removesLinksTheModelWasToldNotToWrite() {
        var c = DraftFormat.parse("HEADLINE: Deal done\nSUMMARY: Read more at https://evil.example/x now.\nTLDR:\n- see www.evil.example");
        assertThat(c.summary()).isEqualTo("Read more at now.");
        assertThat(c.tldr()).containsExactly("see");
    }

    @Test
    void namesWhatAnUnusableAnswerLacks() {
        assertThat(DraftFormat.problem("")).contains("the answer was empty");
        assertThat(DraftFormat.problem("Sure! Here is a draft about Mistral.")).get().asString()
                .contains("missing HEADLINE, SUMMARY, TLDR");
        assertThat(DraftFormat.problem("HEADLINE: A\nSUMMARY: B")).get().asString().contains("missing TLDR");
        assertThat(DraftFormat.problem("HEADLINE: A\nSUMMARY: B\nTLDR:\n- c")).isEmpty();
    }
}
