package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.claimcheck.Claims.amount;
import static org.newsdesk.claimcheck.Claims.count;
import static org.newsdesk.claimcheck.Claims.in;
import static org.newsdesk.claimcheck.Claims.one;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.newsdesk.claimcheck.internal.ChineseNumerals;

class ChineseNumberNormalisationTest {

    @Test
    void wanAndYiScaleTheNumber() {
        assertThat(amount("zh", "融资30亿欧元")).isEqualTo(new ClaimValue.Amount(3.0e9, "EUR"));
        assertThat(amount("zh", "累计融资额1612.5亿美元")).isEqualTo(new ClaimValue.Amount(161.25e9, "USD"));
        assertThat(amount("zh", "完成7.05亿欧元债务融资")).isEqualTo(new ClaimValue.Amount(705e6, "EUR"));
        assertThat(count("zh", "采购1.38万块GPU")).isEqualTo(new ClaimValue.Count(13_800, "gpu"));
        assertThat(amount("zh", "约1.4万亿美元的协议")).isEqualTo(new ClaimValue.Amount(1.4e12, "USD"));
    }

    @Test
    void chineseNumeralsReadAsNumbers() {
        assertThat(ChineseNumerals.parse("三十亿")).isEqualByComparingTo("3000000000");
        assertThat(ChineseNumerals.parse("一千八百六十亿")).isEqualByComparingTo("186000000000");
        assertThat(ChineseNumerals.parse("两千")).isEqualByComparingTo("2000");
        assertThat(ChineseNumerals.parse("十二")).isEqualByComparingTo("12");
        assertThat(ChineseNumerals.parse("一千零五")).isEqualByComparingTo("1005");
        assertThat(ChineseNumerals.parse("三亿五千万")).isEqualByComparingTo("350000000");
        assertThat(ChineseNumerals.parse("一点五")).isEqualByComparingTo("1.5");
        assertThat(ChineseNumerals.parse("二〇二三")).isEqualByComparingTo("2023");
        assertThat(ChineseNumerals.parse("1.38万")).isEqualByComparingTo(new BigDecimal("13800"));
        assertThat(ChineseNumerals.parse("GPU")).isNull();
    }

    @Test
    void chineseNumeralAmountsAndCounts() {
        assertThat(amount("zh", "融资三十亿欧元")).isEqualTo(new ClaimValue.Amount(3.0e9, "EUR"));
        assertThat(count("zh", "已部署两千块GPU")).isEqualTo(new ClaimValue.Count(2000, "gpu"));
    }

    @Test
    void yuanAndRenminbiAreChineseYuan() {
        assertThat(amount("zh", "投入人民币1600亿元")).isEqualTo(new ClaimValue.Amount(160e9, "CNY"));
        assertThat(amount("zh", "约4000万元")).isEqualTo(new ClaimValue.Amount(40e6, "CNY"));
    }

    @Test
    void percentagesWithBaifenzhiOrSign() {
        assertThat(one(ClaimKind.PERCENT, "zh", "营收增长百分之十二").value()).isEqualTo(new ClaimValue.Percent(12));
        assertThat(one(ClaimKind.PERCENT, "zh", "成本上升4.5%").value()).isEqualTo(new ClaimValue.Percent(4.5));
        assertThat(one(ClaimKind.PERCENT, "zh", "成本上升４．５％").value()).isEqualTo(new ClaimValue.Percent(4.5));
    }

    @Test
    void approximateAmountsInParenthesesKeepTheirMark() {
        Claim c = one(ClaimKind.AMOUNT, "zh", "(约35亿美元)");
        assertThat(c.text()).isEqualTo("约35亿美元");
        assertThat(c.value()).isEqualTo(new ClaimValue.Amount(3.5e9, "USD"));
    }

    @Test
    void numeralsInsideWordsAreNoFigures() {
        assertThat(in("zh", "这是一个零头,统一的市场之一,三星也在其中。").stream().map(Claim::kind))
                .doesNotContain(ClaimKind.COUNT, ClaimKind.AMOUNT);
    }
}
