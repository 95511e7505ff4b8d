package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TenseAndLabelsTest {

    private static Mention first(String text, String language, String what) {
        Doc d = new Doc(null, "summary", language, text, LocalDate.of(2019, 11, 20));
        d.extract(new Extractor.Words() {
            @Override
            public boolean seenInLowerCase(String w) {
                return false;
            }

            @Override
            public boolean knownName(String key) {
                return false;
            }
        });
        return d.mentions.stream().filter(m -> m.text.strip().equals(what)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " in " + d.mentions));
    }

    @Test
    void theNearestWordOfTenseBeforeADateDecides() {
        assertThat(Tense.before(first("The Sentra, which goes on sale in late January, is new.", "en", "January"))).isEqualTo(Tense.Of.FUTURE);
        assertThat(Tense.before(first("A commission he appointed in February will report.", "en", "February"))).isEqualTo(Tense.Of.PAST);
        assertThat(Tense.before(first("Le sommet est prévu en janvier.", "fr", "janvier"))).isEqualTo(Tense.Of.FUTURE);
        assertThat(Tense.before(first("Sales in January.", "en", "January"))).isEqualTo(Tense.Of.NONE);
    }

    @Test
    void aChineseLabelIsTheSegmentBeforeTheFigureWithoutItsVerb() {
        assertThat(ChineseLabels.label(first("新能源汽车股集体上涨，蔚来涨3.04%，小鹏汽车涨3.88%。", "zh", "3.88%"))).isEqualTo("小鹏汽车");
        assertThat(ChineseLabels.label(first("前7个月，签发口岸签证同比上升182.9%。", "zh", "182.9%"))).isEqualTo("签发口岸签证");
    }
}
