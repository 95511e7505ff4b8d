package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Session 9's name rules for Chinese-only sources, found on the fourth real-news development part (dev-news4.jsonl):
 * the institutions, markets and companies of a Chinese market digest in the table, places a Chinese text names without
 * their name (我国, 中美, 深市), Western names written by sound (努诺·马托斯), and a Latin name that its sentence ties
 * to another Chinese name of the sources (a swap, flagged with both names).
 */
class NamesAcrossScriptsSwapsTest {

    private static final LocalDate AUG_30 = LocalDate.of(2024, 8, 30);
    private static final String BANKS = "汇丰银行财富和个人银行业务首席执行官努诺·马托斯将因管理层变动辞职。"
            + "瑞银宣布胡知鸷将出任瑞银集团中国区总裁一职，全面负责领导和推进瑞银在华的战略布局与业务发展，该任命将于2024年9月16日生效。";

    private final ClaimChecker checker = new ClaimChecker();

    private ClaimReport check(String draft, String language, String source) {
        return checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), "zh", source, AUG_30, "Wind digest")));
    }

    private static Claim claim(ClaimReport report, String text) {
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    @Test
    void theDigestsInstitutionsAndCompaniesAreFoundByTheirChineseShortForms() {
        String bse = "北交所发布公告称，北交所上市委员会定于8月30日审议天工股份上市申请。";
        assertThat(claim(check("The Beijing Stock Exchange will review Tiangong's application on August 30.", "en", bse), "Beijing").flagged()).isFalse();
        assertThat(claim(check("La Bourse de Pékin examinera le dossier de Tiangong le 30 août.", "fr", bse), "Pékin").flagged()).isFalse();
        assertThat(claim(check("北京证券交易所将于8月30日审议天工股份的上市申请。", "zh", bse), "北京证券交易所").flagged()).isFalse();
        String gs = "高盛将苹果目标价上调至275美元。";
        assertThat(claim(check("Goldman Sachs raised its Apple target to $275.", "en", gs), "Goldman Sachs").flagged()).isFalse();
        assertThat(claim(check("Goldman Sachs raised its Apple target to $275.", "en", gs), "Apple").flagged()).isFalse();
        assertThat(claim(check("Morgan Stanley raised its Apple target to $275.", "en", gs), "Morgan Stanley").flagged())
                .as("摩根士丹利 is in no source, though the sentence's $275 is").isTrue();
    }

    @Test
    void aChineseTextNamesItsCountryAndTheCountriesOfACompoundWord() {
        String meet = "中美两国商务部拟于9月7日在天津举行工作会议。";
        ClaimReport en = check("The Chinese and US commerce ministries plan a meeting in Tianjin on September 7.", "en", meet);
        assertThat(claim(en, "Chinese").flagged()).isFalse();
        assertThat(claim(en, "US").flagged()).isFalse();
        ClaimReport fr = check("Les ministères du Commerce chinois et américain se réuniront à Tianjin le 7 septembre.", "fr", meet);
        assertThat(claim(fr, "chinois").flagged()).isFalse();
        assertThat(claim(fr, "américain").flagged()).isFalse();
        assertThat(claim(check("Les ministères du Commerce chinois et allemand se réuniront à Tianjin le 7 septembre.", "fr", meet), "allemand")
                .flagged()).isTrue();
        String green = "截至7月底，全国累计核发绿证8.89亿个，我国可再生能源开发利用水平不断提升。";
        assertThat(claim(check("China had issued 889 million green certificates by the end of July.", "en", green), "China").flagged()).isFalse();
        assertThat(claim(check("中国截至7月底累计核发绿证8.89亿个。", "zh", green), "中国").flagged()).isFalse();
        assertThat(claim(check("India had issued 889 million green certificates by the end of July.", "en", green), "India").flagged()).isTrue();
        String sz = "截至8月25日，深市共有178家公司披露2024年半年度分红方案。";
        assertThat(claim(check("178 Shenzhen-listed companies disclosed interim dividend plans.", "en", sz), "Shenzhen").flagged()).isFalse();
    }

    @Test
    void aWesternNameIsTheSourcesTransliterationBySound() {
        Claim matos = claim(check("Nuno Matos, head of wealth and personal banking at HSBC, will step down.", "en", BANKS), "Nuno Matos");
        assertThat(matos.flagged()).isFalse();
        assertThat(matos.rule()).contains("努诺·马托斯");
        assertThat(claim(check("Nuno Matos, directeur de la banque des particuliers de HSBC, va quitter ses fonctions.", "fr", BANKS), "Nuno Matos")
                .flagged()).isFalse();
        assertThat(claim(check("Pedro Santos, head of wealth and personal banking at HSBC, will step down.", "en", BANKS), "Pedro Santos").flagged())
                .as("no transliteration in the source sounds like Santos").isTrue();
        String ecb = "欧洲央行管委内格尔：核心通胀偏高，这是一大担忧。";
        assertThat(claim(check("The ECB's Nagel said core inflation is too high.", "en", ecb), "Nagel").flagged()).isFalse();
        assertThat(claim(check("The ECB's Lagarde said core inflation is too high.", "en", ecb), "Lagarde").flagged()).isTrue();
    }

    @Test
    void aCompanysPinyinNameBeforeItsKindIsTheSourcesName() {
        String ipo = "本周仅有1只新股申购，为创业板新股富特科技。";
        assertThat(claim(check("The only new share this week is ChiNext-bound Fute Technology.", "en", ipo), "ChiNext").flagged()).isFalse();
        assertThat(check("The only new share this week is ChiNext-bound Fute Technology.", "en", ipo).claims())
                .filteredOn(c -> c.text().startsWith("Fute")).isNotEmpty().noneMatch(Claim::flagged);
        assertThat(check("Cette semaine, seule Fuda Technology est proposée à la souscription.", "fr", ipo).claims())
                .filteredOn(c -> c.text().startsWith("Fuda")).isNotEmpty().allMatch(Claim::flagged);
    }

    @Test
    void aNameThatItsSentencesFigureTiesToAnotherChineseNameIsASwap() {
        Claim hsbc = claim(check("HSBC named Hu Zhizhi to lead its China business from September 16, 2024.", "en", BANKS), "HSBC");
        assertThat(hsbc.flagged()).as("the source gives September 16 to 瑞银's appointment").isTrue();
        assertThat(hsbc.rule()).contains("瑞银").contains("HSBC");
        assertThat(claim(check("UBS named Hu Zhizhi to lead its China business from September 16, 2024.", "en", BANKS), "UBS").flagged()).isFalse();
        assertThat(claim(check("HSBC a nommé Hu Zhizhi à la tête de ses activités en Chine à compter du 16 septembre 2024.", "fr", BANKS), "HSBC")
                .flagged()).isTrue();
        String elec = "截至8月23日，深市已有127家电子行业上市公司披露上半年业绩。其中，江波龙、TCL科技等42家公司净利润增速超100%，立讯精密、北方华创等7家公司净利润超10亿元。";
        assertThat(claim(check("Luxshare Precision was among the 7 companies that earned more than 1 billion yuan.", "en", elec), "Luxshare Precision")
                .flagged()).isFalse();
        String shares = "新能源汽车股集体上涨，蔚来涨3.04%，小鹏汽车涨3.88%，理想汽车涨4.58%。";
        assertThat(claim(check("Li Auto rose 3.88%.", "en", shares), "Li Auto").flagged())
                .as("理想汽车 has a figure of its own: the figure moved, which the figure's rule reads").isFalse();
    }

    @Test
    void aPersonPutWithAnotherCompanyOfTheSourcesIsASwap() {
        Claim matos = claim(check("Nuno Matos will become president of UBS Group China.", "en", BANKS), "Nuno Matos");
        assertThat(matos.flagged()).isTrue();
        assertThat(matos.rule()).contains("汇丰").contains("UBS");
        assertThat(claim(check("Nuno Matos, le patron de la banque des particuliers de HSBC, démissionne.", "fr", BANKS), "Nuno Matos").flagged()).isFalse();
    }
}
