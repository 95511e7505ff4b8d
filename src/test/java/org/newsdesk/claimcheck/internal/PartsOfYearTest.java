package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.claimcheck.ClaimValue.YearPart;

class PartsOfYearTest {

    private static List<YearPart> parts(String text, String language) {
        return PartsOfYear.find(text, language).stream().map(PartsOfYear.Found::value).toList();
    }

    @Test
    void quartersInThreeLanguages() {
        assertThat(parts("China AI funding | Q3 2025 | 435", "en")).containsExactly(new YearPart(2025, 7, 9));
        assertThat(parts("In the third quarter, deals rose.", "en")).containsExactly(new YearPart(0, 7, 9));
        assertThat(parts("Revenue for the third quarter of fiscal 2026 was a record.", "en")).containsExactly(new YearPart(2026, 7, 9));
        assertThat(parts("Au T3 2025, le secteur a levé plus.", "fr")).containsExactly(new YearPart(2025, 7, 9));
        assertThat(parts("Au troisième trimestre, le chiffre d'affaires a progressé.", "fr")).containsExactly(new YearPart(0, 7, 9));
        assertThat(parts("2025年第三季度,融资事件435笔。", "zh")).containsExactly(new YearPart(2025, 7, 9));
        assertThat(PartsOfYear.find("今年三季度新增融资435笔", "zh").getFirst().relativeYear()).isZero();
    }

    @Test
    void halvesInThreeLanguages() {
        assertThat(parts("US startup funding | H1 2025 | ~$145B", "en")).containsExactly(new YearPart(2025, 1, 6));
        assertThat(parts("The chips ship in the second half of 2026.", "en")).containsExactly(new YearPart(2026, 7, 12));
        assertThat(parts("Au premier semestre 2025, les start-up ont levé 145 milliards.", "fr")).containsExactly(new YearPart(2025, 1, 6));
        assertThat(parts("2025年上半年,寒武纪营收28.81亿元。", "zh")).containsExactly(new YearPart(2025, 1, 6));
        assertThat(new YearPart(2025, 1, 6).display()).isEqualTo("H1 2025");
        assertThat(new YearPart(0, 7, 9).display()).isEqualTo("Q3");
    }

    @Test
    void aLetterAndDigitThatIsNoPartOfTheYear() {
        assertThat(parts("Kimi K2 and the T4 GPU", "en")).isEmpty();
        assertThat(parts("La gamme S1 de la marque", "fr")).isEmpty();
    }
}
