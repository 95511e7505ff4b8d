package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A count is "another meaning" only when the words after it and after the source's count name no unit in common: the
 * first unit word may differ ("157家A股产业链公司" counts shares first, companies after).
 */
class CountUnitsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 21);

    private static Claim claim(String draftLanguage, String draft, String sourceLanguage, String source, String text) {
        return Claims.claim(Claims.check(draftLanguage, draft, sourceLanguage, source, PUBLISHED), text);
    }

    @Test
    void countsWhoseNextWordsNameAUnitInCommonCountTheSameThing() {
        String zh = "截至8月20日，以半导体为样本的157家A股产业链公司中，已公布业绩的公司共有68家。";
        assertThat(claim("en", "Of 157 A-share chip companies, 68 had reported.", "zh", zh, "157").flagged()).isFalse();
        Claim other = claim("en", "Of 157 A-share chip investors, 68 had reported.", "zh", zh, "157");
        assertThat(other.flagged()).isTrue();
        assertThat(other.rule()).startsWith("different meaning");
        String en = "China has had 26 cases and 11 deaths between 2009 and 2018.";
        assertThat(claim("zh", "2009年至2018年间，中国出现26例病例，11人死亡。", "en", en, "11").flagged()).isFalse();
        assertThat(claim("zh", "2009年至2018年间，中国出现11个病例。", "en", en, "11").flagged()).isTrue();
        assertThat(claim("fr", "La tempête a fait 11 morts.", "en", "The storm killed 11 people.", "11").flagged()).isFalse();
        assertThat(claim("fr", "La Chine a compté 26 décès.", "en", en, "26").flagged()).isTrue();
    }
}
