package org.newsdesk.claimcheck;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsdesk.claimcheck.internal.LabeledSet;

/**
 * Scores the claim check on a labeled set of drafts and their sources: how many of the claims it flags
 * should be flagged (precision), and how many of those that should be flagged it flags (recall).
 *
 * <p>Usage: {@code EvaluateClaims <labeled.jsonl>}. From the packaged application:
 *
 * <pre>
 * java -cp target/newsdesk-0.1.0-SNAPSHOT.jar -Dloader.main=org.newsdesk.claimcheck.EvaluateClaims \
 *      org.springframework.boot.loader.launch.PropertiesLauncher src/test/resources/claimcheck/labeled.jsonl
 * </pre>
 *
 * <p>The file holds one JSON object per line (blank lines are skipped), each a case:
 *
 * <pre>
 * {"id": "seed-sep-2023",
 *  "sources": [{"id": "s1", "language": "en", "publishedOn": "2024-02-12", "text": "... its Series C in September ..."}],
 *  "draft": [{"field": "keyData", "language": "en", "text": "Previous Valuation (Series C, Sep 2023) €11.7B"}],
 *  "mustFlag": ["Sep 2023"]}
 * </pre>
 *
 * <ul>
 * <li>{@code id}: a name for the case, unique in the file;
 * <li>{@code sources}: at least one, each with a unique {@code id}, a {@code language} ("en", "fr", "zh"), its
 * {@code text}, and {@code publishedOn} (ISO date, or null/absent when unknown);
 * <li>{@code draft}: at least one text field, each with {@code field}, {@code language} and {@code text}; a
 * field appears once per language;
 * <li>{@code mustFlag}: the exact claim texts (substrings of the draft) that a correct check flags as
 * unsupported or as an unsourced conversion; everything else in the draft should be supported. It may be
 * empty.
 * </ul>
 *
 * <p>A flagged claim is a true positive when its text overlaps an occurrence of a {@code mustFlag} entry,
 * and a false positive otherwise; a {@code mustFlag} entry is found when a flagged claim overlaps it. The
 * command prints each case's misses and false flags, then {@code precision 0.95}, {@code recall 0.97} and
 * {@code cases 42} on lines of their own. It exits with 0 after scoring, with 1 and a message naming the
 * line when the file is not a valid set, and with 2 when called without a file.
 */
public final class EvaluateClaims {

    /** The outcome of a run over a labeled set. */
    public record Score(int cases, int flagged, int truePositives, int mustFlag, int found, List<String> misses) {

        /** Share of flagged claims that should be flagged (1 when nothing is flagged). */
        public double precision() {
            return flagged == 0 ? 1 : (double) truePositives / flagged;
        }

        /** Share of the claims that should be flagged that are (1 when none should be). */
        public double recall() {
            return mustFlag == 0 ? 1 : (double) found / mustFlag;
        }
    }

    private EvaluateClaims() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: EvaluateClaims <labeled.jsonl>  (format: docs/claimcheck-eval-format.md)");
            System.exit(2);
        }
        Score score;
        try {
            score = evaluate(Path.of(args[0]));
        } catch (LabeledSet.Invalid e) {
            System.err.println("bad labeled set: " + e.getMessage());
            System.exit(1);
            return;
        }
        print(score, System.out);
    }

    static void print(Score score, PrintStream out) {
        score.misses().forEach(out::println);
        out.printf(Locale.ROOT, "flagged %d, of which %d should be; %d of %d claims that should be flagged were%n", score.flagged(),
                score.truePositives(), score.found(), score.mustFlag());
        out.printf(Locale.ROOT, "precision %.2f%n", score.precision());
        out.printf(Locale.ROOT, "recall %.2f%n", score.recall());
        out.printf(Locale.ROOT, "cases %d%n", score.cases());
    }

    /**
     * Runs the check on every case of a labeled set.
     *
     * @throws LabeledSet.Invalid when the file is not a valid labeled set
     */
    public static Score evaluate(Path file) {
        List<LabeledSet.Case> cases = LabeledSet.read(file);
        ClaimChecker checker = new ClaimChecker();
        List<String> misses = new ArrayList<>();
        int flagged = 0;
        int truePositives = 0;
        int mustFlag = 0;
        int found = 0;
        for (LabeledSet.Case c : cases) {
            ClaimReport report = checker.check(c.draft(), c.sources());
            List<int[]> spans = new ArrayList<>(); // draft index, start, end, mustFlag index
            for (int f = 0; f < c.mustFlag().size(); f++) {
                String claim = c.mustFlag().get(f);
                for (int d = 0; d < c.draft().size(); d++) {
                    String text = c.draft().get(d).text();
                    for (int at = text.indexOf(claim); at >= 0; at = text.indexOf(claim, at + 1)) {
                        spans.add(new int[] {d, at, at + claim.length(), f});
                    }
                }
            }
            boolean[] hit = new boolean[c.mustFlag().size()];
            for (Claim claim : report.unsupported()) {
                flagged++;
                int d = draftIndex(c.draft(), claim);
                boolean overlaps = false;
                for (int[] span : spans) {
                    if (span[0] == d && claim.start() < span[2] && span[1] < claim.end()) {
                        overlaps = true;
                        hit[span[3]] = true;
                    }
                }
                if (overlaps) {
                    truePositives++;
                } else {
                    misses.add("case " + c.id() + " (line " + c.line() + "): false flag \"" + claim.text() + "\" (" + claim.kind() + " in "
                            + claim.field() + "/" + claim.language() + "): " + claim.rule());
                }
            }
            for (int f = 0; f < hit.length; f++) {
                mustFlag++;
                if (hit[f]) {
                    found++;
                } else {
                    misses.add("case " + c.id() + " (line " + c.line() + "): missed \"" + c.mustFlag().get(f) + "\"" + because(report, c, f));
                }
            }
        }
        return new Score(cases.size(), flagged, truePositives, mustFlag, found, misses);
    }

    private static int draftIndex(List<DraftText> draft, Claim claim) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.get(i).field().equals(claim.field()) && draft.get(i).language().equals(claim.language())) {
                return i;
            }
        }
        return -1;
    }

    /** What the check made of a missed claim: supported by some rule, or not found as a claim at all. */
    private static String because(ClaimReport report, LabeledSet.Case c, int f) {
        String text = c.mustFlag().get(f);
        for (Claim claim : report.claims()) {
            int d = draftIndex(c.draft(), claim);
            String field = c.draft().get(d).text();
            for (int at = field.indexOf(text); at >= 0; at = field.indexOf(text, at + 1)) {
                if (claim.start() < at + text.length() && at < claim.end()) {
                    return ": found \"" + claim.text() + "\" as " + claim.kind() + ", supported: " + claim.rule();
                }
            }
        }
        return ": not found as a claim";
    }
}
