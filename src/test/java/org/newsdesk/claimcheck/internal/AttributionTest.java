package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names in Latin letters tied to Chinese ones by their reading, for comparing the owners of figures across scripts. */
class AttributionTest {

    @Test
    void aLatinNameReadsAsTheFirstCharactersOfAChineseOne() {
        assertThat(Attribution.readsAs("Quhuo", "趣活科技")).isTrue();
        assertThat(Attribution.readsAs("Xiaomi Group", "小米集团")).isTrue();
        assertThat(Attribution.readsAs("Vipshop", "唯品会")).isFalse();
        assertThat(Attribution.readsAs("Li", "理想汽车")).as("too short to tell").isFalse();
    }
}
