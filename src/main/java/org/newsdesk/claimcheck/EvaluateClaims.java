package org.newsdesk.claimcheck;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.newsdesk.claimcheck.internal.LabeledSet;

/**
 * Scores the claim check on labeled sets of drafts and their sources: how many of the claims it flags
 * should be flagged (precision), and how many of those that should be flagged it flags (recall), overall,
 * per category of claim and per language.
 *
 * <p>Usage: {@code EvaluateClaims [labeled.jsonl ...]}. Without a file it scores the two parts of the
 * project's set, the development part the checker is tuned on ({@value #DEVELOPMENT}) and the two held-out test
 * parts ({@value #TEST} and {@value #TEST2}), each written before the changes it scores and never tuned on. From the packaged
 * application ({@code ./newsdesk claims-eval [FILE]} does the same):
 *
 * <pre>
 * java -cp target/newsdesk-0.1.0-SNAPSHOT.jar -Dloader.main=org.newsdesk.claimcheck.EvaluateClaims \
 *      org.springframework.boot.loader.launch.PropertiesLauncher src/test/resources/claimcheck/test.jsonl
 * </pre>
 *
 * <p>The format is in {@code docs/claimcheck-eval-format.md}: one JSON object per line, each a case with
 * {@code id}, {@code sources} (each with {@code id}, {@code language}, {@code text}, {@code publishedOn} and
 * optionally {@code title}), {@code draft} (fields with {@code field}, {@code language}, {@code text}),
 * {@code mustFlag} (the claim texts a correct check flags) and optionally {@code category}.
 *
 * <p>A flagged claim is a true positive when its text overlaps an occurrence of a {@code mustFlag} entry,
 * and a false positive otherwise; a {@code mustFlag} entry is found when a flagged claim overlaps it. A claim
 * counts in its case's category (or, for a case without one, in the category of its kind) and in the
 * language of the draft field it is in; "cross-language" counts again the claims of fields written in a
 * language none of the case's sources is in. The command prints each case's misses and false flags, a table
 * per part, then {@code precision 0.95}, {@code recall 0.97} and {@code cases 42} on lines of their own. It
 * exits with 0 after scoring and with 1 and a message naming the line when a file is not a valid set.
 */
public final class EvaluateClaims {

    /** The development part of the project's labeled set, which the checker is tuned on. */
    public static final String DEVELOPMENT = "src/test/resources/claimcheck/dev.jsonl";

    /** The held-out test part of the project's labeled set, never tuned on. */
    public static final String TEST = "src/test/resources/claimcheck/test.jsonl";

    /**
     * A second held-out test part, written in session 4 by someone who had not seen the checker's failures,
     * scored before the changes it measures and never tuned on.
     */
    public static final String TEST2 = "src/test/resources/claimcheck/test2.jsonl";

    static final String CROSS_LANGUAGE = "cross-language";

    /** Counts for one slice of a set (a category, a language, or all of it). */
    public record Tally(int flagged, int truePositives, int mustFlag, int found) {

        static final Tally ZERO = new Tally(0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(flagged + o.flagged, truePositives + o.truePositives, mustFlag + o.mustFlag, found + o.found);
        }

        /** Share of flagged claims that should be flagged (1 when nothing is flagged). */
        public double precision() {
            return flagged == 0 ? 1 : (double) truePositives / flagged;
        }

        /** Share of the claims that should be flagged that are (1 when none should be). */
        public double recall() {
            return mustFlag == 0 ? 1 : (double) found / mustFlag;
        }
    }

