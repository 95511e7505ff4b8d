package org.newsdesk.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClaimAuditTest {

    @Test
    void namesTheRuleOfAVerdictByItsOpeningWords() {
        assertThat(ClaimAudit.ruleOf("swapped name: in «T» \"24.85\" goes with 沃尔玛, not JD.com")).isEqualTo("swapped name");
        assertThat(ClaimAudit.ruleOf("no source gives 215")).isEqualTo("no source gives");
        assertThat(ClaimAudit.ruleOf("no source gives $100,000; «T0» gives $10 million (wrong magnitude: ×100)")).isEqualTo("wrong magnitude");
        assertThat(ClaimAudit.ruleOf("no source gives 18 months, and no two dates in the sources are about 18 months apart"))
                .isEqualTo("no source gives (period)");
        assertThat(ClaimAudit.ruleOf("another measure: in «T» 30.2% is the deliveries, the draft gives it as the revenue")).isEqualTo("another measure");
        assertThat(ClaimAudit.ruleOf("converted from €20B at 1.158 USD per EUR")).isEqualTo("converted from");
    }

    @Test
    void readsDevelopmentPartsOnly() {
        assertThat(ClaimAudit.isDevelopmentPart(Path.of("src/test/resources/claimcheck/dev-news3.jsonl"))).isTrue();
        assertThat(ClaimAudit.isDevelopmentPart(Path.of("src/test/resources/claimcheck/test4.jsonl"))).isFalse();
    }

    @Test
    void talliesEachRulesFlagsAndHowManyAreRight() {
        List<EvaluateClaims.Flag> flags = new ArrayList<>();
        EvaluateClaims.Score score = EvaluateClaims.evaluate(Path.of("src/test/resources/claimcheck/dev-news3.jsonl"), flags::add);
        assertThat(flags).hasSize(score.flagged());
        Map<String, ClaimAudit.RuleTally> tallies = ClaimAudit.tally(flags);
        assertThat(tallies.values().stream().mapToInt(ClaimAudit.RuleTally::flagged).sum()).isEqualTo(score.flagged());
        assertThat(tallies.values().stream().mapToInt(ClaimAudit.RuleTally::right).sum()).isEqualTo(score.truePositives());
        assertThat(tallies).containsKey("no source gives");
    }
}
