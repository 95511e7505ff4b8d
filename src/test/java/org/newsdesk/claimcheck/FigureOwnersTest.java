package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The entity each figure belongs to, in sources and drafts alike: a pronoun or "the company" is the entity the sentence
 * before is about, an item of a list belongs to the name that opens it, and a figure the draft gives to another entity
 * the sources name with a figure of their own is flagged, naming both; a figure restated for its own entity in other
 * words passes.
 */
class FigureOwnersTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 21);
    private static final String EN = "Mistral AI was founded in 2023 in Paris. The company raised €600 million in June. "
            + "Hugging Face raised $235 million last year.";
    private static final String FR = "Mistral AI a été fondée en 2023 à Paris. La start-up a levé 600 millions d'euros en juin. "
            + "Hugging Face a levé 235 millions de dollars l'an dernier.";
    private static final String ZH = "小米集团二季度营收889亿元。该公司净利润62亿元。华为上半年营收4175亿元。";

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.titled(draft, draftLanguage, source, sourceLanguage, PUBLISHED, "Funding round-up", text);
    }

    @Test
    void aFigureOfTheCompanyNamedTheSentenceBeforeIsNotAnotherCompanys() {
        Claim moved = claim("en", "Hugging Face raised €600 million.", "en", EN, "€600 million");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).startsWith("moved to another entity").contains("is Mistral AI's", "\"The company\" is Mistral AI",
                "gives it to Hugging Face", "$235 million", "“The company raised €600 million in June.”");
        assertThat(claim("en", "The Paris-based startup raised €600 million.", "en", EN, "€600 million").flagged()).isFalse();
        assertThat(claim("en", "Mistral AI raised €600 million.", "en", EN, "€600 million").flagged()).isFalse();
        String centralBank = "Goldman Sachs expects three cuts this year. The central bank cut its rate by 0.25%. "
                + "The Fed's rate was cut by 0.5% in September.";
        assertThat(claim("en", "The Fed cut its rate by 0.25%.", "en", centralBank, "0.25%").flagged())
                .as("\"the central bank\" is no anaphor for Goldman Sachs").isFalse();
        assertThat(claim("en", "Mistral AI was founded in 2023. It raised €600 million.", "en", EN, "€600 million").flagged()).isFalse();
    }

    @Test
    void aDraftsPronounIsTheEntityItsSentenceBeforeNames() {
        Claim moved = claim("en", "Hugging Face was founded in 2016. It raised €600 million.", "en", EN, "€600 million");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).contains("\"It\" is Hugging Face");
    }

    @Test
    void frenchSourcesAndDraftsResolveLaStartUp() {
        Claim moved = claim("fr", "Hugging Face a levé 600 millions d'euros.", "fr", FR, "600 millions d'euros");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).contains("\"La start-up\" is Mistral AI", "235 millions de dollars");
        assertThat(claim("en", "Hugging Face raised €600 million.", "fr", FR, "€600 million").flagged()).isTrue();
        assertThat(claim("fr", "La jeune pousse parisienne a levé 600 millions d'euros.", "fr", FR, "600 millions d'euros").flagged()).isFalse();
        String impersonal = "Mistral AI a été fondée en 2023. Il y a un an, un tour de 600 millions d'euros a été bouclé. "
                + "Hugging Face a levé 235 millions de dollars.";
        assertThat(claim("fr", "Hugging Face a levé 600 millions d'euros.", "fr", impersonal, "600 millions d'euros").flagged())
                .as("\"Il y a\" is no pronoun for Mistral AI").isFalse();
        assertThat(claim("fr", "Mistral AI a levé 600 millions d'euros, Hugging Face 235 millions de dollars.", "fr", FR, "235 millions de dollars")
                .flagged()).isFalse();
    }

    @Test
    void chineseSourcesResolve该公司AcrossScripts() {
        Claim moved = claim("en", "Huawei's net profit was 6.2 billion yuan.", "zh", ZH, "6.2 billion yuan");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).contains("\"该公司\" is 小米", "gives it to Huawei", "4175亿元");
        assertThat(claim("zh", "华为净利润62亿元。", "zh", ZH, "62亿元").flagged()).isTrue();
        assertThat(claim("zh", "小米净利润62亿元。", "zh", ZH, "62亿元").flagged()).isFalse();
        assertThat(claim("en", "Xiaomi's net profit was 6.2 billion yuan.", "zh", ZH, "6.2 billion yuan").flagged()).isFalse();
        assertThat(claim("en", "The smartphone maker earned 6.2 billion yuan.", "zh", ZH, "6.2 billion yuan").flagged()).isFalse();
    }

    @Test
    void anItemOfAListBelongsToTheNameThatOpensIt() {
        String source = "热门中概股多数下跌，唯品会跌17.55%，趣活科技跌10.85%，极氪跌8.22%，爱奇艺跌7.55%。";
        Claim quhuo = claim("en", "Vipshop fell 10.85% and Quhuo 17.55% in New York.", "zh", source, "17.55%");
        assertThat(quhuo.flagged()).as("Quhuo is 趣活科技 by its reading, and 17.55% is 唯品会's").isTrue();
        List.of("17.55%", "8.22%", "7.55%").forEach(figure -> assertThat(
                claim("en", "Vipshop fell 17.55%, Zeekr 8.22% and iQiyi 7.55%.", "zh", source, figure).flagged()).as(figure).isFalse());
    }

    @Test
    void aChineseFigureBelongsToTheWordsBeforeItInItsSegmentWhenTheDraftNamesThem() {
        String source = "科技股表现强势，美团涨逾12%领涨蓝筹；消费股、医药股涨幅居前，蒙牛乳业涨逾9%；小米集团净利润62亿元。";
        Claim moved = claim("en", "Mengniu Dairy led blue chips with a gain of more than 12%, while Meituan rose over 9%.", "zh", source, "12%");
        assertThat(moved.flagged()).as("Mengniu is 蒙牛 by its reading, and 12% is 美团's").isTrue();
        assertThat(moved.rule()).contains("is 美团's", "gives it to Mengniu Dairy", "9%");
        assertThat(claim("en", "Meituan led blue chips with a gain of more than 12%, while Mengniu Dairy rose over 9%.", "zh", source, "12%")
                .flagged()).isFalse();
        assertThat(claim("en", "Mengniu Dairy rose more than 9%, and Xiaomi's net profit was 6.2 billion yuan.", "zh", source, "6.2 billion yuan")
                .flagged()).as("净利润 is a measure, not a name the draft gives").isFalse();
    }
}
