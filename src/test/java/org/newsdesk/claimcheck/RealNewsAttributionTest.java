package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Session 6's rules from the real-news development part dev-news2.jsonl, one test per finder or rule: names across
 * scripts, moved figures in Chinese lists and beside their anchors, objects of verbs, the turn of the year, Chinese
 * person names by office, French nationalities, and years that make no range.
 */
class RealNewsAttributionTest {

    private static final LocalDate AUG_20 = LocalDate.of(2024, 8, 20);
    private static final String DIGEST = "陆家嘴财经早餐2024年8月20日星期二";
    private static final String EV = "新能源汽车股集体上涨，蔚来涨3.04%，小鹏汽车涨3.88%，理想汽车涨4.58%。";

    private final ClaimChecker checker = new ClaimChecker();

    private ClaimReport check(String draft, String language, String source, String sourceLanguage, LocalDate published) {
        return checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), sourceLanguage, source, published, DIGEST)));
    }

    private static Claim claim(ClaimReport report, String text) {
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    private static boolean found(ClaimReport report, String text) {
        return report.claims().stream().anyMatch(c -> c.text().equals(text));
    }

    @Test
    void aLatinNameForChineseSourcesIsCheckedByTheFiguresOfItsSentence() {
        // a company the alias table does not list: only the figures of its sentence can tie it to the sources
        String source = "新能源汽车股集体上涨，蔚来涨3.04%，赛力斯涨4.58%。";
        ClaimReport report = check("Nio rose 3.04% and Seres 4.58%.", "en", source, "zh", AUG_20);
        Claim seres = claim(report, "Seres");
        assertThat(seres.flagged()).isFalse();
        assertThat(seres.rule()).startsWith("name in another script");
        assertThat(seres.evidence().getFirst().passage()).contains("赛力斯涨4.58%");
        assertThat(claim(check("The carmaker Seres was founded by Zhang Xinghai.", "en", source, "zh", AUG_20), "Seres").flagged())
                .as("no figure of the sentence ties it to the sources").isTrue();
    }

    @Test
    void aChineseFigureMovedToAnotherLabelOfItsListIsFlagged() {
        ClaimReport swapped = check("蔚来涨4.58%，理想汽车涨3.04%。", "zh", EV, "zh", AUG_20);
        assertThat(claim(swapped, "4.58%").flagged()).isTrue();
        assertThat(claim(swapped, "4.58%").rule()).contains("swapped");
        assertThat(claim(swapped, "3.04%").flagged()).isTrue();
        ClaimReport kept = check("理想汽车涨4.58%，蔚来涨3.04%。", "zh", EV, "zh", AUG_20);
        assertThat(kept.claims()).noneMatch(Claim::flagged);
    }

    @Test
    void aFigureStatedWithAnotherFiguresAnchorsIsMoved() {
        String source = "Problematic cannabis use rose by 37 percent, from 0.90 percent to 1.23 percent, after legalization. "
                + "Among 12 to 17-year-olds cannabis use disorder rose by 25 percent, from 2.18 percent to 2.72 percent.";
        ClaimReport moved = check("Among teenagers, cannabis use disorder rose 37%, from 2.18% to 2.72%.", "en", source, "en", null);
        assertThat(claim(moved, "37%").flagged()).isTrue();
        assertThat(claim(moved, "37%").rule()).contains("moved").contains("25 percent");
        ClaimReport right = check("Among adults, problematic use rose 37%, from 0.90% to 1.23%.", "en", source, "en", null);
        assertThat(claim(right, "37%").flagged()).isFalse();
    }

    @Test
    void theObjectOfAVerbIsNotWhatTheClauseFigureIsSaidOf() {
        String source = "超威半导体（AMD）同意以49亿美元收购服务器制造商ZT SYSTEMS。";
        assertThat(claim(check("AMD agreed to buy server maker ZT Systems for $4.9 billion.", "en", source, "zh", AUG_20), "$4.9 billion")
                .flagged()).isFalse();
    }

    @Test
    void aMonthAcrossTheTurnOfTheYearIsReadByTheTenseOfItsClause() {
        LocalDate nov20 = LocalDate.of(2019, 11, 20);
        String future = "The 2020 Sentra, which goes on sale in late January, loses the old version’s upright econobox look.";
        assertThat(claim(check("The Sentra goes on sale in January 2020.", "en", future, "en", nov20), "January 2020").flagged()).isFalse();
        assertThat(claim(check("The Sentra went on sale in January 2019.", "en", future, "en", nov20), "January 2019").flagged()).isTrue();
        String past = "The governor said he was waiting for a teacher pay commission he appointed in February.";
        assertThat(claim(check("He appointed the commission in February 2019.", "en", past, "en", nov20), "February 2019").flagged()).isFalse();
        assertThat(claim(check("He appointed the commission in February 2020.", "en", past, "en", nov20), "February 2020").flagged()).isTrue();
    }

    @Test
    void chinesePersonNamesAfterAnOfficeOrAnAppointmentAreChecked() {
        String source = "国务院任免国家工作人员。任命熊继军为工信部副部长。国家移民管理局副局长刘海涛表示，前7个月入境外国人同比增长129.9%。";
        assertThat(claim(check("国务院任命王建平为工信部副部长。", "zh", source, "zh", AUG_20), "王建平").flagged()).isTrue();
        assertThat(claim(check("国家移民管理局副局长李海涛表示，入境外国人增长129.9%。", "zh", source, "zh", AUG_20), "李海涛").flagged()).isTrue();
        assertThat(claim(check("副局长刘海涛称，入境外国人同比增长129.9%。", "zh", source, "zh", AUG_20), "刘海涛").flagged()).isFalse();
    }

    @Test
    void aFrenchNationalityInLowerCaseIsTheNameOfItsCountry() {
        String source = "Le gouvernement « va mettre un veto » à la vente aux Américains de la société Segault.";
        LocalDate may25 = LocalDate.of(2023, 5, 25);
        assertThat(claim(check("Le gouvernement bloque la vente de Segault à un groupe allemand.", "fr", source, "fr", may25), "allemand").flagged())
                .isTrue();
        assertThat(claim(check("Le gouvernement bloque la vente de Segault à un groupe américain.", "fr", source, "fr", may25), "américain").flagged())
                .isFalse();
    }

    @Test
    void aYearBeforeASmallerNumberMakesNoRange() {
        String source = "汇丰银行将2024年和2025年的平均银价预测分别上调至每盎司27.40美元和28.50美元。";
        ClaimReport report = check("HSBC raised its forecasts for 2024 to $27.40 an ounce and for 2025 to $28.50.", "en", source, "zh", AUG_20);
        assertThat(report.claims()).noneMatch(Claim::flagged);
        assertThat(found(report, "$27.40")).isTrue();
    }
}
