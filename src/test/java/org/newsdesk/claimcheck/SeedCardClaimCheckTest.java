package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.claimcheck.Claims.claim;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The seed analysis card: its source said the Series C was in "September"; its Key Data says "Series C,
 * Sep 2023", a year the source never gave, and its Chinese text repeats it.
 */
class SeedCardClaimCheckTest {

    static final String SOURCE = "Mistral AI is in early talks to raise €3 billion ($3.5 billion) at a valuation of €20 billion. "
            + "The new valuation would be nearly double the €11.7 billion at which Mistral was valued in its Series C in September. "
            + "The company has raised about $4 billion to date; OpenAI has raised $186 billion and Anthropic $161.25 billion.";

    static final List<DraftText> CARD = List.of(
            new DraftText("tldr", "en", "The €20B valuation is nearly double its €11.7B Series C from September."),
            new DraftText("keyData", "en", "Mistral AI | Previous Valuation (Series C, Sep 2023) | €11.7B\n"
                    + "Mistral AI | New Valuation (Projected) | €20B (~$23.15B)"),
            new DraftText("tldr", "zh", "此轮估值接近其2023年9月C轮融资估值(117亿欧元)的两倍。"),
            new DraftText("keyData", "zh", "Mistral AI 上一轮(9月C轮)估值 117亿欧元"),
            new DraftText("deepAnalysis", "zh", "Mistral这轮融资,表面看是一串令人咋舌的数字——半年估值翻近一倍。"));

    private static ClaimReport check(LocalDate published) {
        return new ClaimChecker().check(CARD, List.of(new SourceText("s1", "en", SOURCE, published)));
    }

    @Test
    void aYearTheSourceNeverGaveIsFlaggedAsAdded() {
        ClaimReport report = check(LocalDate.of(2024, 2, 12));
        Claim sep2023 = claim(report, "Sep 2023");
        assertThat(sep2023.kind()).isEqualTo(ClaimKind.DATE);
        assertThat(sep2023.value()).isEqualTo(new ClaimValue.DateValue(2023, 9, 0));
        assertThat(sep2023.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(sep2023.rule()).startsWith("year added").contains("\"September\"", "2024-02-12");
        assertThat(claim(report, "2023年9月").verdict()).isEqualTo(Verdict.UNSUPPORTED);
    }

    @Test
    void aYearThePublicationDateRulesOutIsFlaggedAsWrong() {
        Claim sep2023 = claim(check(LocalDate.of(2026, 2, 10)), "Sep 2023");
        assertThat(sep2023.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(sep2023.rule()).startsWith("wrong year").contains("Sep 2025 or Sep 2026");
    }

    @Test
    void theMonthAloneIsSupportedInEveryLanguage() {
        ClaimReport report = check(LocalDate.of(2024, 2, 12));
        Claim september = claim(report, "September");
        assertThat(september.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(september.rule()).startsWith("month without year matches");
        assertThat(september.evidence()).singleElement().satisfies(e -> {
            assertThat(e.sourceId()).isEqualTo(new SourceId("s1"));
            assertThat(e.matched()).isEqualTo("September");
            assertThat(e.passage()).startsWith("The new valuation would be nearly double");
            assertThat(SOURCE.substring(e.passageStart(), e.passageEnd())).isEqualTo(e.passage());
        });
        assertThat(claim(report, "9月").verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void nearlyDoubleHoldsFor20Over11point7() {
        ClaimReport report = check(LocalDate.of(2026, 2, 10));
        Claim nearlyDouble = claim(report, "nearly double");
        assertThat(nearlyDouble.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(nearlyDouble.rule()).startsWith("ratio 20/11.7 = 1.71 ≈ nearly double");
        assertThat(claim(report, "翻近一倍").verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void halfAYearHoldsWhenSeptemberIsHalfAYearBeforePublication() {
        Claim halfYear = claim(check(LocalDate.of(2026, 3, 30)), "半年");
        assertThat(halfYear.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(halfYear.rule()).contains("Sep 2025", "2026-03-30", "months apart");
    }

    @Test
    void theDollarValuationIsAnUnsourcedConversion() {
        Claim dollars = claim(check(LocalDate.of(2026, 2, 10)), "~$23.15B");
        assertThat(dollars.verdict()).isEqualTo(Verdict.UNSOURCED_CONVERSION);
        assertThat(dollars.rule()).contains("€20B", "1.158 USD per EUR");
        assertThat(dollars.evidence()).isEmpty();
    }

    @Test
    void theReportListsWhatAReviewerMustResolve() {
        ClaimReport report = check(LocalDate.of(2024, 2, 12));
        assertThat(report.unsupported()).extracting(Claim::text).containsExactly("Sep 2023", "~$23.15B", "2023年9月");
        assertThat(report.clean()).isFalse();
        assertThat(report.find(report.unsupported().get(0).id())).contains(report.unsupported().get(0));
        assertThat(report.unsupported().get(0).id().value()).isEqualTo("keyData:en:DATE:Sep 2023#1");
    }
}
