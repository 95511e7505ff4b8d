package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MultiplesTest {

    private static Multiples.Found one(String text, String language) {
        return Multiples.find(text, language).getFirst();
    }

    @Test
    void multiplesWithANumberInThreeLanguages() {
        Multiples.Found nineteen = one("Annualised revenue grew 19 times in a year.", "en");
        assertThat(nineteen.low()).isCloseTo(19 * 0.925, within(1e-9));
        assertThat(nineteen.high()).isCloseTo(19 * 1.075, within(1e-9));
        assertThat(one("Users grew fivefold to 10 million.", "en").meaning()).isEqualTo("×5");
        assertThat(one("The raise is a quadrupling of last year's.", "en").meaning()).isEqualTo("×4");
        assertThat(one("Le chiffre d'affaires a été multiplié par sept.", "fr").meaning()).isEqualTo("×7");
        assertThat(one("Les revenus ont presque décuplé.", "fr").meaning()).isEqualTo("nearly ×10");
    }

    @Test
    void chineseGrowthByNTimesIsTimesNPlusOne() {
        Multiples.Found more = one("营收同比增长逾41倍。", "zh");
        assertThat(more.low()).isEqualTo(42);
        assertThat(more.meaning()).isEqualTo("grew more than 41 times (×42)");
        Multiples.Found tripled = one("融资事件增长了两倍。", "zh");
        assertThat(tripled.low()).isCloseTo(3 * 0.925, within(1e-9));
        assertThat(one("估值是新融资额的20倍。", "zh").meaning()).isEqualTo("×20");
        Multiples.Found five = one("对印度增长了5倍，达到35.1吨。", "zh");
        assertThat(five.low()).as("the press writes 增长了5倍 for a fivefold rise as often as for ×6").isCloseTo(5 * 0.925, within(1e-9));
        assertThat(five.high()).isCloseTo(6 * 1.075, within(1e-9));
    }

    @Test
    void doublingWordsAndUnrelatedTimesAreLeftToOthers() {
        assertThat(Multiples.find("估值翻近一倍,是两倍。", "zh")).isEmpty();
        assertThat(Multiples.find("It trains three times a week.", "en")).isEmpty();
    }
}
