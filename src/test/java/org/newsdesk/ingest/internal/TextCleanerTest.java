package org.newsdesk.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void dropsTheWordPressFooterThatLeakedIntoTheSeedStory() {
        String pasted = "Après deux années dominées par la course aux modèles, l’intelligence artificielle entre dans la phase des infrastructures.\n\n"
                + "L’article MISTRAL mobilise 705 millions d’euros pour son data center et avancerait désormais seul est apparu en premier sur FW.MEDIA.";
        assertThat(TextCleaner.clean(pasted)).isEqualTo(
                "Après deux années dominées par la course aux modèles, l’intelligence artificielle entre dans la phase des infrastructures.");
    }

    @Test
    void dropsEnglishFootersToo() {
        assertThat(TextCleaner.clean("Body.\nThe post Big news appeared first on Example Blog.\nContinue reading →")).isEqualTo("Body.");
    }

    @Test
    void turnsPastedHtmlIntoTextWithEntitiesDecoded() {
        assertThat(TextCleaner.clean("<p>Mistral&nbsp;AI &amp; NVIDIA</p><p>13&#8239;800 GPU</p><script>alert(1)</script>"))
                .isEqualTo("Mistral AI & NVIDIA\n13 800 GPU");
    }

    @Test
    void normalisesUnicodeAndWhitespace() {
        assertThat(TextCleaner.clean("Cafe\u0301  \t au\u00A0lait\r\n\r\n\r\n\r\nfin\u200B")).isEqualTo("Café au lait\n\nfin");
    }

    @Test
    void theSameStoryWithOtherSpacingAndPunctuationHashesTheSame() {
        assertThat(TextCleaner.contentHash("Mistral raises €3B, at a €20B valuation."))
                .isEqualTo(TextCleaner.contentHash("mistral raises €3B at a €20B valuation"))
                .isNotEqualTo(TextCleaner.contentHash("Mistral raises €3M at a €20B valuation"));
    }
}
