package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rules found on the real-news development part: what a reviewer sees for restatements of published stories. */
class RealNewsRulesTest {

    private final ClaimChecker checker = new ClaimChecker();

    private Claim claim(String draft, String language, String source, String sourceLanguage, LocalDate published, String title, String text) {
        ClaimReport report = checker.check(List.of(new DraftText("summary", language, draft)),
                List.of(new SourceText(new SourceId("s1"), sourceLanguage, source, published, title)));
        return report.claims().stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim \"" + text + "\" in " + report.claims()));
    }

    @Test
    void theHeadlineIsPartOfWhatTheSourceSays() {
        String source = "Le blogueur anticorruption devenu l’ennemi numéro 1 du Kremlin comparaît devant la justice ce mardi.";
        Claim name = claim("Alexei Navalny appears in court on Tuesday, February 2, 2021.", "en", source, "fr", LocalDate.of(2021, 2, 1),
                "Alexeï Navalny : vent debout, jusqu’au bout", "Alexei Navalny");
        assertThat(name.flagged()).isFalse();
        assertThat(name.evidence().getFirst().sourceTitle()).isEqualTo("Alexeï Navalny : vent debout, jusqu’au bout");
        assertThat(claim("Alexei Navalny appears in court on Tuesday, February 2, 2021.", "en", source, "fr", LocalDate.of(2021, 2, 1),
                "Alexeï Navalny : vent debout, jusqu’au bout", "Tuesday, February 2, 2021").flagged()).isFalse();
        assertThat(claim("Yulia Navalnaya appears in court on Tuesday.", "en", source, "fr", LocalDate.of(2021, 2, 1),
                "Alexeï Navalny : vent debout, jusqu’au bout", "Yulia Navalnaya").flagged()).isTrue();
    }

    @Test
    void aDayInTheComingMonthsIsThisYearsButOneMonthsAwayStaysOpen() {
        String source = "2018年中非合作论坛北京峰会将于9月3日至4日举行。";
        LocalDate published = LocalDate.of(2018, 8, 29);
        Claim upcoming = claim("The summit takes place in September 2018.", "en", source, "zh", published, "聚焦中非合作论坛北京峰会", "September 2018");
        assertThat(upcoming.flagged()).isFalse();
        assertThat(upcoming.rule()).startsWith("\"9月3日\" without a year, resolved against the publication date");
        assertThat(claim("The summit took place in September 2017.", "en", source, "zh", published, "聚焦中非合作论坛北京峰会", "September 2017").flagged())
                .isTrue();
        Claim farAhead = claim("It was valued in September 2023.", "en", "It was valued in its Series C in September.", "en",
                LocalDate.of(2024, 2, 12), "Mistral", "September 2023");
        assertThat(farAhead.flagged()).isTrue();
        assertThat(farAhead.rule()).startsWith("year added");
    }

    @Test
    void aModelNumberWithAnXIsNoMultipleAndTwiceAloneCountsOccasions() {
        assertThat(Claims.in("en", "Emirates cut its 777X commitment by 30 jets, to 126.")).noneMatch(c -> c.kind() == ClaimKind.RATIO);
        assertThat(Claims.one(ClaimKind.RATIO, "en", "Inference got 10x cheaper in a year.").value()).isInstanceOf(ClaimValue.Ratio.class);
        assertThat(Claims.in("en", "Trump was impeached twice by the House.")).noneMatch(c -> c.kind() == ClaimKind.RATIO);
        assertThat(Claims.one(ClaimKind.RATIO, "en", "Its valuation is twice the $10 billion of last year.").text()).isEqualTo("twice");
    }

    @Test
    void aPlainSpaceGroupsThousandsInFrenchButSeparatesNumbersInEnglish() {
        assertThat(Claims.in("en", "Its fleet of roughly 400 737 Max jets has been grounded.")).filteredOn(c -> c.kind() == ClaimKind.COUNT)
                .first().extracting(c -> c.value()).isEqualTo(new ClaimValue.Count(400, null));
        assertThat(Claims.count("fr", "Soit 100 000 logements de moins.").value()).isEqualTo(100000.0);
    }

    @Test
    void aDateWrittenWithItsWeekdayMustFallOnIt() {
        String source = "Les annonces le 22 mai d’Elisabeth Borne sur le « plan d’action » du gouvernement.";
        LocalDate published = LocalDate.of(2023, 5, 25);
        Claim wrong = claim("Elisabeth Borne presented the plan on Tuesday, May 22.", "en", source, "fr", published, "Le Monde", "Tuesday, May 22");
        assertThat(wrong.flagged()).isTrue();
        assertThat(wrong.rule()).isEqualTo("wrong weekday: 2023-05-22 was a Monday, not a Tuesday");
        assertThat(claim("Elisabeth Borne presented the plan on Monday, May 22, 2023.", "en", source, "fr", published, "Le Monde",
                "Monday, May 22, 2023").flagged()).isFalse();
        assertThat(claim("纳瓦尔尼于2月2日（周二）出庭。", "zh", "Navalny comparaît devant la justice ce mardi.", "fr", LocalDate.of(2021, 2, 1),
                "Libération", "2月2日（周二）").flagged()).isFalse();
    }

    @Test
    void bothDaysOfAPairAreDates() {
        String source = "2018年中非合作论坛北京峰会将于9月3日至4日举行。";
        LocalDate published = LocalDate.of(2018, 8, 29);
        assertThat(claim("Le sommet se tiendra les 3 et 4 septembre 2018.", "fr", source, "zh", published, "Xinhua", "4 septembre 2018").flagged()).isFalse();
        assertThat(claim("Le sommet se tiendra les 3 et 4 septembre 2018.", "fr", source, "zh", published, "Xinhua", "3").kind())
                .isEqualTo(ClaimKind.DATE);
        assertThat(claim("The summit is on September 3-4, 2018.", "en", source, "zh", published, "Xinhua", "4, 2018").flagged()).isFalse();
        assertThat(claim("The summit is on September 4-5, 2018.", "en", source, "zh", published, "Xinhua", "5, 2018").flagged()).isTrue();
    }

    @Test
    void aFigureBelongsToTheNameThatExpectsItOrToNoNameAfterAContrast() {
        String source = "Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter. Wall Street predicted $2.52 a share.";
        LocalDate published = LocalDate.of(2019, 11, 19);
        Claim expected = claim("Home Depot earned $2.53 a share, a cent above the $2.52 Wall Street expected.", "en", source, "en", published, "Barron's",
                "$2.52");
        assertThat(expected.flagged()).isFalse();
        assertThat(claim("Home Depot earned $2.52 a share, below the $2.53 Wall Street expected.", "en", source, "en", published, "Barron's", "$2.52")
                .flagged()).isTrue();
        String oil = "U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day.";
        assertThat(claim("Brent was at $60.73, while U.S. crude fell to $55.12.", "en", oil, "en", published, "Reuters", "$55.12").flagged()).isFalse();
        assertThat(claim("Brent fell to $55.12.", "en", oil, "en", published, "Reuters", "$55.12").flagged()).isTrue();
    }

    @Test
    void aMultipleIsCheckedOnTheTwoFiguresTheDraftWritesBesideIt() {
        String source = "Emirates will buy 30 Boeing 787-9 jets. It comes in addition to five 787 Dreamliner sales earlier this week: "
                + "two to Biman Bangladesh Airlines and three to the Ghanaian government.";
        LocalDate published = LocalDate.of(2019, 11, 20);
        Claim right = claim("The 30-jet order is six times the five Dreamliners sold earlier in the week.", "en", source, "en", published, "CNBC", "six times");
        assertThat(right.flagged()).isFalse();
        assertThat(right.rule()).startsWith("ratio 30/5 = 6.00 ≈ ×6 (30 and five, both in the draft's sentence)");
        Claim wrong = claim("The 30-jet order is ten times the five Dreamliners sold earlier in the week.", "en", source, "en", published, "CNBC", "ten times");
        assertThat(wrong.flagged()).isTrue();
        assertThat(wrong.rule()).contains("the draft's own figures 30 and five");
    }

    @Test
    void aPersonTheSourcesDoNotNameIsFlaggedThoughATitleOfTheirsPrecedesIt() {
        String source = "Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds. Boeing delivered 787 Dreamliner jets.";
        LocalDate published = LocalDate.of(2019, 11, 20);
        Claim invented = claim("Ombudsman Jeanine Añez said the deaths were caused by gunshot wounds.", "en", source, "en", published, "RT",
                "Ombudsman Jeanine Añez");
        assertThat(invented.flagged()).isTrue();
        assertThat(invented.rule()).isEqualTo("no source names Jeanine Añez");
        assertThat(claim("Ombudsman Nadia Cruz said so.", "en", source, "en", published, "RT", "Ombudsman Nadia Cruz").flagged()).isFalse();
        assertThat(claim("Emirates ordered 30 Dreamliners.", "en", source, "en", published, "RT", "Dreamliners").flagged()).isFalse();
    }

    @Test
    void aNumberTheSourceWritesAsPartOfANameIsNoFigure() {
        String source = "The streaming platform does not run its showcase launch title Destiny 2 in native 4K.";
        LocalDate published = LocalDate.of(2019, 11, 18);
        Claim two = claim("Destiny 2 renders at a native 1080p on Stadia.", "en", source, "en", published, "Wccftech", "2");
        assertThat(two.flagged()).isFalse();
        assertThat(two.rule()).startsWith("part of the name Destiny 2 as the source writes it — «Wccftech»");
        assertThat(claim("Destiny 3 renders at a native 1080p on Stadia.", "en", source, "en", published, "Wccftech", "3").flagged()).isTrue();
    }

    @Test
    void theHeadOfAnInstitutionsNameInTranslationIsNoClaim() {
        ClaimReport report = checker.check(List.of(new DraftText("summary", "en", "Trump was impeached by the House of Representatives and by the House of Lords.")),
                List.of(new SourceText(new SourceId("s1"), "fr", "Mis en accusation à deux reprises par la Chambre des représentants.",
                        LocalDate.of(2023, 5, 25), "Le Monde")));
        assertThat(report.claims()).extracting(Claim::text).doesNotContain("House of Representatives").contains("House of Lords");
        assertThat(report.unsupported()).extracting(Claim::text).containsExactly("House of Lords");
    }

    @Test
    void thePublicationMonthIsNoSupportWhenTheSourceSaysNextMonth() {
        String source = "Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output further at a meeting with fellow exporters next month.";
        LocalDate published = LocalDate.of(2019, 11, 19);
        assertThat(claim("俄罗斯不太可能在2019年11月的会议上同意进一步减产。", "zh", source, "en", published, "Reuters", "2019年11月").flagged()).isTrue();
        assertThat(claim("俄罗斯不太可能在2019年12月的会议上同意进一步减产。", "zh", source, "en", published, "Reuters", "2019年12月").flagged()).isFalse();
        assertThat(claim("Oil fell in November 2019.", "en", "Oil fell after sources told Reuters that Russia is unlikely to cut output.", "en",
                published, "Reuters", "November 2019").flagged()).as("no relative month: the publication's month stands").isFalse();
    }

    @Test
    void aNameInAnotherScriptIsAnchoredByAFigureAcrossASemicolon() {
        String source = "零跑汽车董事长朱江明表示，新芯片已经流片。零跑B10起售价11.98万元。";
        LocalDate published = LocalDate.of(2024, 8, 28);
        String joined = "The carmaker Leapmotor said the new chip had taped out; the B10 starts at 119,800 yuan.";
        assertThat(claim(joined, "en", source, "zh", published, "Wind", "Leapmotor").flagged()).isFalse();
        assertThat(claim("The carmaker Leapmotor said the new chip had taped out.", "en", source, "zh", published, "Wind", "Leapmotor").flagged())
                .as("no figure or day of the sources in its sentence").isTrue();
    }
}
