package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Session 8's rules from dev-news3.jsonl on offices and parts of the year: a vice-minister's office given to the
 * minister is a swapped role (more surnames are known, 辛 among them); "第二财季" is a second quarter; six months are a
 * half-year a source reports on.
 */
class RolesAndPartsOfYearTest {

    private static final LocalDate AUG_22 = LocalDate.of(2024, 8, 22);

    private final ClaimChecker checker = new ClaimChecker();

    private Claim claim(String draft, String language, String source, String text) {
        ClaimReport report = checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), "zh", source, AUG_22, "Wind digest")));
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    @Test
    void theViceMinistersOfficeGivenToTheMinisterIsASwappedRole() {
        String source = "工信部部长金壮龙发文指出，数据基础设施是重要支撑。工信部副部长辛国斌表示，工信部将推动机器人产业创新。";
        Claim moved = claim("工信部副部长金壮龙表示，工信部将推动机器人产业创新。", "zh", source, "金壮龙");
        assertThat(moved.flagged()).isTrue();
        assertThat(moved.rule()).contains("辛国斌");
        assertThat(claim("工信部部长金壮龙指出，数据基础设施是重要支撑。", "zh", source, "金壮龙").flagged()).isFalse();
    }

    @Test
    void aFiscalQuarterAndAHalfYearAreReadAsPartsOfTheYear() {
        String zoom = "ZOOM第二财季调整后每股收益为1.39美元，预期1.22美元。";
        assertThat(claim("Zoom earned $1.39 a share in its fiscal second quarter.", "en", zoom, "second quarter").flagged()).isFalse();
        String xiaomi = "2024年上半年公司实现营收1643.95亿元，经调整净利润为126.66亿元，同比增长51.3%。";
        Claim six = claim("Xiaomi's adjusted net profit grew 51.3% in the first six months.", "en", xiaomi, "six months");
        assertThat(six.flagged()).isFalse();
        assertThat(six.rule()).contains("上半年");
        assertThat(claim("Xiaomi's profit grew 51.3% in eight months.", "en", xiaomi, "eight months").flagged()).isTrue();
    }
}
