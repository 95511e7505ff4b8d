package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rules for relative dates, parts of the year, ranges, multiples, model numbers and attribution, as a reviewer reads them. */
class ClaimRulesTest {

    private Claim claim(String draft, String language, String source, String sourceLanguage, LocalDate published, String text) {
        return Claims.titled(draft, language, source, sourceLanguage, published, "Anthropic closes $30 billion round", text);
    }

    private static final String THURSDAY = "Anthropic said on Thursday it had closed a $30 billion funding round led by GIC and Coatue.";

    @Test
    void aWeekdayIsResolvedAgainstThePublicationAndTheVerdictCitesTheSourceByTitle() {
        Claim right = claim("Anthropic closed its $30 billion round on March 5, 2026.", "en", THURSDAY, "en", LocalDate.of(2026, 3, 5), "March 5, 2026");
        assertThat(right.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(right.rule()).isEqualTo("\"Thursday\" in a story of Thu 2026-03-05 = 2026-03-05 — «Anthropic closes $30 billion round»: “" + THURSDAY + "”");
        assertThat(right.evidence().getFirst().sourceTitle()).isEqualTo("Anthropic closes $30 billion round");
        assertThat(claim("Anthropic closed the round on February 26, 2026.", "en", THURSDAY, "en", LocalDate.of(2026, 3, 5), "February 26, 2026").flagged())
                .isTrue();
        assertThat(claim("Anthropic于3月5日完成300亿美元融资。", "zh", THURSDAY, "en", LocalDate.of(2026, 3, 5), "3月5日").flagged()).isFalse();
    }

    @Test
    void aDayThatIsThePublicationDateIsNoLongerSupportedWhenTheSourceSaysYesterday() {
        String source = "OpenAI昨日发布GPT-5。";
        assertThat(claim("OpenAI released GPT-5 on August 7, 2025.", "en", source, "zh", LocalDate.of(2025, 8, 8), "August 7, 2025").flagged()).isFalse();
        assertThat(claim("OpenAI released GPT-5 on August 8, 2025.", "en", source, "zh", LocalDate.of(2025, 8, 8), "August 8, 2025").flagged()).isTrue();
    }

    @Test
    void quartersAndHalvesAcrossLanguages() {
        String source = "In the third quarter, China's AI sector recorded 435 funding deals.";
        LocalDate published = LocalDate.of(2025, 10, 16);
        Claim t3 = claim("Au T3 2025, le secteur chinois de l'IA a enregistré 435 opérations.", "fr", source, "en", published, "T3 2025");
        assertThat(t3.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(t3.rule()).startsWith("\"third quarter\" in a story of 2025-10-16 = Q3 2025");
        Claim q2 = claim("第二季度中国AI行业融资事件达435笔。", "zh", source, "en", published, "第二季度");
        assertThat(q2.rule()).startsWith("another part of the year: «Anthropic closes $30 billion round» gives Q3 2025");
    }

    @Test
    void bothEndsOfARangeAreChecked() {
        String source = "The company is seeking between $10 billion and $12 billion in new funding.";
        assertThat(claim("It seeks $10-12 billion.", "en", source, "en", null, "$10").flagged()).isFalse();
        assertThat(claim("It seeks $10-15 billion.", "en", source, "en", null, "15 billion").flagged()).isTrue();
        assertThat(claim("公司正洽谈融资100亿至120亿美元。", "zh", source, "en", null, "100亿").value())
                .isEqualTo(new ClaimValue.Amount(1e10, "USD"));
    }

    @Test
    void multiplesAndPercentageChangesFromTheSourcesFigures() {
        String source = "Revenue was $57.0 billion, compared with $35.1 billion a year earlier.";
        Claim right = claim("Revenue rose 62% to $57.0 billion.", "en", source, "en", null, "62%");
        assertThat(right.rule()).startsWith("derived: $35.1 billion → $57.0 billion in «Anthropic closes $30 billion round» is +62.4%");
        assertThat(claim("Revenue rose 72% to $57.0 billion.", "en", source, "en", null, "72%").flagged()).isTrue();
        String growth = "寒武纪一季度营收11.11亿元,同比增长4230%。";
        assertThat(claim("寒武纪营收同比增长逾41倍。", "zh", growth, "zh", null, "增长逾41倍").rule()).startsWith("growth of 4230% in");
        assertThat(claim("寒武纪营收同比增长逾50倍。", "zh", growth, "zh", null, "增长逾50倍").flagged()).isTrue();
        String small = "Revenue rose to $2.6 billion from $1.9 billion.";
        assertThat(claim("Revenue nearly doubled to $2.6 billion from $1.9 billion.", "en", small, "en", null, "nearly doubled").flagged()).isTrue();
    }

    @Test
    void aModelNumberMustBeTheSources() {
        String source = "OpenAI released GPT-5 to all ChatGPT users.";
        assertThat(claim("OpenAI released GPT-6.", "en", source, "en", null, "GPT-6").rule()).startsWith("model number");
        String ascend = "华为表示,昇腾910芯片的产能将在明年翻倍。";
        assertThat(claim("Huawei's Ascend 910 output will grow.", "en", ascend, "zh", null, "Ascend 910").flagged()).isFalse();
        assertThat(claim("Huawei's Ascend 920 output will grow.", "en", ascend, "zh", null, "Ascend 920").flagged()).isTrue();
    }

    @Test
    void figuresAndInvestorsMovedToAnotherCompanyAreFlaggedAndRestatementsPass() {
        String leads = "ASML led Mistral AI's €1.7 billion round. SoftBank led OpenAI's $40 billion round earlier in the year.";
        assertThat(claim("SoftBank led Mistral AI's €1.7 billion round.", "en", leads, "en", null, "SoftBank").rule())
                .startsWith("swapped name: in «Anthropic closes $30 billion round» SoftBank goes with OpenAI, not Mistral AI");
        assertThat(claim("Mistral AI's €1.7 billion round was led by ASML.", "en", leads, "en", null, "ASML").flagged()).isFalse();
        String segments = "Cloud revenue grew 32% while search revenue grew 12%.";
        assertThat(claim("Search revenue grew 32%.", "en", segments, "en", null, "32%").flagged()).isTrue();
        assertThat(claim("Search revenue grew 12% and cloud revenue 32%.", "en", segments, "en", null, "32%").flagged()).isFalse();
        String robots = "曦智科技完成15亿元C轮融资,智谱获得10亿元战略投资。";
        assertThat(claim("智谱完成15亿元C轮融资。", "zh", robots, "zh", null, "15亿元").flagged()).isTrue();
        assertThat(claim("智谱获得10亿元战略投资。", "zh", robots, "zh", null, "10亿元").flagged()).isFalse();
    }
}
