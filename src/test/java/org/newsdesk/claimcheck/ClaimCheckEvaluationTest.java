package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The claim check scored on the labeled set of English, French and Chinese drafts with their sources. */
class ClaimCheckEvaluationTest {

    static final Path LABELED = Path.of("src/test/resources/claimcheck/labeled.jsonl");

    @Test
    void flagsWhatItShouldOnTheLabeledSet() {
        EvaluateClaims.Score score = EvaluateClaims.evaluate(LABELED);
        assertThat(score.cases()).isGreaterThanOrEqualTo(40);
        assertThat(score.recall()).as("recall; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.precision()).as("precision; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.90);
    }
}
