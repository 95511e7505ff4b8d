package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.claimcheck.Claims.date;
import static org.newsdesk.claimcheck.Claims.one;

import org.junit.jupiter.api.Test;

class DateNormalisationTest {

    @Test
    void englishDatesKeepTheirPrecision() {
        assertThat(date("en", "its Series C, Sep 2023, was large")).isEqualTo(new ClaimValue.DateValue(2023, 9, 0));
        assertThat(date("en", "its Series C from September.")).isEqualTo(new ClaimValue.DateValue(0, 9, 0));
        assertThat(date("en", "on April 1, 2027 it opens")).isEqualTo(new ClaimValue.DateValue(2027, 4, 1));
        assertThat(date("en", "on 30 March 2026 it said")).isEqualTo(new ClaimValue.DateValue(2026, 3, 30));
        assertThat(date("en", "filed 2026-03-30")).isEqualTo(new ClaimValue.DateValue(2026, 3, 30));
        assertThat(date("en", "it opens in 2027")).isEqualTo(new ClaimValue.DateValue(2027, 0, 0));
        assertThat(date("en", "its Series C, Sep 2023, was large").precision()).isEqualTo(ClaimValue.DateValue.Precision.MONTH);
    }

    @Test
    void theModalMayIsNoMonth() {
        assertThat(Claims.in("en", "Regulators May act; the company may raise more.").stream().map(Claim::kind)).doesNotContain(ClaimKind.DATE);
    }

    @Test
    void frenchDates() {
        assertThat(date("fr", "annoncé le 30 mars 2026")).isEqualTo(new ClaimValue.DateValue(2026, 3, 30));
        assertThat(date("fr", "inauguré le 1er avril 2027")).isEqualTo(new ClaimValue.DateValue(2027, 4, 1));
        assertThat(date("fr", "en septembre, Mistral")).isEqualTo(new ClaimValue.DateValue(0, 9, 0));
        assertThat(date("fr", "le 30/03/2026")).isEqualTo(new ClaimValue.DateValue(2026, 3, 30));
    }

    @Test
    void chineseDates() {
        assertThat(date("zh", "其2023年9月C轮融资")).isEqualTo(new ClaimValue.DateValue(2023, 9, 0));
        assertThat(date("zh", "于2026年3月30日披露")).isEqualTo(new ClaimValue.DateValue(2026, 3, 30));
        assertThat(date("zh", "其9月C轮融资")).isEqualTo(new ClaimValue.DateValue(0, 9, 0));
        assertThat(date("zh", "其九月C轮融资")).isEqualTo(new ClaimValue.DateValue(0, 9, 0));
        assertThat(date("zh", "十二月发布")).isEqualTo(new ClaimValue.DateValue(0, 12, 0));
    }

    @Test
    void periodsInThreeLanguagesInMonths() {
        assertThat(one(ClaimKind.PERIOD, "en", "half a year after its Series C").value()).isEqualTo(new ClaimValue.Period(6));
        assertThat(one(ClaimKind.PERIOD, "en", "after two years of racing").value()).isEqualTo(new ClaimValue.Period(24));
        assertThat(one(ClaimKind.PERIOD, "en", "an 18-month delay").value()).isEqualTo(new ClaimValue.Period(18));
        assertThat(one(ClaimKind.PERIOD, "fr", "après deux années dominées").value()).isEqualTo(new ClaimValue.Period(24));
        assertThat(one(ClaimKind.PERIOD, "fr", "en six mois").value()).isEqualTo(new ClaimValue.Period(6));
        assertThat(one(ClaimKind.PERIOD, "zh", "半年估值翻近一倍").value()).isEqualTo(new ClaimValue.Period(6));
        assertThat(one(ClaimKind.PERIOD, "zh", "经历两年模型竞赛").value()).isEqualTo(new ClaimValue.Period(24));
        assertThat(one(ClaimKind.PERIOD, "zh", "六个月后").value()).isEqualTo(new ClaimValue.Period(6));
    }

    @Test
    void theFirstHalfOfTheYearIsNoPeriod() {
        assertThat(Claims.in("zh", "上半年营收增长").stream().map(Claim::kind)).doesNotContain(ClaimKind.PERIOD);
    }
}
