package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A week or weekend the draft names by its days, against a source's "last week", "上周末" or "下周". */
class WeekSpansTest {

    private Claim claim(String draft, String language, String source, String sourceLanguage, LocalDate published, String text) {
        return Claims.titled(draft, language, source, sourceLanguage, published, "Wire", text);
    }

    @Test
    void theWeekOfItsMondayIsTheSourcesLastWeek() {
        String source = "John Williams said in a speech last week that tensions threaten growth.";
        LocalDate monday = LocalDate.of(2019, 11, 18);
        Claim week = claim("Williams spoke in the week of November 11, 2019.", "en", source, "en", monday, "November 11, 2019");
        assertThat(week.flagged()).isFalse();
        assertThat(week.rule()).startsWith("\"last week\" in a story of Mon 2019-11-18 = 2019-11-11 to 2019-11-17, which holds 2019-11-11 — «Wire»: “John Williams");
        assertThat(claim("Williams spoke in the week of November 4, 2019.", "en", source, "en", monday, "November 4, 2019").flagged()).isTrue();
        assertThat(claim("Williams spoke on November 11, 2019.", "en", source, "en", monday, "November 11, 2019").flagged())
                .as("a day on its own is no week").isTrue();
    }

    @Test
    void aWeekendAndANextWeekAcrossLanguages() {
        String source = "全球最大食糖出口国巴西的甘蔗田上周末发生火灾。日本内阁最快将于下周批准使用预算储备。";
        LocalDate wednesday = LocalDate.of(2024, 8, 28);
        assertThat(claim("Fires broke out over the weekend of August 24-25, 2024.", "en", source, "zh", wednesday, "August 24").flagged()).isFalse();
        assertThat(claim("Fires broke out over the weekend of August 17-18, 2024.", "en", source, "zh", wednesday, "August 17").flagged()).isTrue();
        assertThat(claim("Le Japon pourrait approuver dès la semaine du 2 septembre 2024 ces subventions.", "fr", source, "zh", wednesday,
                "2 septembre 2024").flagged()).isFalse();
        assertThat(claim("Le Japon pourrait approuver dès la semaine du 9 septembre 2024 ces subventions.", "fr", source, "zh", wednesday,
                "9 septembre 2024").flagged()).isTrue();
        assertThat(claim("日本内阁最快将于9月2日至6日当周批准。", "zh", source, "zh", wednesday, "9月2日").flagged()).isFalse();
    }

    @Test
    void lastWeekBeforeACountIsStillLastWeek() {
        String source = "外汇交易中心数据显示，上周三大人民币汇率指数全线下跌，CFETS人民币汇率指数报98.39。";
        Claim week = claim("8月12日至16日当周，CFETS人民币汇率指数报98.39。", "zh", source, "zh", LocalDate.of(2024, 8, 20), "8月12日");
        assertThat(week.flagged()).isFalse();
        assertThat(week.rule()).startsWith("\"上周\" in a story of Tue 2024-08-20 = 2024-08-12 to 2024-08-18");
    }
}
