package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static List<Double> values(String text, String language) {
        return NumberWords.find(text, language).stream().map(NumberWords.Found::value).toList();
    }

    @Test
    void englishAndFrenchWordsAndRoundNumbers() {
        assertThat(values("Nine of the ten largest AI rounds went to U.S. companies.", "en")).containsExactly(9.0, 10.0);
        assertThat(values("A dozen researchers left; two dozen labs signed.", "en")).containsExactly(12.0, 24.0);
        assertThat(NumberWords.find("Une dizaine de start-up ont levé plus.", "fr").getFirst()).isEqualTo(new NumberWords.Found(0, 11, 10, true, false));
        assertThat(values("Une centaine de chercheurs ont signé.", "fr")).containsExactly(100.0);
    }

    @Test
    void chineseTenthsAndHalvesArePercentages() {
        assertThat(NumberWords.find("该公司约两成营收来自中国。", "zh").getFirst()).isEqualTo(new NumberWords.Found(3, 6, 20, true, true));
        assertThat(values("三大赛道合计占比超七成,其中大模型约占三成。", "zh")).containsExactly(70.0, 30.0);
        assertThat(values("Half of the revenue comes from enterprises.", "en")).containsExactly(50.0);
    }

    @Test
    void wordsThatAreNoFigures() {
        assertThat(values("The company was founded two years ago and raised two billion dollars.", "en")).isEmpty();
        assertThat(values("成本下降,公司完成融资并成为独角兽。", "zh")).isEmpty();
        assertThat(values("One model, un modèle, une entreprise.", "fr")).isEmpty();
        assertThat(values("La part atteint 35 pour cent.", "fr")).isEmpty();
    }
}
