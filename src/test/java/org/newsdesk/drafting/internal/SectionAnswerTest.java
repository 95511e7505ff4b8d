package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.ContentField.Section;
import org.newsdesk.story.LocalizedContent;

class SectionAnswerTest {

    @Test
    void readsABriefIntoItsFields() {
        var r = SectionAnswer.read(Section.BRIEF, """
                {"headline": "Mistral raises €3B", "summary": "Talks are early.", "tldr": ["One.", "Two."], "corePoint": "Big."}""");
        assertThat(r.ok()).isTrue();
        assertThat(r.fields()).containsEntry(ContentField.HEADLINE, "Mistral raises €3B").containsEntry(ContentField.TLDR, "One.\nTwo.");
    }

    @Test
    void repairsFencesWordsAroundTheObjectAndTrailingCommas() {
        var r = SectionAnswer.read(Section.FAQ, """
                Sure! Here it is:
                ```json
                {"faq": [{"question": "Why?", "answer": "Because.",},],}
                ```""");
        assertThat(r.problems()).isEmpty();
        assertThat(new LocalizedContent(r.fields()).faq()).singleElement().satisfies(f -> assertThat(f.answer()).isEqualTo("Because."));
    }

    @Test
    void namesEverythingThatBreaksTheSchema() {
        var r = SectionAnswer.read(Section.ASSESSMENT, """
                {"industryImpact": [{"sector": "AI", "level": "Huge", "reason": "x"}], "tracking": {},
                 "highlights": [], "categories": ["AI"], "scores": {"hot": 150, "quality": 50, "impact": "high"}}""");
        assertThat(r.ok()).isFalse();
        assertThat(String.join("\n", r.problems()))
                .contains("\"industryImpact.level\" is \"huge\"")
                .contains("tracking.recommendation")
                .contains("\"highlights\" has 0 items")
                .contains("\"scores.hot\" must be a whole number from 0 to 100")
                .contains("\"scores.impact\"");
        assertThat(r.fields()).isEmpty();
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThat(SectionAnswer.read(Section.BRIEF, "I cannot help with that.").problems()).singleElement().asString().isEqualTo("the answer was plain text, not JSON");
        assertThat(SectionAnswer.read(Section.BRIEF, "").problems()).containsExactly("the answer was empty");
    }

    @Test
    void tablesBecomeRowsAndCellsCannotBreakThem() {
        var r = SectionAnswer.read(Section.DATA, """
                {"keyData": [{"entity": "Mistral AI", "info": "Round | C", "value": "€11.7B"}],
                 "keyPlayers": [{"name": "NVIDIA", "role": "supplier", "basedIn": "US"}],
                 "relatedCompanies": [{"name": "NVIDIA", "stage": "mature", "sentiment": "Positive"}]}""");
        assertThat(r.problems()).isEmpty();
        LocalizedContent c = new LocalizedContent(r.fields());
        assertThat(c.keyData()).singleElement().satisfies(row -> {
            assertThat(row.info()).isEqualTo("Round / C");
            assertThat(row.value()).isEqualTo("€11.7B");
        });
    }

    @Test
    void removesLinksTheModelWasToldNotToWrite() {
        var r = SectionAnswer.read(Section.BRIEF, """
                {"headline": "Deal", "summary": "Read more at https://evil.example/x now.", "tldr": ["see www.evil.example", "two"], "corePoint": "c"}""");
        assertThat(r.fields().get(ContentField.SUMMARY)).isEqualTo("Read more at now.");
    }

    @Test
    void readsTheBriefWhileItIsStillStreaming() {
        var partial = SectionAnswer.partial(Section.BRIEF, "{\"headline\": \"Mistral raises \\u20ac3B\", \"summary\": \"Mistral AI is in ear");
        assertThat(partial).containsEntry(ContentField.HEADLINE, "Mistral raises €3B").containsEntry(ContentField.SUMMARY, "Mistral AI is in ear");
        var bullets = SectionAnswer.partial(Section.BRIEF, "{\"headline\": \"h\", \"tldr\": [\"one\", \"tw");
        assertThat(bullets).containsEntry(ContentField.TLDR, "one\ntw");
    }
}
