package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Lists paired by "分别", "respectively" or "respectivement": each figure goes with the anchor in its place. */
class RespectivelyTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 20);
    private static final String SOURCE = "汇丰银行将2024年和2025年的平均银价预测分别上调至每盎司27.40美元和28.50美元；";

    private static Claim claim(String language, String draft, String source, String text) {
        return Claims.claim(Claims.check(language, draft, "zh", source, PUBLISHED), text);
    }

    @Test
    void aFigureSetAgainstAnotherYearOfTheListIsMoved() {
        Claim moved = claim("en", "HSBC raised its silver forecast for 2024 to $28.50 an ounce and for 2025 to $27.40.", SOURCE, "$28.50");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).startsWith("moved: in s1 2024年 goes with 27.40美元 and 2025年 with 28.50美元, in that order — “汇丰银行将2024年");
        assertThat(claim("en", "HSBC raised its silver forecast for 2024 to $27.40 an ounce and for 2025 to $28.50.", SOURCE, "$27.40").flagged())
                .isFalse();
    }

    @Test
    void aDraftThatPutsFiguresFirstIsReadTheSameWay() {
        String right = "HSBC a relevé sa prévision à 27,40 dollars l'once pour 2024 et à 28,50 dollars pour 2025.";
        assertThat(Claims.check("fr", right, "zh", SOURCE, PUBLISHED).unsupported()).isEmpty();
        String wrong = "HSBC a relevé sa prévision à 28,50 dollars l'once pour 2024 et à 27,40 dollars pour 2025.";
        assertThat(Claims.claim(Claims.check("fr", wrong, "zh", SOURCE, PUBLISHED), "28,50 dollars").flagged()).isTrue();
    }

    @Test
    void inEnglishSourcesToo() {
        String source = "Revenue in 2022 and 2023 rose 12% and 31%, respectively.";
        assertThat(Claims.claim(Claims.check("en", "Revenue rose 31% in 2022.", "en", source, PUBLISHED), "31%").flagged())
                .as("an anchor after the figure in a sentence that puts figures first").isTrue();
        assertThat(Claims.claim(Claims.check("en", "In 2022 revenue rose 31%.", "en", source, PUBLISHED), "31%").flagged()).isTrue();
        assertThat(Claims.claim(Claims.check("en", "In 2023 revenue rose 31%.", "en", source, PUBLISHED), "31%").flagged()).isFalse();
    }
}
