package org.newsdesk.claimcheck;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.newsdesk.claimcheck.internal.LabeledSet;

/**
 * Scores the claim check on labeled sets of drafts and their sources: how many of the claims it flags
 * should be flagged (precision), and how many of those that should be flagged it flags (recall), overall,
 * per category of claim and per language.
 *
 * <p>Usage: {@code EvaluateClaims [labeled.jsonl ...]}. Without a file it scores every part of the project's set in
 * {@code src/test/resources/claimcheck}: the development parts the checker is tuned on ({@code dev*.jsonl}) and every
 * held-out part ({@code test*.jsonl}, each written before the changes it scores and never tuned on; a new one is
 * picked up by its name), then the held-out parts combined. Held-out parts print their tables only, not their case
 * lines, so that reading the output does not tune on them; naming one file prints its cases. From the packaged
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

    static final String CROSS_LANGUAGE = "cross-language";

    private static final Comparator<String> CATEGORY_ORDER = Comparator.comparingInt(EvaluateClaims::categoryOrder)
            .thenComparing(Comparator.naturalOrder());

    private static final Comparator<String> LANGUAGE_ORDER = Comparator.comparing((String l) -> l.equals(CROSS_LANGUAGE))
            .thenComparing(Comparator.naturalOrder());

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
        if (args.length == 0) {
            Path folder = Path.of(DEVELOPMENT).getParent();
            if (!Files.exists(Path.of(DEVELOPMENT))) {
                System.err.println("The labeled sets are read from the project folder: run this from it, or name a file "
                        + "(format: docs/claimcheck-eval-format.md).");
                System.exit(2);
            }
            Parts parts;
            try {
                parts = Parts.in(folder);
            } catch (UncheckedIOException e) {
                System.err.println("cannot list the labeled sets in " + folder + ": " + e.getCause().getMessage());
                System.exit(1);
                return;
            }
            List<Score> heldOut = new ArrayList<>();
            for (Path p : parts.development()) {
                System.out.println("== development part (tuned on): " + p);
                print(scoreOrExit(p), System.out);
                System.out.println();
            }
            for (Path p : parts.heldOut()) {
                System.out.println("== held-out part (never tuned on; case lines hidden, score it on its own to see them): " + p);
                Score score = scoreOrExit(p);
                heldOut.add(score);
                print(withoutCases(score), System.out);
                System.out.println();
            }
            System.out.println("== held-out parts combined: "
                    + String.join(" + ", parts.heldOut().stream().map(p -> p.getFileName().toString()).toList()));
            print(combine(heldOut), System.out);
            return;
        }
        for (String a : args) {
            Path p = Path.of(a);
            System.out.println("== " + p.getFileName() + ": " + p);
            print(scoreOrExit(p), System.out);
            System.out.println();
        }
    }

    /**
     * The parts of the project's labeled set in a folder: the development parts ({@code dev*.jsonl}, tuned on) and the
     * held-out parts ({@code test*.jsonl}, never tuned on), each in name order, so that a part added later (such as
     * {@code test3.jsonl}) is scored without a change here.
     */
    public record Parts(List<Path> development, List<Path> heldOut) {

        /** Lists the parts in a folder. */
        public static Parts in(Path folder) {
            try (var files = Files.list(folder)) {
                List<Path> all = files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
                return new Parts(all.stream().filter(f -> f.getFileName().toString().startsWith("dev")).toList(),
                        all.stream().filter(f -> f.getFileName().toString().startsWith("test")).toList());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Score scoreOrExit(Path file) {
        try {
            return evaluate(file);
        } catch (LabeledSet.Invalid e) {
            System.err.println("bad labeled set: " + e.getMessage());
            System.exit(1);
            throw e;
        }
    }

    /** The same figures without the lines naming each case's misses and false flags. */
    static Score withoutCases(Score s) {
        return new Score(s.cases(), s.flagged(), s.truePositives(), s.mustFlag(), s.found(), List.of(), s.byCategory(), s.byLanguage());
    }

    /** The figures of several parts added up, per category and per language too; no case lines. */
    static Score combine(List<Score> scores) {
        Map<String, Tally> byCategory = new TreeMap<>(CATEGORY_ORDER);
        Map<String, Tally> byLanguage = new TreeMap<>(LANGUAGE_ORDER);
        int cases = 0;
        Tally all = Tally.ZERO;
        for (Score s : scores) {
            cases += s.cases();
            all = all.plus(new Tally(s.flagged(), s.truePositives(), s.mustFlag(), s.found()));
            s.byCategory().forEach((k, t) -> byCategory.merge(k, t, Tally::plus));
            s.byLanguage().forEach((k, t) -> byLanguage.merge(k, t, Tally::plus));
        }
        return new Score(cases, all.flagged(), all.truePositives(), all.mustFlag(), all.found(), List.of(), byCategory, byLanguage);
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
        return evaluate(file, flag -> {});
    }

    /** One claim the check flagged in a case of a labeled set, and whether the case's labels say it should be flagged. */
    record Flag(String caseId, int line, String category, Claim claim, boolean right) {}

    /** Runs the check on every case of a labeled set, handing each flagged claim to {@code flags} as well. */
    static Score evaluate(Path file, Consumer<Flag> flags) {
        List<LabeledSet.Case> cases = LabeledSet.read(file);
        ClaimChecker checker = new ClaimChecker();
        List<String> misses = new ArrayList<>();
        Map<String, Tally> byCategory = new TreeMap<>(CATEGORY_ORDER);
        Map<String, Tally> byLanguage = new TreeMap<>(LANGUAGE_ORDER);
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
                String category = c.category() != null ? c.category() : category(claim);
                flags.accept(new Flag(c.id(), c.line(), category, claim, overlaps));
                count(byCategory, byLanguage, c, category, claim.language(), t);
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
