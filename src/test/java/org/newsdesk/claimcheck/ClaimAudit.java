package org.newsdesk.claimcheck;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit of the claim check's flags on the development parts of the labeled set: for every claim it flags, which
 * rule decided it and whether the case's labels say it should be flagged, and per rule how many of its flags are
 * right (its precision). Development parts only: it refuses a held-out part ({@code test*.jsonl}), whose flags must
 * not be read rule by rule.
 *
 * <p>Usage, from the project folder after {@code mvn -o -q test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat classpath.txt) org.newsdesk.claimcheck.ClaimAudit [--flags] [dev-part.jsonl ...]
 * </pre>
 * Without files it audits every {@code dev*.jsonl} of {@code src/test/resources/claimcheck}; {@code --flags} also lists
 * each flag with its case, rule, verdict text and whether it is right.
 */
public final class ClaimAudit {

    /** What one rule's flags came to: how many, how many right, by kind of claim. */
    record RuleTally(int flagged, int right, Map<String, int[]> byKind) {}

    private static final Pattern PERIOD_MISS = Pattern.compile("^no source gives .*, and no two dates.*");

    private static final Pattern MAGNITUDE = Pattern.compile("^no source gives .*\\(wrong magnitude: .*");

    private static final Pattern RATIO_BAND = Pattern.compile("^ratio .* is not .*");

    private static final Pattern PREFIX = Pattern.compile("^([^:;—]{1,40}?)(?::|;| —|$)");

    private ClaimAudit() {}

    public static void main(String[] args) {
        boolean listFlags = false;
        List<Path> parts = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--flags")) {
                listFlags = true;
            } else {
                parts.add(Path.of(a));
            }
        }
        if (parts.isEmpty()) {
            parts.addAll(EvaluateClaims.Parts.in(Path.of(EvaluateClaims.DEVELOPMENT).getParent()).development());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Path p : parts) {
            if (!isDevelopmentPart(p)) {
                System.err.println("the audit reads development parts only (dev*.jsonl), not " + p);
                System.exit(2);
            }
        }
        Map<String, RuleTally> all = new TreeMap<>();
        for (Path p : parts) {
            List<EvaluateClaims.Flag> flags = new ArrayList<>();
            EvaluateClaims.Score score = EvaluateClaims.evaluate(p, flags::add);
            out.printf(Locale.ROOT, "== %s: precision %.2f, recall %.2f (%d flags, %d right; %d of %d found)%n", p.getFileName(),
                    score.precision(), score.recall(), score.flagged(), score.truePositives(), score.found(), score.mustFlag());
            if (listFlags) {
                for (EvaluateClaims.Flag f : flags) {
                    out.printf("%s %s [%s] \"%s\" (%s, %s/%s): %s%n", f.right() ? "right" : "FALSE", f.caseId(), ruleOf(f.claim().rule()),
                            f.claim().text(), f.claim().kind(), f.claim().field(), f.claim().language(), f.claim().rule());
                }
            }
            Map<String, RuleTally> tallies = tally(flags);
            print(tallies, out);
            tallies.forEach((rule, t) -> all.merge(rule, t, ClaimAudit::plus));
            out.println();
        }
        if (parts.size() > 1) {
            out.println("== all development parts audited");
            print(all, out);
        }
    }

    static boolean isDevelopmentPart(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith("dev") && name.endsWith(".jsonl");
    }

    /** The rule that decided a flag, named by the opening words of its verdict ("swapped name", "another measure"). */
    static String ruleOf(String verdict) {
        if (verdict == null) {
            return "(none)";
        }
        String v = verdict.split(" — ", 2)[0].strip();
        if (PERIOD_MISS.matcher(v).matches()) {
            return "no source gives (period)";
        }
        if (MAGNITUDE.matcher(v).matches()) {
            return "wrong magnitude";
        }
        if (RATIO_BAND.matcher(v).matches()) {
            return "ratio outside its band";
        }
        if (v.startsWith("no source gives")) {
            return "no source gives";
        }
        if (v.startsWith("no source names")) {
            return "no source names";
        }
        Matcher m = PREFIX.matcher(v);
        String[] words = (m.find() ? m.group(1) : v).strip().split("\\s+");
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < words.length && i < 4 && words[i].chars().noneMatch(Character::isDigit) && words[i].indexOf('"') < 0; i++) {
            rule.append(i == 0 ? "" : " ").append(words[i]);
        }
        return rule.isEmpty() ? words[0] : rule.toString();
    }

    static Map<String, RuleTally> tally(List<EvaluateClaims.Flag> flags) {
        Map<String, RuleTally> out = new TreeMap<>();
        for (EvaluateClaims.Flag f : flags) {
            Map<String, int[]> byKind = new TreeMap<>();
            byKind.put(f.claim().kind().name().toLowerCase(Locale.ROOT), new int[] {1, f.right() ? 1 : 0});
            out.merge(ruleOf(f.claim().rule()), new RuleTally(1, f.right() ? 1 : 0, byKind), ClaimAudit::plus);
        }
        return out;
    }

    static RuleTally plus(RuleTally a, RuleTally b) {
        Map<String, int[]> byKind = new TreeMap<>();
        a.byKind().forEach((k, v) -> byKind.put(k, v.clone()));
        b.byKind().forEach((k, v) -> byKind.merge(k, v.clone(), (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}));
        return new RuleTally(a.flagged() + b.flagged(), a.right() + b.right(), byKind);
    }

    static void print(Map<String, RuleTally> tallies, PrintStream out) {
        out.printf(Locale.ROOT, "%-34s %7s %6s %10s  %s%n", "rule", "flagged", "right", "precision", "by kind (right/flagged)");
        tallies.forEach((rule, t) -> {
            StringBuilder kinds = new StringBuilder();
            t.byKind().forEach((k, v) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(k).append(' ').append(v[1]).append('/').append(v[0]));
            out.printf(Locale.ROOT, "%-34s %7d %6d %10.2f  %s%n", rule, t.flagged(), t.right(), (double) t.right() / t.flagged(), kinds);
        });
    }
}
