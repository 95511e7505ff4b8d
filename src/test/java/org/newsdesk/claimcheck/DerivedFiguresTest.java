package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Figures a correct draft derives from the sources' figures without any source stating them: shares and changes
 * across neighbouring sentences, sums of figures told in two sentences that the draft's sentence ties to both, sums of
 * three figures; each in English, French and Chinese, with a wrong figure that stays flagged.
 */
class DerivedFiguresTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.claim(Claims.check(draftLanguage, draft, sourceLanguage, source, PUBLISHED), text);
    }

    @Test
    void aShareOfTwoSourceFiguresIsSupportedAndAWrongShareIsNot() {
        String en = "Of its 2,000 employees, 600 work in research.";
        Claim share = claim("en", "30% of its employees work in research.", "en", en, "30%");
        assertThat(share.flagged()).isFalse();
        assertThat(share.rule()).startsWith("derived: 600 of 2,000 is 30%").contains("“Of its 2,000 employees");
        assertThat(claim("en", "35% of its employees work in research.", "en", en, "35%").flagged()).isTrue();
        String fr = "Le groupe compte 2 000 salariés. Parmi eux, 600 salariés travaillent dans la recherche.";
        assertThat(claim("fr", "30 % des salariés travaillent dans la recherche.", "fr", fr, "30 %").flagged()).isFalse();
        assertThat(claim("fr", "35 % des salariés travaillent dans la recherche.", "fr", fr, "35 %").flagged()).isTrue();
        String zh = "公司共有员工2000人，其中研发人员600人。";
        assertThat(claim("zh", "研发人员占员工总数的30%。", "zh", zh, "30%").flagged()).isFalse();
        assertThat(claim("zh", "研发人员占员工总数的35%。", "zh", zh, "35%").flagged()).isTrue();
    }

    @Test
    void aChangeBetweenFiguresOfNeighbouringSentencesIsSupported() {
        String en = "Revenue was $4.2 billion in 2023. In 2024 it reached $5.1 billion.";
        assertThat(claim("en", "Revenue grew 21% in 2024.", "en", en, "21%").flagged()).isFalse();
        assertThat(claim("en", "Revenue grew 12% in 2024.", "en", en, "12%").flagged()).isTrue();
        String fr = "Le chiffre d'affaires était de 4,2 milliards d'euros en 2023. Il a atteint 5,1 milliards d'euros en 2024.";
        assertThat(claim("fr", "Le chiffre d'affaires a progressé de 21,4 % en 2024.", "fr", fr, "21,4 %").flagged()).isFalse();
        assertThat(claim("fr", "Le chiffre d'affaires a progressé de 24,1 % en 2024.", "fr", fr, "24,1 %").flagged()).isTrue();
        String zh = "公司2023年营收42亿元。2024年营收达到51亿元。";
        assertThat(claim("zh", "公司2024年营收增长21.4%。", "zh", zh, "21.4%").flagged()).isFalse();
        assertThat(claim("zh", "公司2024年营收增长12.4%。", "zh", zh, "12.4%").flagged()).isTrue();
    }

    @Test
    void figuresOfTwoSentencesAddUpWhenTheDraftsSentenceNamesWhatEachIsSaidOf() {
        String en = "Acme sold 120 cars in January. In February it sold 95 cars.";
        Claim sum = claim("en", "Acme sold 215 cars in January and February.", "en", en, "215");
        assertThat(sum.flagged()).isFalse();
        assertThat(sum.rule()).startsWith("derived: 120 + 95 = 215");
        assertThat(claim("en", "Acme sold 205 cars in January and February.", "en", en, "205").flagged()).isTrue();
        // no tie to both sentences and no word that it adds: a sum by chance is not trusted
        assertThat(claim("en", "Acme sold 215 cars.", "en", en, "215").flagged()).isTrue();
        String fr = "Acme a vendu 120 voitures en janvier. En février, elle a vendu 95 voitures.";
        assertThat(claim("fr", "Acme a vendu 215 voitures en janvier et février.", "fr", fr, "215").flagged()).isFalse();
        assertThat(claim("fr", "Acme a vendu 225 voitures en janvier et février.", "fr", fr, "225").flagged()).isTrue();
        String zh = "蔚来1月交付120辆汽车。2月交付95辆汽车。";
        assertThat(claim("zh", "蔚来1月和2月共交付215辆汽车。", "zh", zh, "215").flagged()).isFalse();
        assertThat(claim("zh", "蔚来1月和2月交付225辆汽车。", "zh", zh, "225").flagged()).isTrue();
    }

    @Test
    void threeFiguresOfOneSentenceAddUp() {
        String en = "Acme raised $12 million in 2021, $30 million in 2022 and $58 million in 2023.";
        assertThat(claim("en", "Acme has raised $100 million since 2021.", "en", en, "$100 million").flagged()).isFalse();
        assertThat(claim("en", "Acme has raised $110 million since 2021.", "en", en, "$110 million").flagged()).isTrue();
        String fr = "Acme a levé 12 millions d'euros en 2021, 30 millions d'euros en 2022 et 58 millions d'euros en 2023.";
        assertThat(claim("fr", "Acme a levé 100 millions d'euros depuis 2021.", "fr", fr, "100 millions d'euros").flagged()).isFalse();
        assertThat(claim("fr", "Acme a levé 110 millions d'euros depuis 2021.", "fr", fr, "110 millions d'euros").flagged()).isTrue();
        String zh = "该公司2021年融资1200万美元，2022年融资3000万美元，2023年融资5800万美元。";
        assertThat(claim("zh", "该公司自2021年以来共融资1亿美元。", "zh", zh, "1亿美元").flagged()).isFalse();
        assertThat(claim("zh", "该公司自2021年以来共融资1.1亿美元。", "zh", zh, "1.1亿美元").flagged()).isTrue();
    }

    @Test
    void aYearOpeningAClauseIsAYearNotACount() {
        String en = "Earlier this year the company raised $20 million.";
        Claim year = claim("en", "In 2025 the company raised $20 million.", "en", en, "2025");
        assertThat(year.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(year.flagged()).isFalse();
        assertThat(claim("en", "In 2024 the company raised $20 million.", "en", en, "2024").flagged()).isTrue();
        String fr = "Plus tôt cette année, la société a levé 20 millions de dollars.";
        assertThat(claim("fr", "En 2025 la société a levé 20 millions de dollars.", "fr", fr, "2025").flagged()).isFalse();
        assertThat(claim("fr", "En 2024 la société a levé 20 millions de dollars.", "fr", fr, "2024").flagged()).isTrue();
        assertThat(claim("zh", "该公司2025年融资2000万美元。", "zh", "该公司今年早些时候融资2000万美元。", "2025年").flagged()).isFalse();
        assertThat(claim("zh", "该公司2024年融资2000万美元。", "zh", "该公司今年早些时候融资2000万美元。", "2024年").flagged()).isTrue();
    }

    @Test
    void aDifferenceIsTiedToItsSentenceWhenTheSentenceStatesTheOtherFigure() {
        String zh = "截至8月29日，已有24家上市券商发布了半年报。其中，5家营业收入实现正增长，7家归母净利润实现正增长。";
        Claim fr = claim("fr", "Sur les 24 courtiers cotés, 19 n'ont pas vu leur chiffre d'affaires progresser.", "zh", zh, "19");
        assertThat(fr.flagged()).isFalse();
        assertThat(fr.rule()).startsWith("derived: 24 − 5 = 19");
        assertThat(claim("fr", "Sur les 24 courtiers cotés, 18 n'ont pas vu leur chiffre d'affaires progresser.", "zh", zh, "18").flagged()).isTrue();
        assertThat(claim("en", "Of the 24 listed brokers, 19 saw no revenue growth.", "zh", zh, "19").flagged()).isFalse();
        assertThat(claim("zh", "24家券商中，19家营收未增长。", "zh", zh, "19").flagged()).isFalse();
        // the other end of a range is no operand: "25 to 75" is no sum of 25 and 50
        String gs = "高盛认为，美联储将在9月会议上降息25BP。如果就业报告疲软，9月可能降息50BP。";
        assertThat(claim("en", "Goldman sees the Fed cutting by 25 to 75 basis points in September.", "zh", gs, "75").flagged()).isTrue();
    }

    @Test
    void aShareOfFiguresAcrossAParagraphBreak() {
        String fr = "Une start-up française a levé 105 millions d’euros lors du plus grand tour de table jamais réalisé en Europe.\n\n"
                + "Le premier tour de financement valorise la société à 240 millions d’euros, fonds levés compris.";
        assertThat(claim("zh", "本轮融资额约占投后估值的44%。", "fr", fr, "44%").flagged()).isFalse();
        assertThat(claim("zh", "本轮融资额约占投后估值的54%。", "fr", fr, "54%").flagged()).isTrue();
        assertThat(claim("en", "The round was 44% of the post-money valuation.", "fr", fr, "44%").flagged()).isFalse();
        assertThat(claim("fr", "Le tour représente 44 % de la valorisation.", "fr", fr, "44 %").flagged()).isFalse();
    }

    @Test
    void aMultipleWithAHedgeAfterPar() {
        String zh = "合计实现净利润超263亿元，同比增长145%。";
        assertThat(claim("fr", "Le bénéfice a été multiplié par près de 2,5 sur un an.", "zh", zh, "multiplié par près de 2,5").flagged()).isFalse();
        assertThat(claim("fr", "Le bénéfice a été multiplié par près de 4 sur un an.", "zh", zh, "multiplié par près de 4").flagged()).isTrue();
    }
}
