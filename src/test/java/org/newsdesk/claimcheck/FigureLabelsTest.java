package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Session 8's attribution rules, found on dev-news3.jsonl: a figure is tied to the measure its words name (revenue,
 * profit, deliveries, earnings per share), to its comparison (year on year, on the previous quarter), to whether it
 * is an expectation or the result, and to its direction; and a figure whose source subject the draft names just
 * before it is no swapped name.
 */
class FigureLabelsTest {

    private static final LocalDate AUG_21 = LocalDate.of(2024, 8, 21);
    private static final String XPENG = "小鹏汽车第二季度交付30207辆汽车，同比增30.2%；总营收81.1亿元，同比增60.2%。";

    private final ClaimChecker checker = new ClaimChecker();

    private ClaimReport check(String draft, String language, String source) {
        return checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), "zh", source, AUG_21, "Wind digest")));
    }

    private static Claim claim(ClaimReport report, String text) {
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    @Test
    void aGrowthRateMovedToAnotherMeasureIsFlagged() {
        Claim moved = claim(check("XPeng's second-quarter revenue rose 30.2% to 8.11 billion yuan.", "en", XPENG), "30.2%");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).startsWith("another measure").contains("deliveries").contains("revenue");
        ClaimReport right = check("XPeng delivered 30,207 vehicles in the second quarter, up 30.2%, on revenue of 8.11 billion yuan, up 60.2%.", "en", XPENG);
        assertThat(claim(right, "30.2%").flagged()).isFalse();
        assertThat(claim(right, "60.2%").flagged()).isFalse();
    }

    @Test
    void yearOnYearAndOnThePreviousQuarterAreNotInterchangeable() {
        String source = "2024年第二季度中国市场折叠屏手机销量达262万部，同比增长125%，环比增长11%。";
        ClaimReport swapped = check("China's foldable sales rose 11% year on year and 125% quarter on quarter.", "en", source);
        assertThat(claim(swapped, "11%").rule()).startsWith("another comparison");
        assertThat(claim(swapped, "125%").flagged()).isTrue();
        ClaimReport right = check("Foldable sales reached 2.62 million units, up 125% year on year and 11% from the previous quarter.", "en", source);
        assertThat(right.claims()).noneMatch(Claim::flagged);
    }

    @Test
    void anExpectationGivenAsTheResultIsFlagged() {
        String source = "ZOOM第二财季调整后每股收益为1.39美元，预期1.22美元。";
        ClaimReport swapped = check("Zoom's adjusted earnings were $1.22 a share, against expectations of $1.39.", "en", source);
        assertThat(claim(swapped, "$1.22").rule()).startsWith("expectation and result swapped");
        assertThat(claim(swapped, "$1.39").flagged()).isTrue();
        ClaimReport right = check("Zoom earned an adjusted $1.39 a share, beating the $1.22 expected.", "en", source);
        assertThat(right.claims()).filteredOn(c -> c.text().startsWith("$")).noneMatch(Claim::flagged);
    }

    @Test
    void aRiseGivenAsAFallIsFlagged() {
        String source = "快手第二季度总营收同比增长11.6%至310亿元；直播业务收入同比下降6.7%至93亿元。";
        assertThat(claim(check("快手直播业务收入同比下降11.6%。", "zh", source), "11.6%").rule()).startsWith("another direction");
        assertThat(claim(check("快手第二季度总营收同比增长11.6%。", "zh", source), "11.6%").flagged()).isFalse();
    }

    @Test
    void aFigureOfTheNameTheDraftWritesJustBeforeItIsNoSwap() {
        String source = "香港交易及结算所有限公司称，伦敦金属交易所（LME）上半年核心利润同比增长82%至8.16亿美元。";
        assertThat(claim(check("HKEX said the LME's core profit rose 82% in the first half.", "en", source), "82%").flagged()).isFalse();
        String stocks = "波音跌4.2%，英特尔跌2.46%，领跌道指。";
        ClaimReport swapped = check("Intel fell 4.2% and Boeing 2.46%.", "en", stocks);
        assertThat(claim(swapped, "2.46%").flagged()).as("Intel is named before it, but with 4.2% between").isTrue();
    }
}
