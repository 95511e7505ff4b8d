package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Session 8's count and multiple rules, found on dev-news3.jsonl: Chinese numerals before a measure word are
 * counts ("三个误区", "两到三次"), "four in five" is a share, "eighty-two" a number, an hour or a model year no count,
 * "divisé par deux" no count of two; "翻两番" is a quadrupling, "增长了5倍" stands for "fivefold", and a multiple the
 * source states in words holds though the draft's sentence has other figures.
 */
class CountsAndMultiplesTest {

    private static final LocalDate AUG_21 = LocalDate.of(2024, 8, 21);

    private final ClaimChecker checker = new ClaimChecker();

    private ClaimReport check(String draft, String language, String source, String sourceLanguage) {
        return checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), sourceLanguage, source, AUG_21, "source")));
    }

    private static Claim claim(ClaimReport report, String text) {
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    @Test
    void aChineseNumeralBeforeAMeasureWordIsACount() {
        String source = "交易商协会副秘书长徐忠表示，当前债券市场存在三个认识上的误区。瑞典央行称，政策利率今年可能再下调两到三次。";
        assertThat(claim(check("徐忠表示，债券市场存在四个认识上的误区。", "zh", source, "zh"), "四").flagged()).isTrue();
        ClaimReport right = check("Xu Zhong named three misconceptions; the Riksbank could cut two or three more times.", "en", source, "zh");
        assertThat(right.claims()).filteredOn(c -> c.kind() == ClaimKind.COUNT).isNotEmpty().noneMatch(Claim::flagged);
    }

    @Test
    void wordsThatAreNoCountsAreNotCheckedAsCounts() {
        String source = "Of the 68 companies that reported, 55 posted growth, or 80.88%. The game sold 4.5 million copies by 8 p.m.";
        ClaimReport report = check("Four in five of the companies that reported posted growth; sales passed 4.5 million by 8 p.m.", "en", source, "en");
        assertThat(report.claims()).noneMatch(c -> c.text().equals("Four") || c.text().equals("five") || c.text().equals("8"));
        assertThat(report.claims()).filteredOn(c -> c.kind() == ClaimKind.PERCENT).singleElement().satisfies(c -> assertThat(c.flagged()).isFalse());
        assertThat(claim(check("Eighty-two people were quarantined.", "en", "28 people were quarantined.", "en"), "Eighty-two").flagged()).isTrue();
        assertThat(check("Tesla rappelle des Model X de 2016 ; sa perte est divisée par deux.", "fr", "特斯拉在美召回9136辆2016年款Model X汽车。", "zh")
                .claims()).noneMatch(c -> c.kind() == ClaimKind.COUNT);
    }

    @Test
    void chineseMultiplesInWordsSupportTheirTranslation() {
        String bain = "贝恩公司报告显示，全球电池需求预计将在2023年至2030年间翻两番，达到4100吉瓦时。";
        assertThat(claim(check("Bain expects battery demand to quadruple by 2030.", "en", bain, "zh"), "quadruple").flagged()).isFalse();
        assertThat(claim(check("Selon Bain, la demande de batteries doublera d'ici 2030.", "fr", bain, "zh"), "doublera").flagged()).isTrue();
        String gold = "瑞士7月黄金出口量从6月份的68.4吨攀升至106.4吨。其中，对印度增长了5倍，达到35.1吨。";
        Claim fivefold = claim(check("Exports rose from 68.4 tonnes to 106.4 tonnes; shipments to India grew fivefold.", "en", gold, "zh"), "fivefold");
        assertThat(fivefold.flagged()).isFalse();
        assertThat(fivefold.rule()).startsWith("same multiple");
    }

    @Test
    void aCountOfAListTheSourceWritesOutIsSupported() {
        String source = "It has previously tested removing likes in Italy, Canada, Ireland, Japan, Brazil, Australia, New Zealand, and the United States.";
        Claim eight = claim(check("Instagram had tested hiding likes in eight countries, including Italy and Japan.", "en", source, "en"), "eight");
        assertThat(eight.flagged()).isFalse();
        assertThat(eight.rule()).startsWith("a list of 8");
        assertThat(claim(check("Instagram had tested hiding likes in six countries.", "en", source, "en"), "six").flagged()).isTrue();
    }

    @Test
    void casesAndDeathsAreCountsOfDifferentThings() {
        String source = "According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015, with 584 deaths.";
        ClaimReport swapped = check("WHO counted 584 cases worldwide between 2010 and 2015, with 3,248 deaths.", "en", source, "en");
        assertThat(claim(swapped, "584").rule()).startsWith("different meaning");
        assertThat(claim(swapped, "3,248").flagged()).isTrue();
        ClaimReport right = check("WHO counted 3,248 cases between 2010 and 2015, with 584 deaths.", "en", source, "en");
        assertThat(right.claims()).filteredOn(c -> c.kind() == ClaimKind.COUNT).noneMatch(Claim::flagged);
    }
}
