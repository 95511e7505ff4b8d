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

    @Test
    void dropsTheSeedFooterWhenItEndsTheParagraphInsteadOfStandingOnItsOwnLine() {
        String fed = "<p>Après deux années dominées par la course aux modèles, l’intelligence artificielle entre dans la phase des "
                + "infrastructures. L’annonce par Mistral AI d’une levée de dette de 705 millions d’euros en fournit une illustration, "
                + "avec l’objectif précis d’acquérir 13 800 GPU de NVIDIA et internaliser une capacité […] L’article "
                + "<a rel=\"nofollow\" href=\"https://www.frenchweb.fr/mistral\">MISTRAL mobilise 705 millions d’euros pour son data "
                + "center et avancerait désormais seul</a> est apparu en premier sur <a href=\"https://www.frenchweb.fr\">FW.MEDIA</a>.</p>";
        String text = TextCleaner.clean(fed);
        assertThat(text).endsWith("internaliser une capacité …").doesNotContain("apparu en premier").doesNotContain("FW.MEDIA");
        // pasted as plain text, one paragraph
        assertThat(TextCleaner.clean("Mistral AI lève 705 millions d’euros. L'article MISTRAL mobilise 705 millions d’euros est apparu en "
                + "premier sur FW.MEDIA.")).isEqualTo("Mistral AI lève 705 millions d’euros.");
    }

    @Test
    void dropsAWordPressItemsEnglishFooterAndItsContinueReadingLink() {
        String item = "<p>OpenAI said on Tuesday that it would open an office in Paris, its third in Europe.</p>"
                + "<p>The company plans to hire 40 people in 2026. <a href=\"https://blog.example/openai-paris\" class=\"more-link\">"
                + "Continue reading<span class=\"screen-reader-text\"> \"OpenAI opens a Paris office\"</span></a></p>"
                + "<p>The post <a href=\"https://blog.example/openai-paris\">OpenAI opens a Paris office</a> appeared first on "
                + "<a href=\"https://blog.example\">AI Weekly</a>.</p>";
        assertThat(TextCleaner.clean(item)).isEqualTo(
                "OpenAI said on Tuesday that it would open an office in Paris, its third in Europe.\nThe company plans to hire 40 people in 2026.");
    }

    @Test
    void dropsChineseRepostFootersAndReadMoreLinks() {
        String item = "<p>智谱AI周二发布了新一代大模型，参数规模达到千亿级。</p><p>公司表示将于下月开放API。本文首发于机器之心，转载请联系授权。</p>"
                + "<p>原文链接：https://www.jiqizhixin.example/articles/2026-03-31</p><p>阅读原文</p>";
        assertThat(TextCleaner.clean(item)).isEqualTo("智谱AI周二发布了新一代大模型，参数规模达到千亿级。\n公司表示将于下月开放API。");
        assertThat(TextCleaner.clean("Le modèle est disponible en Europe. Lire la suite…")).isEqualTo("Le modèle est disponible en Europe.");
    }

    @Test
    void dropsShareAndNewsletterLinesThatCloseAPage() {
        String page = "Anthropic released a new model.\nIt is available today.\n"
                + "Subscribe to our newsletter for the latest AI news in your inbox.\nShare this: Twitter, LinkedIn\n"
                + "The post Anthropic ships a model appeared first on TechNews.";
        assertThat(TextCleaner.clean(page)).isEqualTo("Anthropic released a new model.\nIt is available today.");
    }

    @Test
    void keepsSentencesThatMerelyMentionFooters() {
        String story = "WordPress appends \"The post … appeared first on …\" to every item, and readers who continue reading "
                + "past the first paragraph are counted.\nL'outil explique que l'article est apparu en premier sur Twitter, selon lui.\n"
                + "The company said 2 million people subscribe to its newsletter.\n"
                + "The post of chief scientist appeared first on the agenda of the board.";
        assertThat(TextCleaner.clean(story)).isEqualTo(story);
        String chinese = "他认为\"本文首发于\"这类说明没有必要。记者继续阅读了原文链接中的报告，发现数据有误。";
        assertThat(TextCleaner.clean(chinese)).isEqualTo(chinese);
    }

    @Test
    void spacesAtLineEdgesBlankRunsAndWindowsLineBreaksAreTidied() {
        assertThat(TextCleaner.clean("  First line.  \t \r\n\u200B\r\n \n \n\t\nSecond\t\tline.\u2028 Third.  "))
                .isEqualTo("First line.\n\nSecond line.\u2028Third.");
    }
}
