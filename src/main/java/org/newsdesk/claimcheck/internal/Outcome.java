package org.newsdesk.claimcheck.internal;

import java.util.List;

import org.newsdesk.claimcheck.Evidence;
import org.newsdesk.claimcheck.Verdict;

/** What a rule decided about a claim: the verdict, the rule in words, and the source passages that support it. */
record Outcome(Verdict verdict, String rule, List<Evidence> evidence) {
    static Outcome supported(String rule, List<Evidence> evidence) {
        return new Outcome(Verdict.SUPPORTED, rule, evidence);
    }

    static Outcome unsupported(String rule) {
        return new Outcome(Verdict.UNSUPPORTED, rule, List.of());
    }
}
