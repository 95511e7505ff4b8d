package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.claimcheck.Claims.amount;
import static org.newsdesk.claimcheck.Claims.count;
import static org.newsdesk.claimcheck.Claims.in;
import static org.newsdesk.claimcheck.Claims.one;

import org.junit.jupiter.api.Test;

class EnglishNumberNormalisationTest {

    @Test
    void currencySymbolsAndLetterScalesGiveAmounts() {
        assertThat(amount("en", "raising €3B")).isEqualTo(new ClaimValue.Amount(3.0e9, "EUR"));
        assertThat(amount("en", "worth $3.5 billion")).isEqualTo(new ClaimValue.Amount(3.5e9, "USD"));
        assertThat(amount("en", "a US$2bn loan")).isEqualTo(new ClaimValue.Amount(2.0e9, "USD"));
        assertThat(amount("en", "it raised $500M")).isEqualTo(new ClaimValue.Amount(5.0e8, "USD"));
        assertThat(amount("en", "a £40k grant")).isEqualTo(new ClaimValue.Amount(4.0e4, "GBP"));
        assertThat(amount("en", "deals of about $1.4 trillion")).isEqualTo(new ClaimValue.Amount(1.4e12, "USD"));
    }

    @Test
    void currencyCodesAndWordsAfterTheNumberGiveAmounts() {
        assertThat(amount("en", "valued at 11.7 billion euros")).isEqualTo(new ClaimValue.Amount(11.7e9, "EUR"));
        assertThat(amount("en", "to invest CNY 160 billion")).isEqualTo(new ClaimValue.Amount(160e9, "CNY"));
        assertThat(amount("en", "fined 20 million USD")).isEqualTo(new ClaimValue.Amount(20e6, "USD"));
    }

    @Test
    void approximateAmountsKeepTheirMarkInTheClaimText() {
        Claim c = one(ClaimKind.AMOUNT, "en", "It has raised ~$4B to date.");
        assertThat(c.text()).isEqualTo("~$4B");
        assertThat(c.value()).isEqualTo(new ClaimValue.Amount(4.0e9, "USD"));
    }

    @Test
    void countsKeepTheNounTheyCountAcrossBrandNames() {
        assertThat(count("en", "to acquire 13,800 NVIDIA GPUs")).isEqualTo(new ClaimValue.Count(13_800, "gpu"));
        assertThat(count("en", "it has 1,012 employees")).isEqualTo(new ClaimValue.Count(1_012, "employee"));
        assertThat(count("en", "across 4 data centers")).isEqualTo(new ClaimValue.Count(4, "data center"));
    }

    @Test
    void percentagesInSignsAndWords() {
        assertThat(one(ClaimKind.PERCENT, "en", "revenue grew 12%").value()).isEqualTo(new ClaimValue.Percent(12));
        assertThat(one(ClaimKind.PERCENT, "en", "prices fell 4.5 percent").value()).isEqualTo(new ClaimValue.Percent(4.5));
        assertThat(one(ClaimKind.PERCENT, "en", "up 7 percentage points").text()).isEqualTo("7 percentage points");
    }

    @Test
    void productVersionsListNumbersAndModelNamesAreNoFigures() {
        assertThat(in("en", "Mistral Large beats Llama 3 and GPT-5 on H100 chips.").stream().map(Claim::kind))
                .doesNotContain(ClaimKind.COUNT, ClaimKind.AMOUNT, ClaimKind.PERCENT);
        assertThat(in("en", "1. Open models gain ground.\n2. Prices fall.").stream().map(Claim::kind)).doesNotContain(ClaimKind.COUNT);
    }
}
