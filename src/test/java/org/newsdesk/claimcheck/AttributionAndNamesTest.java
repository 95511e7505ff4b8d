package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Who a figure or a name belongs to, and what is no claim at all, as a reviewer reads them: each test is a
 * general cause of false flags or misses found on the development set, checked in both directions.
 */
class AttributionAndNamesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 14);

    private static boolean flagged(String draft, String language, String source, String sourceLanguage, String text) {
        return Claims.claim(Claims.check(language, draft, sourceLanguage, source, PUBLISHED), text).flagged();
    }

    @Test
    void aFigureInAPhraseAfterANameBelongsToThatNameEvenAfterAPreposition() {
        String source = "Cohere, valued at $6.8 billion, competes with AI21 Labs, valued at $1.4 billion.";
        assertThat(flagged("AI21 Labs is valued at $6.8 billion.", "en", source, "en", "$6.8 billion")).isTrue();
        assertThat(flagged("AI21 Labs is valued at $1.4 billion.", "en", source, "en", "$1.4 billion")).isFalse();
        assertThat(flagged("Cohere is valued at $6.8 billion.", "en", source, "en", "$6.8 billion")).isFalse();
    }

    @Test
    void aClauseAfterALenderStillSpeaksOfTheSentencesSubject() {
        String source = "Helsing raised €600 million in a round led by Prima Materia, valuing it at €12 billion.";
        assertThat(flagged("Helsing est valorisée 12 milliards d'euros.", "fr", source, "en", "12 milliards d'euros")).isFalse();
    }

    @Test
    void aFigureSetAgainstAnotherBelongsToTheNameAfterIt() {
        String source = "OpenAI compte 3 000 salariés, contre environ 2 300 pour Anthropic.";
        assertThat(flagged("Anthropic compte 3 000 salariés.", "fr", source, "fr", "3 000")).isTrue();
        assertThat(flagged("Anthropic compte environ 2 300 salariés.", "fr", source, "fr", "2 300")).isFalse();
        String english = "Databricks reported revenue of $4.8 billion, compared with $3.6 billion for Snowflake.";
        assertThat(flagged("Databricks reported revenue of $3.6 billion.", "en", english, "en", "$3.6 billion")).isTrue();
        assertThat(flagged("Snowflake reported revenue of $3.6 billion.", "en", english, "en", "$3.6 billion")).isFalse();
    }

    @Test
    void anInvestorMovedToAnotherCompanyIsFlagged() {
        String source = "Andreessen Horowitz invested in Mistral AI, while General Catalyst backed H Company.";
        assertThat(flagged("General Catalyst invested in Mistral AI.", "en", source, "en", "General Catalyst")).isTrue();
        assertThat(flagged("General Catalyst has also backed H Company.", "en", source, "en", "General Catalyst")).isFalse();
        assertThat(flagged("Andreessen Horowitz will invest in Mistral AI.", "en", source, "en", "Andreessen Horowitz")).isFalse();
    }

    @Test
    void aPersonJoinedToACompanyByOfNeedsTheSourcesToNameThePerson() {
        String source = "Arthur Mensch, chief executive of Mistral AI, spoke in Paris.";
        ClaimReport report = Claims.check("en", "Arthur Mensch and Guillaume Lample of Mistral AI spoke in Paris.", "en", source, PUBLISHED);
        assertThat(report.unsupported()).extracting(Claim::text).containsExactly("Guillaume Lample of Mistral AI");
        assertThat(Claims.claim(report, "Guillaume Lample of Mistral AI").rule()).isEqualTo("no source names Guillaume Lample");
        assertThat(flagged("Arthur Mensch of Mistral AI spoke in Paris.", "en", source, "en", "Arthur Mensch of Mistral AI")).isFalse();
    }

    @Test
    void aModelNumberGluedToAChineseNameIsPartOfTheName() {
        String source = "Huawei unveiled the Ascend 910 chip; Baidu released ERNIE 5.0.";
        ClaimReport right = Claims.check("zh", "华为发布昇腾910芯片，百度发布文心5.0。", "en", source, PUBLISHED);
        assertThat(right.unsupported()).isEmpty();
        assertThat(Claims.claim(right, "昇腾910").kind()).isEqualTo(ClaimKind.ENTITY);
        assertThat(Claims.claim(Claims.check("zh", "华为发布昇腾920芯片。", "en", source, PUBLISHED), "昇腾920").flagged()).isTrue();
        assertThat(Claims.claim(Claims.check("zh", "华为有5000名员工。", "en", "Huawei has 5,000 employees.", PUBLISHED), "5000").kind())
                .isEqualTo(ClaimKind.COUNT);
    }

    @Test
    void numberWordsAfterADeterminerPointBackAtNamesAndAreNoFigures() {
        assertThat(Claims.in("fr", "Désormais, les deux groupes travaillent ensemble.")).noneMatch(c -> c.kind() == ClaimKind.COUNT);
        assertThat(Claims.in("en", "The two companies signed a deal.")).noneMatch(c -> c.kind() == ClaimKind.COUNT);
        assertThat(Claims.count("en", "OpenAI signed two deals.").value()).isEqualTo(2);
    }

    @Test
    void aSingleCapitalBeforeANameWordIsPartOfTheName() {
        List<String> names = Claims.in("en", "Investors backed H Company in Paris.").stream().filter(c -> c.kind() == ClaimKind.ENTITY)
                .map(Claim::text).toList();
        assertThat(names).contains("H Company");
        assertThat(Claims.in("en", "The start-up raised a Series E round.")).noneMatch(c -> c.text().equals("E"));
    }

    @Test
    void hongKongDollarsAndTheBourseAcrossLanguages() {
        ClaimReport report = Claims.check("fr", "Zhipu s'est introduit en Bourse à Hong Kong, levant environ 4,3 milliards de dollars de Hong Kong.",
                "zh", "智谱在香港上市，募资约43亿港元。", PUBLISHED);
        assertThat(report.unsupported()).isEmpty();
        assertThat(Claims.amount("en", "It raised 4.3 billion Hong Kong dollars.")).isEqualTo(new ClaimValue.Amount(4.3e9, "HKD"));
    }

    @Test
    void sharesWrittenAsFractionsArePercentagesInEveryLanguage() {
        String source = "A third of French companies use generative AI tools, the survey found.";
        assertThat(Claims.check("zh", "调查显示，三分之一的法国企业使用生成式AI工具。", "en", source, PUBLISHED).unsupported()).isEmpty();
        assertThat(Claims.check("fr", "Un tiers des entreprises françaises utilisent l'IA générative.", "en", source, PUBLISHED).unsupported()).isEmpty();
        assertThat(Claims.claim(Claims.check("zh", "调查显示，四分之三的法国企业使用生成式AI工具。", "en", source, PUBLISHED), "四分之三").flagged()).isTrue();
    }

    @Test
    void aPlaceIsFoundUnderItsFrenchAndChineseNames() {
        String source = "Mistral AI a annoncé hier l'ouverture d'un bureau à Singapour.";
        assertThat(Claims.check("en", "Mistral AI will open an office in Singapore.", "fr", source, PUBLISHED).unsupported()).isEmpty();
        assertThat(Claims.check("zh", "Mistral AI将在新加坡开设办事处。", "fr", source, PUBLISHED).unsupported()).isEmpty();
    }

    @Test
    void aContinentsAdjectiveIsTheContinentButAnotherContinentIsFlagged() {
        String source = "Anthropic said on Monday it had opened an office in Tokyo, its first in Asia.";
        assertThat(Claims.check("en", "Anthropic opens its first Asian office in Tokyo.", "en", source, PUBLISHED).unsupported()).isEmpty();
        assertThat(Claims.check("fr", "Anthropic ouvre à Tokyo son premier bureau asiatique.", "en", source, PUBLISHED).unsupported()).isEmpty();
        assertThat(Claims.check("zh", "Anthropic在东京开设亚洲首个办公室。", "en", source, PUBLISHED).unsupported()).isEmpty();
        assertThat(flagged("Anthropic opens its first African office in Tokyo.", "en", source, "en", "African")).isTrue();
    }

    @Test
    void countriesAreKnownInTheThreeLanguagesSoAnotherCountryIsFlagged() {
        String source = "全球最大食糖出口国巴西的甘蔗田上周末发生火灾。李强将赴俄罗斯主持中俄总理定期会晤。";
        assertThat(flagged("Fires broke out in Brazil's sugarcane fields.", "en", source, "zh", "Brazil")).isFalse();
        assertThat(flagged("Le premier exportateur brésilien de sucre a subi des incendies.", "fr", source, "zh", "brésilien")).isFalse();
        assertThat(flagged("李强将赴白俄罗斯主持会晤。", "zh", source, "zh", "白俄罗斯")).isTrue();
        assertThat(flagged("李强将赴俄罗斯主持会晤。", "zh", source, "zh", "俄罗斯")).isFalse();
        assertThat(flagged("Li Qiang will travel to Ukraine.", "en", source, "zh", "Ukraine")).isTrue();
    }

    @Test
    void aChineseOfficeMovedToAnotherPersonIsFlagged() {
        String appointments = "任命熊继军为工信部副部长；任命何忠友为新疆生产建设兵团政委、中国新建集团公司董事长。";
        assertThat(flagged("国务院任命何忠友为工信部副部长。", "zh", appointments, "zh", "何忠友")).isTrue();
        assertThat(flagged("国务院任命何忠友为新疆生产建设兵团政委。", "zh", appointments, "zh", "何忠友")).isFalse();
        assertThat(flagged("国务院任命熊继军为工信部副部长。", "zh", appointments, "zh", "熊继军")).isFalse();
        String alibaba = "阿里云无影事业部总裁张献涛透露，无影事业部升级为一级事业部，由阿里巴巴集团CEO兼阿里云董事长与CEO吴泳铭直接管理。";
        assertThat(flagged("阿里巴巴集团CEO张献涛将直接管理无影事业部。", "zh", alibaba, "zh", "张献涛")).isTrue();
        assertThat(flagged("无影事业部总裁张献涛透露了升级。", "zh", alibaba, "zh", "张献涛")).isFalse();
        assertThat(flagged("阿里云CEO吴泳铭将直接管理无影事业部。", "zh", alibaba, "zh", "吴泳铭")).isFalse();
    }

    @Test
    void aJoinedNameWhosePlaceNoSourceGivesIsFlagged() {
        String source = "John Williams, the president of the Federal Reserve Bank of New York, said in a speech that growth slowed.";
        assertThat(flagged("John Williams, president of the Federal Reserve Bank of Chicago, warned.", "en", source, "en",
                "Federal Reserve Bank of Chicago")).isTrue();
        assertThat(Claims.check("en", "John Williams, president of the Federal Reserve Bank of New York, warned.", "en", source, PUBLISHED)
                .unsupported()).isEmpty();
    }

    @Test
    void aDirectionWordSharedByTwoClausesDoesNotTieAFigureToTheWrongOne() {
        String source = "Truck and SUV sales are down 2.6 percent, while sedan sales are down 12.3 percent.";
        assertThat(flagged("Sedan sales are down 2.6%, while truck and SUV sales are down 12.3%.", "en", source, "en", "2.6%")).isTrue();
        assertThat(flagged("Sedan sales are down 12.3%, while truck and SUV sales are down 2.6%.", "en", source, "en", "12.3%")).isFalse();
    }
}
