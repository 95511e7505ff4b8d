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
}
