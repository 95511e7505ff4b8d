package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Figures a correct draft restates in other words than the sources: 亿 without a number ("过亿元"), "亿余元", a Chinese
 * figure in 亿 without its currency, basis points glued to their number ("25BP"), "de yuans", "four and a half times";
 * each in English, French and Chinese, with a wrong figure that stays flagged.
 */
class RestatedFiguresTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 30);

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.claim(Claims.check(draftLanguage, draft, sourceLanguage, source, PUBLISHED), text);
    }

    @Test
    void yiWithoutANumberIsMoreThanAHundredMillion() {
        String zh = "33家基金公司上半年业绩出炉，其中11家净利润过亿元。";
        Claim over = claim("en", "Of 33 fund companies, 11 earned more than 100 million yuan.", "zh", zh, "100 million yuan");
        assertThat(over.flagged()).isFalse();
        assertThat(over.rule()).contains("过亿元");
        assertThat(claim("en", "Of 33 fund companies, 11 earned more than 200 million yuan.", "zh", zh, "200 million yuan").flagged()).isTrue();
        assertThat(claim("fr", "Sur 33 sociétés, 11 ont gagné plus de 100 millions de yuans.", "zh", zh, "100 millions de yuans").flagged()).isFalse();
        assertThat(claim("zh", "307只基金分红总额均超1亿元。", "zh", "307只基金分红总额均超亿元。", "超1亿元").flagged()).isFalse();
        assertThat(claim("zh", "307只基金分红总额均超10亿元。", "zh", "307只基金分红总额均超亿元。", "超10亿元").flagged()).isTrue();
    }

    @Test
    void yiYuMeansMoreThan() {
        String zh = "法院裁定查封暴雪1.39亿余元财产。";
        assertThat(claim("en", "A court froze more than 139 million yuan of assets.", "zh", zh, "139 million yuan").flagged()).isFalse();
        assertThat(claim("en", "A court froze more than 193 million yuan of assets.", "zh", zh, "193 million yuan").flagged()).isTrue();
        assertThat(claim("fr", "Le tribunal a gelé plus de 139 millions de yuans.", "zh", zh, "139 millions de yuans").flagged()).isFalse();
    }

    @Test
    void aChineseFigureInYiWithoutItsCurrencyIsInYuan() {
        String zh = "据猫眼专业版数据，电影《抓娃娃》上映41天，总票房破32亿。";
        Claim yuan = claim("en", "The film has grossed more than 3.2 billion yuan in 41 days.", "zh", zh, "3.2 billion yuan");
        assertThat(yuan.flagged()).isFalse();
        assertThat(yuan.rule()).contains("the source writes no currency");
        assertThat(claim("en", "The film has grossed more than 3.2 billion dollars in 41 days.", "zh", zh, "3.2 billion dollars").flagged()).isTrue();
        assertThat(claim("fr", "Le film a rapporté plus de 3,2 milliards de yuans.", "zh", zh, "3,2 milliards de yuans").flagged()).isFalse();
        assertThat(claim("fr", "Le film a rapporté plus de 4,3 milliards de yuans.", "zh", zh, "4,3 milliards de yuans").flagged()).isTrue();
        assertThat(claim("zh", "总票房破32亿元。", "zh", zh, "32亿元").flagged()).isFalse();
    }

    @Test
    void basisPointsGluedToTheirNumberAreACount() {
        String zh = "高盛认为，美联储将在9月、11月和12月会议上连续三次各降息25BP。";
        assertThat(claim("en", "Goldman expects three cuts of 25 basis points.", "zh", zh, "25").flagged()).isFalse();
        assertThat(claim("en", "Goldman expects three cuts of 50 basis points.", "zh", zh, "50").flagged()).isTrue();
        assertThat(claim("fr", "Goldman prévoit trois baisses de 25 points de base.", "zh", zh, "25").flagged()).isFalse();
        assertThat(claim("zh", "高盛预计美联储将三次各降息25个基点。", "en", "Goldman expects three cuts of 25bps.", "25").flagged()).isFalse();
    }

    @Test
    void aMultipleAndAHalfIsReadWhole() {
        String zh = "深市共有178家公司披露半年度分红方案，拟分红总额近270亿元。而从去年的情况看，深市上市公司中期分红总额约60亿元。";
        Claim en = claim("en", "Dividends of nearly 27 billion yuan are about four and a half times last year's 6 billion yuan.", "zh", zh,
                "about four and a half times");
        assertThat(en.kind()).isEqualTo(ClaimKind.RATIO);
        assertThat(en.flagged()).isFalse();
        assertThat(claim("en", "Dividends of nearly 27 billion yuan are about six and a half times last year's 6 billion yuan.", "zh", zh,
                "about six and a half times").flagged()).isTrue();
        assertThat(claim("fr", "Les dividendes, près de 27 milliards de yuans, font quatre fois et demie ceux de l'an dernier, 6 milliards de yuans.", "zh", zh,
                "quatre fois et demie").flagged()).isFalse();
        assertThat(claim("fr", "Les dividendes, près de 27 milliards de yuans, font six fois et demie ceux de l'an dernier, 6 milliards de yuans.", "zh", zh,
                "six fois et demie").flagged()).isTrue();
    }

    @Test
    void oneOfAScaleWrittenInWordsIsAnAmount() {
        String fr = "Mistral AI envisage une levée de fonds d'un milliard de dollars, selon le Financial Times.";
        assertThat(claim("en", "Mistral AI is weighing a $1 billion round.", "fr", fr, "$1 billion").flagged()).isFalse();
        assertThat(claim("en", "Mistral AI is weighing a $2 billion round.", "fr", fr, "$2 billion").flagged()).isTrue();
        assertThat(claim("zh", "Mistral AI考虑融资10亿美元。", "fr", fr, "10亿美元").flagged()).isFalse();
        assertThat(claim("fr", "Mistral AI envisage de lever un milliard d'euros.", "fr", fr, "un milliard d'euros").flagged()).isTrue();
        assertThat(claim("fr", "Mistral AI envisage de lever 1 milliard de dollars.", "en", "Mistral AI may raise a billion dollars.", "1 milliard de dollars")
                .flagged()).isFalse();
    }

    @Test
    void aHyphenedScaleKeepsItsScale() {
        String en = "Hugging Face said it was valued at $4.5 billion in a $235-million funding round.";
        assertThat(claim("en", "Hugging Face raised $235 million.", "en", en, "$235 million").flagged()).isFalse();
        assertThat(claim("fr", "Hugging Face a levé 235 millions de dollars.", "en", en, "235 millions de dollars").flagged()).isFalse();
        assertThat(claim("zh", "Hugging Face融资2.35亿美元。", "en", en, "2.35亿美元").flagged()).isFalse();
        assertThat(claim("en", "Hugging Face raised $253 million.", "en", en, "$253 million").flagged()).isTrue();
    }

    @Test
    void anExpectationWrittenWithDeIsAnExpectation() {
        String zh = "戴尔科技第二财季每股收益1.17美元，预期1.19美元；净利润8.46亿美元，预期7.15亿美元。";
        assertThat(claim("zh", "戴尔净利润8.46亿美元，比预期的7.15亿美元高出约1.3亿美元。", "zh", zh, "7.15亿美元").flagged()).isFalse();
        assertThat(claim("zh", "戴尔净利润7.15亿美元，高于预期。", "zh", zh, "7.15亿美元").flagged()).isTrue();
        assertThat(claim("en", "Dell's net profit was $846 million, above the $715 million expected.", "zh", zh, "$715 million").flagged()).isFalse();
        assertThat(claim("fr", "Le bénéfice net de Dell a atteint 715 millions de dollars.", "zh", zh, "715 millions de dollars").flagged()).isTrue();
    }

    @Test
    void aNameAfterAFigureThatTheNextFigureFollowsOpensTheNextPair() {
        String zh = "股票型基金、REITs和混合型基金的分红分别为72.73亿元、48.43亿元、31.03亿元。";
        assertThat(claim("en", "Equity funds paid 7.27 billion yuan, REITs 4.84 billion yuan and hybrid funds 3.10 billion yuan.", "zh", zh,
                "7.27 billion yuan").flagged()).isFalse();
        assertThat(claim("en", "Equity funds paid 7.27 billion yuan, REITs 4.84 billion yuan and hybrid funds 3.10 billion yuan.", "zh", zh,
                "4.84 billion yuan").flagged()).isFalse();
        assertThat(claim("en", "REITs paid 7.27 billion yuan.", "zh", zh, "7.27 billion yuan").flagged()).isTrue();
        assertThat(claim("fr", "Les REITs ont versé 7,27 milliards de yuans.", "zh", zh, "7,27 milliards de yuans").flagged()).isTrue();
    }

    @Test
    void anAgeSetOffByCommasAfterAName() {
        String en = "Barely a week ago, Parise, 35, had scored just once in a 10-game stretch.";
        Claim fr = claim("fr", "Il y a une semaine, Parise, 35 ans, n'avait marqué qu'une fois.", "en", en, "35 ans");
        assertThat(fr.flagged()).isFalse();
        assertThat(fr.rule()).startsWith("an age");
        assertThat(claim("fr", "Il y a une semaine, Parise, 36 ans, n'avait marqué qu'une fois.", "en", en, "36 ans").flagged()).isTrue();
        assertThat(claim("zh", "35岁的帕里斯只进了一球。", "en", en, "35").flagged()).isFalse();
        assertThat(claim("en", "The 35-year-old Parise had scored once.", "en", en, "35").flagged()).isFalse();
    }
}
