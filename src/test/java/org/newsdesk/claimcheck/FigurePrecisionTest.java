package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Figures a draft states correctly in another form than the sources: sums and differences, a list's currency, fiscal quarters, last year's months, multiples. */
class FigurePrecisionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 26);

    private static Claim en(String draft, String source, String text) {
        return Claims.claim(Claims.check("en", draft, "en", source, PUBLISHED), text);
    }

    @Test
    void aSumOrDifferenceOfOneSentencesFiguresIsSupportedAndAWrongOneIsNot() {
        String source = "The company sold 1,250 cars in January and 1,430 cars in February. Revenue was $2.4 billion from hardware and $1.1 billion from services.";
        Claim sum = en("It sold 2,680 cars in the two months.", source, "2,680");
        assertThat(sum.flagged()).isFalse();
        assertThat(sum.rule()).startsWith("derived: 1,250 + 1,430 = 2680");
        assertThat(en("It sold 180 more cars in February.", source, "180").rule()).startsWith("derived: 1,430 − 1,250 = 180");
        assertThat(en("Revenue totalled $3.5 billion.", source, "$3.5 billion").flagged()).isFalse();
        assertThat(en("It sold 2,780 cars in the two months.", source, "2,780").flagged()).isTrue();
        assertThat(en("Revenue totalled $3.7 billion.", source, "$3.7 billion").flagged()).isTrue();
        assertThat(en("Sales rose by $9 million.", "Sales rose to $12 million from $3 million.", "$9 million").flagged()).isFalse();
        assertThat(en("Sales rose by $8 million.", "Sales rose to $12 million from $3 million.", "$8 million").flagged()).isTrue();
    }

    @Test
    void figuresOfNeighbouringSentencesAddUpOnlyWhenTheDraftSaysItAdds() {
        String source = "It counts 67 listed companies. Of these, 9 companies are new.";
        assertThat(en("Funds hold shares in 76 listed companies.", source, "76").flagged()).isTrue();
        assertThat(en("Funds hold shares in 76 companies in total.", source, "76").flagged()).isFalse();
        // a figure written to four digits or more adds up without saying so; a wrong one stays flagged
        String deliveries = "Nio said on Tuesday it delivered 20,544 vehicles in July, up 33% year on year. Its rival XPeng delivered 11,145 vehicles in the same month.";
        assertThat(en("Nio and XPeng delivered 31,689 vehicles in July.", deliveries, "31,689").flagged()).isFalse();
        assertThat(en("Nio and XPeng delivered 31,698 vehicles in July.", deliveries, "31,698").flagged()).isTrue();
    }

    @Test
    void aCurrencyWrittenOnceForAListIsEveryFiguresOfIt() {
        ClaimReport report = Claims.check("en", "Revenue reached $2.76 billion and $2.05 billion.", "fr",
                "Les revenus ont atteint 2,76 milliards (+106 %) et 2,05 milliards de dollars.", PUBLISHED);
        assertThat(Claims.claim(report, "$2.76 billion").flagged()).isFalse();
        assertThat(Claims.claim(Claims.check("en", "Revenue reached €2.76 billion.", "fr",
                "Les revenus ont atteint 2,76 milliards (+106 %) et 2,05 milliards de dollars.", PUBLISHED), "€2.76 billion").flagged()).isTrue();
    }

    @Test
    void aChineseFiscalQuarterIsAQuarter() {
        Claim q = Claims.claim(Claims.check("en", "Zoom earned $1.39 a share in its fiscal second quarter.", "zh",
                "ZOOM第二财季调整后每股收益为1.39美元，预期1.22美元。", LocalDate.of(2024, 8, 22)), "second quarter");
        assertThat(q.flagged()).isFalse();
        assertThat(Claims.claim(Claims.check("en", "Zoom earned $1.39 a share in its fiscal third quarter.", "zh",
                "ZOOM第二财季调整后每股收益为1.39美元，预期1.22美元。", LocalDate.of(2024, 8, 22)), "third quarter").flagged()).isTrue();
    }

    @Test
    void aLaterMonthInThePastTenseIsLastYearsWithinThreeMonths() {
        String source = "The company was founded in December and has raised $10 million since.";
        assertThat(en("Founded in December 2023, the company has raised $10 million.", source, "December 2023").flagged()).isFalse();
        assertThat(en("Founded in December 2024, the company has raised $10 million.", source, "December 2024").flagged()).isTrue();
        Claim farAhead = Claims.claim(Claims.check("en", "It was valued in September 2023.", "en", "It was valued in its Series C in September.",
                LocalDate.of(2024, 2, 12)), "September 2023");
        assertThat(farAhead.flagged()).isTrue();
    }

    @Test
    void multiplesTheSourcesStateInWordsHoldInOtherWords() {
        LocalDate published = LocalDate.of(2024, 8, 21);
        String bain = "贝恩公司报告显示，全球电池需求预计将在2023年至2030年间翻两番，达到4100吉瓦时。";
        assertThat(Claims.claim(Claims.check("en", "Bain expects global battery demand to quadruple by 2030.", "zh", bain, published), "quadruple").flagged())
                .isFalse();
        assertThat(Claims.claim(Claims.check("fr", "Bain prévoit que la demande doublera d'ici 2030.", "zh", bain, published), "doublera").flagged())
                .isTrue();
        String gold = "其中，对印度增长了5倍，达到35.1吨。";
        assertThat(Claims.claim(Claims.check("en", "Shipments to India grew fivefold.", "zh", gold, published), "fivefold").flagged()).isFalse();
        assertThat(Claims.claim(Claims.check("en", "Shipments to India grew sixfold.", "zh", gold, published), "sixfold").flagged()).isFalse();
        assertThat(Claims.claim(Claims.check("en", "Shipments to India grew ninefold.", "zh", gold, published), "ninefold").flagged()).isTrue();
        String loss = "归属公司普通股东净亏损12.8亿元，上年同期亏损28亿元。";
        ClaimReport halved = Claims.check("fr", "XPeng a plus que divisé par deux sa perte nette, à 1,28 milliard de yuans contre 2,8 milliards.", "zh", loss,
                published);
        assertThat(halved.claims()).filteredOn(c -> c.kind() == ClaimKind.RATIO).singleElement().satisfies(c -> assertThat(c.flagged()).isFalse());
        assertThat(halved.claims()).noneMatch(c -> c.text().equals("deux"));
    }

    @Test
    void aCountMayBeTheNumberOfItemsASourceLists() {
        String source = "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties.";
        Claim six = en("The virus has been reported in six counties.", source, "six");
        assertThat(six.flagged()).isFalse();
        assertThat(six.rule()).startsWith("a list of 6 in ");
        assertThat(six.evidence().getFirst().matched()).isEqualTo("Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren");
        assertThat(en("The virus has been reported in seven counties.", source, "seven").flagged()).isTrue();
        String likes = "It has tested removing likes in Italy, Canada, Ireland, Japan, Brazil, Australia, New Zealand, and the United States.";
        assertThat(en("It tested hiding likes in eight countries, including Italy, Canada and Japan.", likes, "eight").flagged()).isFalse();
        assertThat(en("It tested hiding likes in nine countries, including Italy, Canada and Japan.", likes, "nine").flagged()).isTrue();
    }

    @Test
    void theYearBeforeAnotherIsTheOneASourceCallsThePreviousYear() {
        String source = "Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year.";
        LocalDate published = LocalDate.of(2019, 11, 20);
        Claim before = Claims.claim(Claims.check("en", "Dealers sold 303,417 new vehicles in 2018, up 4% from 2017.", "en", source, published), "2017");
        assertThat(before.flagged()).isFalse();
        assertThat(before.rule()).startsWith("the year before 2018");
        assertThat(Claims.claim(Claims.check("en", "Dealers sold 303,417 new vehicles in 2018, up 4% from 2016.", "en", source, published), "2016").flagged())
                .isTrue();
    }
}
