package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.claimcheck.Claims.check;
import static org.newsdesk.claimcheck.Claims.claim;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimMatchingTest {

    static final LocalDate FEB_2026 = LocalDate.of(2026, 2, 10);

    @Test
    void theSameAmountInThreeNotationsIsSupported() {
        ClaimReport report = new ClaimChecker().check(List.of(
                new DraftText("summary", "en", "Mistral AI raises €3B."),
                new DraftText("summary", "zh", "Mistral AI融资30亿欧元。")),
                List.of(new SourceText("s1", "fr", "Mistral AI lève 3 milliards d'euros.", FEB_2026)));
        assertThat(report.unsupported()).isEmpty();
        assertThat(claim(report, "€3B").rule()).startsWith("same value: €3B = 3 milliards d'euros");
        assertThat(claim(report, "30亿欧元").rule()).startsWith("unit conversion 30亿欧元 = 3 milliards d'euros");
    }

    @Test
    void aRoundedFigureIsSupportedWithinItsRounding() {
        ClaimReport report = check("en", "Cohere has raised ~$4B and employs 1,000 people.", "en",
                "Cohere has raised $3.96 billion and employs 1,012 people.", FEB_2026);
        assertThat(claim(report, "~$4B").verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(claim(report, "~$4B").rule()).startsWith("within rounding: ~$4B ≈ $3.96 billion");
        assertThat(claim(report, "1,000").rule()).startsWith("within rounding: 1,000 ≈ 1,012");
        ClaimReport off = check("en", "Cohere employs 1,100 people.", "en", "Cohere employs 1,012 people.", FEB_2026);
        assertThat(claim(off, "1,100").verdict()).isEqualTo(Verdict.UNSUPPORTED);
    }

    @Test
    void aWrongMagnitudeIsUnsupportedAndSaysSo() {
        Claim millions = claim(check("en", "Mistral AI raises €3M.", "en", "Mistral AI raises €3 billion.", FEB_2026), "€3M");
        assertThat(millions.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(millions.rule()).startsWith("no source gives €3M; s1 gives €3 billion (wrong magnitude: ×1000)");
    }

    @Test
    void aConversionTheSourceGivesIsSupported() {
        Claim dollars = claim(check("en", "Mistral AI raises €3B ($3.5B).", "en", "Mistral AI raises €3 billion ($3.5 billion).", FEB_2026), "$3.5B");
        assertThat(dollars.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(dollars.rule()).contains("conversion given in s1: €3 billion = $3.5 billion");
    }

    @Test
    void aConversionTheSourcesDoNotGiveIsFlaggedAsSuch() {
        Claim alone = claim(check("en", "Mistral AI is valued at about $23 billion.", "en", "Mistral AI is valued at €20 billion.", FEB_2026),
                "$23 billion");
        assertThat(alone.verdict()).isEqualTo(Verdict.UNSOURCED_CONVERSION);
        assertThat(alone.rule()).startsWith("looks like €20 billion (s1) converted at 1.150 USD per EUR");
        Claim implausible = claim(check("en", "Mistral AI is valued at €20B ($2.3B).", "en", "Mistral AI is valued at €20 billion.", FEB_2026),
                "$2.3B");
        assertThat(implausible.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(implausible.rule()).contains("no plausible rate");
    }

    @Test
    void aFigureSaidOfAnotherNameIsASwap() {
        String source = "OpenAI has raised $186 billion and Anthropic $161.25 billion.";
        ClaimReport swapped = check("en", "Anthropic has raised $186B, while OpenAI has raised $161.25B.", "en", source, FEB_2026);
        assertThat(claim(swapped, "$186B").verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(claim(swapped, "$186B").rule()).startsWith("swapped name: in s1 \"$186 billion\" goes with OpenAI, not Anthropic");
        ClaimReport right = check("en", "OpenAI has raised $186B and Anthropic $161.25B.", "en", source, FEB_2026);
        assertThat(right.unsupported()).isEmpty();
    }

    @Test
    void aNameAfterAPrepositionIsNotWhatTheFigureIsSaidOf() {
        ClaimReport report = check("en", "Mistral AI will build a data center near Paris and buy 13,800 NVIDIA GPUs.", "en",
                "Mistral AI will buy 13,800 NVIDIA GPUs for a data center near Paris.", FEB_2026);
        assertThat(report.unsupported()).isEmpty();
    }

    @Test
    void aCountOfSomethingElseHasADifferentMeaning() {
        Claim gpus = claim(check("en", "The group will buy 13,800 GPUs.", "fr", "Le groupe compte 13 800 salariés et achètera 5 000 GPU.", FEB_2026),
                "13,800");
        assertThat(gpus.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(gpus.rule()).startsWith("different meaning: in s1 13 800 counts employee, not gpu");
        Claim wan = claim(check("zh", "采购1.38万块GPU。", "en", "It will buy 13,800 GPUs.", FEB_2026), "1.38万");
        assertThat(wan.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(wan.rule()).startsWith("unit conversion 1.38万 = 13,800");
    }

    @Test
    void anAmountOfAnotherKindHasADifferentMeaning() {
        Claim revenue = claim(check("en", "Mistral AI reported €705 million in revenue.", "en", "Mistral AI raised €705 million in debt.", FEB_2026),
                "€705 million");
        assertThat(revenue.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(revenue.rule()).startsWith("different meaning: in s1 €705 million is money raised or spent, not revenue");
    }

    @Test
    void nearlyDoubleFailsWhenTheRatioIsLarger() {
        Claim ratio = claim(check("en", "The €25B valuation is nearly double the €11.7B of a year ago.", "en",
                "It is raising at €25 billion, up from €11.7 billion a year ago.", FEB_2026), "nearly double");
        assertThat(ratio.verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(ratio.rule()).startsWith("ratio 25/11.7 = 2.14 is not nearly double (1.65–2.00)");
    }

    @Test
    void aPercentageMayBeDerivedFromTwoAmountsOfItsSentence() {
        Claim percent = claim(check("en", "The valuation jumps 71% from €11.7B to €20B.", "en",
                "It was valued at €11.7 billion and now seeks €20 billion.", FEB_2026), "71%");
        assertThat(percent.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(percent.rule()).startsWith("derived: 20/11.7 − 1 = 70.9%");
    }

    @Test
    void halfAYearFailsWhenTheSourceDatesAreFurtherApart() {
        Claim halfYear = claim(check("en", "Half a year after its Series C, it is back.", "en",
                "Its Series C closed in June 2024.", LocalDate.of(2026, 3, 30)), "Half a year");
        assertThat(halfYear.verdict()).isEqualTo(Verdict.UNSUPPORTED);
    }

    @Test
    void aDateWithoutYearIsResolvedAgainstThePublicationDate() {
        ClaimReport report = check("en", "On 30 March 2026, Mistral AI announced a loan.", "fr",
                "Mistral AI a annoncé le 30 mars un prêt.", LocalDate.of(2026, 3, 30));
        assertThat(claim(report, "30 March 2026").verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(claim(report, "30 March 2026").rule()).contains("resolved against the publication date of s1 (2026-03-30)");
        Claim lastSeptember = claim(check("en", "It raised €1.7B in September 2025.", "en", "It raised €1.7 billion last September.",
                LocalDate.of(2026, 3, 30)), "September 2025");
        assertThat(lastSeptember.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void namesAreTracedAcrossScriptsAndInventedOnesFlagged() {
        ClaimReport report = check("en", "BNP Paribas lends the money; NVIDIA and Cohere supply chips.", "zh",
                "法国巴黎银行提供贷款,英伟达供应芯片。", FEB_2026);
        assertThat(claim(report, "BNP Paribas").rule()).startsWith("same name in another form: BNP Paribas = 法国巴黎银行");
        assertThat(claim(report, "NVIDIA").verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(claim(report, "Cohere").verdict()).isEqualTo(Verdict.UNSUPPORTED);
        assertThat(claim(report, "Cohere").rule()).startsWith("no source names Cohere");
    }

    @Test
    void preparedSourcesGiveTheSameReport() {
        ClaimChecker checker = new ClaimChecker();
        List<SourceText> sources = List.of(new SourceText("s1", "en", SeedCardClaimCheckTest.SOURCE, FEB_2026));
        PreparedSources prepared = checker.prepare(sources);
        assertThat(prepared.sourceIds()).containsExactly(new SourceId("s1"));
        assertThat(checker.check(SeedCardClaimCheckTest.CARD, prepared)).isEqualTo(checker.check(SeedCardClaimCheckTest.CARD, sources));
    }

    @Test
    void aFigureCutToFewerDigitsIsTheSourcesAsOneRoundedIs() {
        String source = "Researchers looked at surveys completed by 505,796 people between 2008 to 2016.";
        Claim cut = claim(check("zh", "研究人员分析了50.5万人的调查。", "en", source, FEB_2026), "50.5万");
        assertThat(cut.flagged()).isFalse();
        assertThat(cut.rule()).startsWith("within rounding: 50.5万 ≈ 505,796");
        assertThat(claim(check("zh", "研究人员分析了50.6万人的调查。", "en", source, FEB_2026), "50.6万").flagged()).isFalse();
        assertThat(claim(check("zh", "研究人员分析了50.4万人的调查。", "en", source, FEB_2026), "50.4万").flagged()).isTrue();
    }

    @Test
    void aHalvingIsAFallOfHalf() {
        String source = "Quarterly profit fell 50% from a year earlier.";
        Claim halved = claim(check("en", "Quarterly profit halved.", "en", source, FEB_2026), "halved");
        assertThat(halved.flagged()).isFalse();
        assertThat(halved.rule()).startsWith("fall of 50% in s1 is ÷2 ≈ halved");
        assertThat(claim(check("en", "Quarterly profit halved.", "en", "Quarterly profit fell 20% from a year earlier.", FEB_2026), "halved")
                .flagged()).isTrue();
    }
}
