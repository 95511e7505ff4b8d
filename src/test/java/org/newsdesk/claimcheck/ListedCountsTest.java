package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Counts a correct draft makes of what a source lists: the items a named person or company's list holds ("Deng Xiaofeng a
 * allégé quatre lignes" for the four stocks after 邓晓峰), and the first months of a year a source writes as a range ("les
 * sept premiers mois" for 1-7月份); a count the list does not have stays flagged.
 */
class ListedCountsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 30);

    private static final String HOLDINGS = "其中，高毅资产邓晓峰大手笔减持紫金矿业、圆通速递、中国铝业和华峰化学，增持京东方A。"
            + "冯柳加仓海康威视、安琪酵母、生益科技，并新进布局晨光生物、海螺水泥和桐昆股份。";

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.claim(Claims.check(draftLanguage, draft, sourceLanguage, source, PUBLISHED), text);
    }

    @Test
    void aCountOfTheListThatFollowsTheNameTheDraftGivesItTo() {
        Claim four = claim("fr", "Deng Xiaofeng a allégé quatre lignes.", "zh", HOLDINGS, "quatre");
        assertThat(four.flagged()).isFalse();
        assertThat(four.rule()).startsWith("a list of 4");
        assertThat(claim("fr", "Deng Xiaofeng a allégé trois lignes.", "zh", HOLDINGS, "trois").flagged()).isTrue();
        assertThat(claim("en", "Feng Liu opened three new positions.", "zh", HOLDINGS, "three").flagged()).isFalse();
        assertThat(claim("en", "Feng Liu opened five new positions.", "zh", HOLDINGS, "five").flagged()).isTrue();
        String en = "Acme cut its stakes in Globex, Initech, Umbrella and Hooli, and bought Stark.";
        assertThat(claim("zh", "Acme减持了四只股票。", "en", en, "四").flagged()).isFalse();
        assertThat(claim("zh", "Acme减持了五只股票。", "en", en, "五").flagged()).isTrue();
    }

    @Test
    void theFirstMonthsOfARangeFromJanuary() {
        String zh = "1-7月份，全国社会物流总额197.7万亿元，同比增长5.5%。";
        Claim seven = claim("fr", "Sur les sept premiers mois, la valeur a atteint 197,7 billions de yuans.", "zh", zh, "sept");
        assertThat(seven.flagged()).isFalse();
        assertThat(seven.rule()).startsWith("the first 7 months");
        assertThat(claim("fr", "Sur les six premiers mois, la valeur a atteint 197,7 billions de yuans.", "zh", zh, "six").flagged()).isTrue();
    }
}
