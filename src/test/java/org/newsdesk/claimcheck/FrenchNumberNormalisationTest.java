package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.claimcheck.Claims.amount;
import static org.newsdesk.claimcheck.Claims.count;
import static org.newsdesk.claimcheck.Claims.one;

import org.junit.jupiter.api.Test;

class FrenchNumberNormalisationTest {

    @Test
    void milliardsAndMillionsOfEuros() {
        assertThat(amount("fr", "une levée de 3 milliards d'euros")).isEqualTo(new ClaimValue.Amount(3.0e9, "EUR"));
        assertThat(amount("fr", "une dette de 705 millions d’euros")).isEqualTo(new ClaimValue.Amount(705e6, "EUR"));
        assertThat(amount("fr", "un tour de 1,5 Md€")).isEqualTo(new ClaimValue.Amount(1.5e9, "EUR"));
        assertThat(amount("fr", "3,5 milliards de dollars")).isEqualTo(new ClaimValue.Amount(3.5e9, "USD"));
    }

    @Test
    void decimalCommaIsADecimalPoint() {
        assertThat(amount("fr", "valorisée à 11,7 milliards d'euros")).isEqualTo(new ClaimValue.Amount(11.7e9, "EUR"));
        assertThat(one(ClaimKind.PERCENT, "fr", "les coûts ont crû de 4,5 %").value()).isEqualTo(new ClaimValue.Percent(4.5));
    }

    @Test
    void thousandsWithOrdinaryNoBreakAndNarrowNoBreakSpaces() {
        assertThat(count("fr", "acquérir 13 800 GPU de NVIDIA")).isEqualTo(new ClaimValue.Count(13_800, "gpu"));
        assertThat(count("fr", "acquérir 13\u00A0800 GPU de NVIDIA")).isEqualTo(new ClaimValue.Count(13_800, "gpu"));
        assertThat(count("fr", "acquérir 13\u202F800 GPU de NVIDIA")).isEqualTo(new ClaimValue.Count(13_800, "gpu"));
        assertThat(count("fr", "le groupe compte 13 800 salariés")).isEqualTo(new ClaimValue.Count(13_800, "employee"));
    }

    @Test
    void percentWithNarrowSpaceOrWords() {
        assertThat(one(ClaimKind.PERCENT, "fr", "une hausse de 12\u202F%").value()).isEqualTo(new ClaimValue.Percent(12));
        assertThat(one(ClaimKind.PERCENT, "fr", "une hausse de 12 pour cent").value()).isEqualTo(new ClaimValue.Percent(12));
    }

    @Test
    void anAmountWithoutItsCurrencyTakesTheCurrencyOfItsSentence() {
        var claims = Claims.in("fr", "OpenAI a levé 186 milliards de dollars, Anthropic 161,25 milliards.");
        assertThat(claims.stream().filter(c -> c.kind() == ClaimKind.AMOUNT).map(Claim::value))
                .containsExactly(new ClaimValue.Amount(186e9, "USD"), new ClaimValue.Amount(161.25e9, "USD"));
    }
}
