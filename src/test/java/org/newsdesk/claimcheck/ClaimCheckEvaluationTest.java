package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The claim check scored on the development part of the labeled set (English, French and Chinese drafts with
 * their sources): a floor that catches regressions. The held-out test part is scored by {@code ./newsdesk
 * claims-eval} and quoted in the README; it is not asserted here, so that nobody tunes on it.
 */
class ClaimCheckEvaluationTest {

    static final Path DEVELOPMENT = Path.of(EvaluateClaims.DEVELOPMENT);

    @Test
    void flagsWhatItShouldOnTheLabeledSet() {
        EvaluateClaims.Score score = EvaluateClaims.evaluate(DEVELOPMENT);
        assertThat(score.cases()).isGreaterThanOrEqualTo(200);
        assertThat(score.recall()).as("recall; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision()).as("precision; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.90);
    }
}
