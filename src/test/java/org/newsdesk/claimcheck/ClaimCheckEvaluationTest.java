package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The claim check scored on the development parts of the labeled set (English, French and Chinese drafts with
 * their sources): floors that catch regressions. The held-out test part is scored by {@code ./newsdesk
 * claims-eval} and quoted in the README; it is not asserted here, so that nobody tunes on it.
 */
class ClaimCheckEvaluationTest {

    static final Path DEVELOPMENT = Path.of(EvaluateClaims.DEVELOPMENT);

    static final Path REAL_NEWS = Path.of("src/test/resources/claimcheck/dev-news.jsonl");

    static final Path REAL_NEWS_2 = Path.of("src/test/resources/claimcheck/dev-news2.jsonl");

    static final Path REAL_NEWS_3 = Path.of("src/test/resources/claimcheck/dev-news3.jsonl");

    static final Path REAL_NEWS_4 = Path.of("src/test/resources/claimcheck/dev-news4.jsonl");

    @Test
    void flagsWhatItShouldOnTheLabeledSet() {
        assertScoresAtLeast(DEVELOPMENT, 0.90, 0.95);
    }

    /**
     * The development part written from real published news (dev-news-provenance.md): a floor at what the checker
     * reaches there today (precision 0.93, recall 0.87; recall is still under its target), so that a change that loses ground on
     * real stories fails the build.
     */
    @Test
    void holdsItsGroundOnTheRealNewsDevelopmentPart() {
        assertScoresAtLeast(REAL_NEWS, 0.92, 0.86);
    }

    /**
     * The second real-news development part (session 6, dev-news2-provenance.md: moved attributions, names across
     * scripts, Chinese person names, nationalities and relative dates): a floor at what the checker reaches there
     * (precision 0.87, recall 0.66 after session 7; 0.68 / 0.55 before), so that its mechanisms do not silently stop working.
     */
    @Test
    void holdsItsGroundOnTheSecondRealNewsDevelopmentPart() {
        assertScoresAtLeast(REAL_NEWS_2, 100, 0.85, 0.64);
    }

    /**
     * The third real-news development part (session 8, dev-news3-provenance.md: attribution to measures and offices, names
     * in pinyin and in characters, counts, multiples in words): a floor at what the checker reaches there in session 9
     * (precision 0.83, recall 0.77; 0.79 / 0.75 after session 8, 0.49 / 0.52 before it), so that those rules do not silently
     * stop working.
     */
    @Test
    void holdsItsGroundOnTheThirdRealNewsDevelopmentPart() {
        assertScoresAtLeast(REAL_NEWS_3, 150, 0.82, 0.76);
    }

    /**
     * The fourth real-news development part (session 9, dev-news4-provenance.md: derived and restated figures, attribution,
     * cross-language drafts): a floor at what the checker reaches there after session 9's figure rules (precision 0.58,
     * recall 0.54; 0.49 / 0.53 at the session's start), so that they do not silently stop working.
     */
    @Test
    void holdsItsGroundOnTheFourthRealNewsDevelopmentPart() {
        assertScoresAtLeast(REAL_NEWS_4, 350, 0.57, 0.53);
    }

    private static void assertScoresAtLeast(Path part, double precision, double recall) {
        assertScoresAtLeast(part, 200, precision, recall);
    }

    private static void assertScoresAtLeast(Path part, int cases, double precision, double recall) {
        EvaluateClaims.Score score = EvaluateClaims.evaluate(part);
        assertThat(score.cases()).isGreaterThanOrEqualTo(cases);
        assertThat(score.recall()).as("recall; misses: %s", score.misses()).isGreaterThanOrEqualTo(recall);
        assertThat(score.precision()).as("precision; misses: %s", score.misses()).isGreaterThanOrEqualTo(precision);
    }
}
