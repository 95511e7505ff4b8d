package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Session 8's name rules, found on the third real-news development part (dev-news3.jsonl): Chinese person names
 * written in pinyin and in characters, titles before a name, and the curated table of companies, markets and
 * institutions in English, French and Chinese.
 */
class NamesAcrossScriptsTest {

    private static final LocalDate AUG_22 = LocalDate.of(2024, 8, 22);
    private static final String XIAOMI = "小米集团总裁卢伟冰在业绩会上回应了小米汽车SU7亏损的原因。";

    private final ClaimChecker checker = new ClaimChecker();

    private ClaimReport check(String draft, String language, String source, String sourceLanguage) {
        return checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), sourceLanguage, source, AUG_22, "Wind digest")));
    }

    private static Claim claim(ClaimReport report, String text) {
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    @Test
    void aChineseNameInPinyinIsTheSourcesNameInCharacters() {
        Claim lu = claim(check("Xiaomi president Lu Weibing explained the SU7's losses.", "en", XIAOMI, "zh"), "Lu Weibing");
        assertThat(lu.flagged()).isFalse();
        assertThat(lu.rule()).contains("卢伟冰").contains("luweibing");
        assertThat(lu.evidence().getFirst().matched()).isEqualTo("卢伟冰");
        assertThat(claim(check("Xiaomi president Wang Xiang explained the SU7's losses.", "en", XIAOMI, "zh"), "Wang Xiang").flagged())
                .as("王翔 is in no source").isTrue();
    }

    @Test
    void aNameInCharactersIsTheSourcesNameInPinyin() {
        String source = "Xiaomi president Lu Weibing said the car business was still small.";
        assertThat(claim(check("小米集团总裁卢伟冰表示，汽车业务规模仍较小。", "zh", source, "en"), "卢伟冰").flagged()).isFalse();
        assertThat(claim(check("小米集团总裁王翔表示，汽车业务规模仍较小。", "zh", source, "en"), "王翔").flagged()).isTrue();
    }

    @Test
    void aTitleBeforeANameIsNoNameOfItsOwn() {
        String source = "国务院副总理何立峰同俄罗斯副总理切尔内申科共同主持会议。";
        ClaimReport report = check("Vice Premier He Lifeng co-chaired the meeting.", "en", source, "zh");
        assertThat(report.claims()).noneMatch(c -> c.text().contains("Vice") || c.text().contains("Premier"));
        assertThat(report.claims()).filteredOn(c -> c.text().contains("Lifeng")).isNotEmpty().noneMatch(Claim::flagged);
        assertThat(check("Le ministre de l'Industrie a pris la parole.", "fr", source, "zh").claims()).noneMatch(c -> c.text().equals("Industrie"));
    }

    @Test
    void aCompanyOfTheTableIsFoundInItsChineseFormAndFlaggedWhenTheSourcesNeverNameIt() {
        String source = "供应链透露，三星电子以及SK海力士均已提出通知，DDR5单季价格将上涨15%以上。";
        ClaimReport right = check("Samsung Electronics and SK Hynix told customers DDR5 prices will rise more than 15%.", "en", source, "zh");
        assertThat(claim(right, "SK Hynix").flagged()).isFalse();
        assertThat(claim(right, "SK Hynix").rule()).contains("SK海力士");
        ClaimReport wrong = check("Samsung Electronics and Micron told customers DDR5 prices will rise more than 15%.", "en", source, "zh");
        assertThat(claim(wrong, "Micron").flagged()).as("美光 is in no source, though the sentence's 15% is").isTrue();
        assertThat(claim(check("Les responsables de la Fed attendent une baisse en septembre.", "fr", "美联储会议纪要显示，9月可能适合降息。", "zh"), "Fed")
                .flagged()).isFalse();
    }

    @Test
    void aPlaceOpeningALongerChineseNameIsNamedToo() {
        String source = "瑞典央行8月将关键利率如期下调25基点至3.5%。";
        ClaimReport report = check("Sweden's central bank, the Riksbank, cut its key rate to 3.5%.", "en", source, "zh");
        assertThat(claim(report, "Sweden").flagged()).isFalse();
        assertThat(claim(report, "Riksbank").flagged()).isFalse();
        assertThat(claim(check("Norway's central bank cut its key rate to 3.5%.", "en", source, "zh"), "Norway").flagged()).isTrue();
    }
}
