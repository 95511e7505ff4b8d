package org.newsdesk.claimcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.newsdesk.claimcheck.ClaimKind;
import org.newsdesk.claimcheck.ClaimValue;

/** Each finder on its own, over a text no other finder has read: what it takes, and what it leaves to the others. */
class FindersTest {

    private static final Extractor.Words NO_WORDS = new Extractor.Words() {
        @Override
        public boolean seenInLowerCase(String lower) {
            return false;
        }

        @Override
        public boolean knownName(String key) {
            return false;
        }
    };

    private static List<String> found(String language, String text, LocalDate published, Consumer<Scan> finder) {
        String folded = Fold.fold(text);
        Scan scan = new Scan(folded, language, Sentences.of(folded), NO_WORDS, published, published != null);
        finder.accept(scan);
        return scan.sorted().stream().map(m -> m.kind + " " + m.text + " = " + m.value.display()).toList();
    }

    @Test
    void theDateFinderResolvesASourcesWeekdayAndLeavesFiguresAlone() {
        assertThat(found("en", "Anthropic said on Thursday it raised $30 billion in Q1.", LocalDate.of(2026, 3, 5), s -> new DateFinder(s).find()))
                .containsExactly("DATE Thursday = 2026-03-05", "DATE Q1 = Q1 2026");
    }

    @Test
    void aDateIsReadWholeThoughAWordBeforeItHoldsAMonthsLetters() {
        // "Laughed" holds "aug": the window it opens ends just after "Oct.", and used to leave the day out
        assertThat(found("en", "Laughed.\n\nDespite Mr. Trump's Oct. 11 announcement, nothing.", LocalDate.of(2019, 11, 18),
                s -> new DateFinder(s).find())).containsExactly("DATE Oct. 11 = 11 Oct");
    }

    @Test
    void thePeriodFinderReadsPeriodsInThreeLanguages() {
        assertThat(found("en", "It took 18 months.", null, s -> new PeriodFinder(s).find())).containsExactly("PERIOD 18 months = 18 months");
        assertThat(found("zh", "估值半年翻倍。", null, s -> new PeriodFinder(s).find())).containsExactly("PERIOD 半年 = 6 months");
    }

    @Test
    void theRatioFinderReadsHedgedMultiples() {
        assertThat(found("en", "Revenue nearly doubled.", null, s -> new RatioFinder(s).find())).hasSize(1).first().asString()
                .startsWith("RATIO nearly doubled");
        assertThat(found("fr", "Le chiffre d'affaires a été multiplié par dix.", null, s -> new RatioFinder(s).find())).hasSize(1);
        assertThat(found("fr", "Il a demandé à son équipe de plus que tripler ce chiffre.", null, s -> new RatioFinder(s).find())).hasSize(1).first()
                .asString().startsWith("RATIO plus que tripler");
    }

    @Test
    void theFigureFinderReadsAmountsCountsAndNumberWords() {
        assertThat(found("fr", "Mistral AI lève 1,7 milliard d'euros avec une dizaine d'investisseurs.", null, s -> {
            FigureFinder f = new FigureFinder(s);
            f.findWords();
            f.findNumbers();
        })).containsExactly("AMOUNT 1,7 milliard d'euros = " + new ClaimValue.Amount(1.7e9, "EUR").display(), "COUNT une dizaine = "
                + new ClaimValue.Count(10, null).display());
    }

    @Test
    void theNameFinderTakesGazetteerNamesWithTheirModelNumberBeforeTheNumbers() {
        List<String> names = found("zh", "华为发布昇腾910芯片，H Company随后跟进。", null, s -> {
            NameFinder n = new NameFinder(s);
            FigureFinder f = new FigureFinder(s);
            n.findGazetteerNames();
            f.findNumbers();
            n.findOtherNames();
        });
        assertThat(names).contains("ENTITY 昇腾910 = 昇腾910", "ENTITY H Company = H Company").noneMatch(n -> n.startsWith(ClaimKind.COUNT.name()));
    }
}
