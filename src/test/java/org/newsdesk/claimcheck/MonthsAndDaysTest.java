package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Months and spans of days a correct draft reads off a source: the first month of "1-7月份", the month a source compares
 * with the one before ("比上月", "from the previous month"), "近30日" as the past 30 days; with wrong ones that stay flagged.
 */
class MonthsAndDaysTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 30);

    private static final String LOGISTICS = "1-7月份，全国社会物流总额197.7万亿元，同比增长5.5%；7月，社会物流总额同比增长5.3%，比上月加快0.1个百分点。";

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.claim(Claims.check(draftLanguage, draft, sourceLanguage, source, PUBLISHED), text);
    }

    @Test
    void theFirstMonthOfAChineseRangeOfMonthsIsAMonthOfTheSource() {
        assertThat(claim("en", "In January-July the total was 197.7 trillion yuan.", "zh", LOGISTICS, "January").flagged()).isFalse();
        assertThat(claim("fr", "De janvier à juillet, le total a atteint 197,7 billions de yuans.", "zh", LOGISTICS, "janvier").flagged()).isFalse();
        assertThat(claim("en", "In February-July the total was 197.7 trillion yuan.", "zh", LOGISTICS, "February").flagged()).isTrue();
        assertThat(claim("zh", "2-7月，总额197.7万亿元。", "zh", LOGISTICS, "2").flagged()).isTrue();
    }

    @Test
    void aMonthTheSourceComparesWithTheNextIsSupportedButNotAsTheEndOfARange() {
        Claim june = claim("zh", "6月社会物流总额同比增长5.2%，7月加快至5.3%。", "zh", LOGISTICS, "6月");
        assertThat(june.flagged()).isFalse();
        assertThat(june.rule()).startsWith("the month before 7月");
        assertThat(claim("zh", "5月社会物流总额同比增长5.2%。", "zh", LOGISTICS, "5月").flagged()).isTrue();
        assertThat(claim("fr", "De janvier à juin, le total a atteint 197,7 billions de yuans.", "zh", LOGISTICS, "juin").flagged()).isTrue();
        String en = "Global car sales reached 7.22 million in July, down 1% from a year earlier and 8% from the previous month.";
        assertThat(claim("en", "Sales fell 8% from June.", "en", en, "June").flagged()).isFalse();
        assertThat(claim("en", "Sales fell 8% from May.", "en", en, "May").flagged()).isTrue();
        String fr = "Les ventes mondiales ont atteint 7,22 millions en juillet, en baisse de 8 % par rapport au mois précédent.";
        assertThat(claim("fr", "Les ventes ont reculé de 8 % par rapport à juin.", "fr", fr, "juin").flagged()).isFalse();
        // "上月" in a story with no other month is resolved against its publication, not read as the month before another
        assertThat(claim("zh", "阶跃星辰2月发布了新模型。", "zh", "阶跃星辰上月发布了新一代多模态模型。", "2月").flagged()).isTrue();
    }

    @Test
    void theLastThirtyDaysAreAPeriod() {
        String zh = "8月29日，国产电池级碳酸锂价格持平报7.44万元/吨，近5日累计跌580元，近30日累计跌12020元。";
        assertThat(claim("en", "It is down 12,020 yuan over 30 days.", "zh", zh, "30 days").flagged()).isFalse();
        assertThat(claim("fr", "Il a baissé de 12 020 yuans en 30 jours.", "zh", zh, "30 jours").flagged()).isFalse();
        assertThat(claim("en", "It is down 12,020 yuan over 60 days.", "zh", zh, "60 days").flagged()).isTrue();
        // a day of the month stays a day
        assertThat(claim("en", "The price was flat on August 29.", "zh", zh, "August 29").flagged()).isFalse();
    }
}