    /** The outcome of a run over a labeled set. */
    public record Score(int cases, int flagged, int truePositives, int mustFlag, int found, List<String> misses,
            Map<String, Tally> byCategory, Map<String, Tally> byLanguage) {

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
        Map<String, Path> parts = new LinkedHashMap<>();
        if (args.length == 0) {
            parts.put("development part (tuned on)", Path.of(DEVELOPMENT));
            parts.put("test part (held out, never tuned on)", Path.of(TEST));
            parts.put("second test part (held out, never tuned on)", Path.of(TEST2));
            if (!Files.exists(parts.get("development part (tuned on)"))) {
                System.err.println("The labeled sets are read from the project folder: run this from it, or name a file "
                        + "(format: docs/claimcheck-eval-format.md).");
                System.exit(2);
            }
        } else {
            for (String a : args) {
                parts.put(Path.of(a).getFileName().toString(), Path.of(a));
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (var part : parts.entrySet()) {
            try {
                scores.put(part.getKey(), evaluate(part.getValue()));
            } catch (LabeledSet.Invalid e) {
                System.err.println("bad labeled set: " + e.getMessage());
                System.exit(1);
                return;
            }
        }
        for (var s : scores.entrySet()) {
            System.out.println("== " + s.getKey() + ": " + parts.get(s.getKey()));
            print(s.getValue(), System.out);
            System.out.println();
        }
    }

    static void print(Score score, PrintStream out) {
        score.misses().forEach(out::println);
        out.printf(Locale.ROOT, "%-16s %7s %6s %8s %6s %10s %7s%n", "", "flagged", "right", "to flag", "found", "precision", "recall");
        score.byCategory().forEach((k, t) -> row(out, k, t));
        out.println();
        score.byLanguage().forEach((k, t) -> row(out, k, t));
        row(out, "all", new Tally(score.flagged(), score.truePositives(), score.mustFlag(), score.found()));
        out.printf(Locale.ROOT, "flagged %d, of which %d should be; %d of %d claims that should be flagged were%n", score.flagged(),
                score.truePositives(), score.found(), score.mustFlag());
        out.printf(Locale.ROOT, "precision %.2f%n", score.precision());
        out.printf(Locale.ROOT, "recall %.2f%n", score.recall());
        out.printf(Locale.ROOT, "cases %d%n", score.cases());
    }

    private static void row(PrintStream out, String name, Tally t) {
        out.printf(Locale.ROOT, "%-16s %7d %6d %8d %6d %10.2f %7.2f%n", name, t.flagged(), t.truePositives(), t.mustFlag(), t.found(),
                t.precision(), t.recall());
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
        Map<String, Tally> byCategory = new TreeMap<>((a, b) -> Integer.compare(categoryOrder(a), categoryOrder(b)) != 0
                ? Integer.compare(categoryOrder(a), categoryOrder(b)) : a.compareTo(b));
        Map<String, Tally> byLanguage = new TreeMap<>((a, b) -> a.equals(b) ? 0 : a.equals(CROSS_LANGUAGE) ? 1 : b.equals(CROSS_LANGUAGE) ? -1 : a.compareTo(b));
        Tally all = Tally.ZERO;
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
                int d = draftIndex(c.draft(), claim);
                boolean overlaps = false;
                for (int[] span : spans) {
                    if (span[0] == d && claim.start() < span[2] && span[1] < claim.end()) {
                        overlaps = true;
                        hit[span[3]] = true;
                    }
                }
                Tally t = new Tally(1, overlaps ? 1 : 0, 0, 0);
                count(byCategory, byLanguage, c, c.category() != null ? c.category() : category(claim), claim.language(), t);
                all = all.plus(t);
                if (!overlaps) {
                    misses.add("case " + c.id() + " (line " + c.line() + "): false flag \"" + claim.text() + "\" (" + claim.kind() + " in "
                            + claim.field() + "/" + claim.language() + "): " + claim.rule());
                }
            }
            for (int f = 0; f < hit.length; f++) {
                Tally t = new Tally(0, 0, 1, hit[f] ? 1 : 0);
                Claim near = claimAt(report, c, f);
                String language = firstField(c, c.mustFlag().get(f)).language();
                count(byCategory, byLanguage, c, c.category() != null ? c.category() : near == null ? "unclassified" : category(near), language, t);
                all = all.plus(t);
                if (!hit[f]) {
                    misses.add("case " + c.id() + " (line " + c.line() + "): missed \"" + c.mustFlag().get(f) + "\""
                            + (near == null ? ": not found as a claim" : ": found \"" + near.text() + "\" as " + near.kind() + ", supported: " + near.rule()));
                }
            }
        }
        return new Score(cases.size(), all.flagged(), all.truePositives(), all.mustFlag(), all.found(), misses, byCategory, byLanguage);
    }

    private static void count(Map<String, Tally> byCategory, Map<String, Tally> byLanguage, LabeledSet.Case c, String category,
            String language, Tally t) {
        byCategory.merge(category, t, Tally::plus);
        byLanguage.merge(language, t, Tally::plus);
        if (c.sources().stream().noneMatch(s -> s.language().equals(language))) {
            byLanguage.merge(CROSS_LANGUAGE, t, Tally::plus);
        }
    }

    private static int categoryOrder(String category) {
        int i = LabeledSet.CATEGORIES.indexOf(category);
        return i < 0 ? LabeledSet.CATEGORIES.size() : i;
    }

    /** The category of a claim by what it states, for cases that name none. */
    static String category(Claim claim) {
        if (claim.rule() != null && claim.rule().contains("swapped")) {
            return "attribution";
        }
        return switch (claim.kind()) {
            case AMOUNT -> "amounts";
            case COUNT -> "counts";
            case PERCENT -> "percentages";
            case DATE, PERIOD -> "dates";
            case RATIO -> "ratios";
            case ENTITY -> "names";
        };
    }

    private static DraftText firstField(LabeledSet.Case c, String text) {
        return c.draft().stream().filter(d -> d.text().contains(text)).findFirst().orElseThrow();
    }

    private static int draftIndex(List<DraftText> draft, Claim claim) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.get(i).field().equals(claim.field()) && draft.get(i).language().equals(claim.language())) {
                return i;
            }
        }
        return -1;
    }

    /** The claim the check found where a mustFlag entry is, flagged or not; null when it found none there. */
    private static Claim claimAt(ClaimReport report, LabeledSet.Case c, int f) {
        String text = c.mustFlag().get(f);
        for (Claim claim : report.claims()) {
            int d = draftIndex(c.draft(), claim);
            String field = c.draft().get(d).text();
            for (int at = field.indexOf(text); at >= 0; at = field.indexOf(text, at + 1)) {
                if (claim.start() < at + text.length() && at < claim.end()) {
                    return claim;
                }
            }
        }
        return null;
    }
}
