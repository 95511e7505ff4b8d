package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.optimaize.langdetect.LanguageDetectorBuilder;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Does a cheaper way of calling optimaize's detector give the same languages as the one ingest uses? Runs the detector as
 * configured before session 9 (optimaize's defaults: seven randomized trials on texts over 50 characters) and the
 * candidate ({@link LanguageDetection#OPTIONS}) over real texts: the title and text of every entry of the feed corpora,
 * the human-labelled article bodies of the ScrapingHub benchmark and the text Newsdesk extracts from its pages, Mozilla
 * Readability's expected texts (with the language each page declares), the sources and drafts of the claim check's
 * development parts (with their labelled languages; never the test parts), the seeds, and the first sentence and first
 * 60 characters of every labelled text (short texts, labelled). Prints agreement, accuracy where the language is known,
 * and the CPU per text of each. A quarter of the texts (by a hash of their name, fixed before any figure was seen) is
 * held out: the candidate was chosen on the other three quarters, and the held-out figures are printed apart.
 * Run with {@code ./newsdesk bench language}; writes target/bench-language.txt.
 */
class LanguageDetectionBenchmark {

    record Sample(String collection, String id, String text, String label) {
        boolean heldOut() {
            return Math.floorMod((collection + "/" + id).hashCode(), 4) == 0;
        }
    }

    /** How ingest detected languages before session 9: optimaize's defaults on the first 500 characters. */
    static final UnaryOperator<LanguageDetectorBuilder> BEFORE = UnaryOperator.identity();

    record Candidate(String name, LanguageDetection detection) {}

    /** Counts of one collection (or ALL) in one part, for one candidate against the detector before. */
    static final class Row {
        int texts, agree, sure, agreeIfSure, labelled, rightBefore, rightNow;
    }

    @Test
    void candidateAgreesWithTheDetectorItReplaces() throws IOException {
        List<Sample> samples = samples();
        LanguageDetection before = new LanguageDetection(BEFORE, 500);
        List<Candidate> candidates = List.of(
                new Candidate("now: " + LanguageDetection.OPTIONS_DESCRIBED, new LanguageDetection(LanguageDetection.OPTIONS, LanguageDetection.SAMPLE)),
                new Candidate("defaults with seed 42 instead of 41 (the defaults' own noise)", new LanguageDetection(b -> b.seed(42L), 500)),
                new Candidate("shortTextAlgorithm(500): one deterministic pass", new LanguageDetection(b -> b.shortTextAlgorithm(500), 500)),
                new Candidate("defaults on the first 400 characters", new LanguageDetection(BEFORE, 400)),
                new Candidate("defaults on the first 250 characters", new LanguageDetection(BEFORE, 250)),
                new Candidate("defaults on the first 200 characters", new LanguageDetection(BEFORE, 200)));
        List<String> a = samples.stream().map(s -> before.language(s.text())).toList();
        List<String> feedTexts = samples.stream().filter(s -> s.collection().equals("feed entries")).map(Sample::text).toList();
        // the texts a news feed's items mostly are (the ingest benchmark's are about 1,600 characters): 500 characters or more
        List<String> longTexts = samples.stream().map(Sample::text).filter(t -> t.length() >= 500).toList();
        StringBuilder out = new StringBuilder("LANGUAGE DETECTION BENCHMARK (corpora: " + Corpora.root() + ")\n");
        out.append(String.format(Locale.ROOT, "before: optimaize defaults on the first 500 characters; CPU per text (one thread, warm): %.1f µs per"
                + " corpus feed entry (%d), %.1f µs per text of 500 characters or more (%d)%n%n", cpuMicrosPerText(before, feedTexts), feedTexts.size(),
                cpuMicrosPerText(before, longTexts), longTexts.size()));
        out.append(String.format(Locale.ROOT, "%-62s %-27s %-27s %s%n", "candidate", "tuning: agree/if sure/acc", "HELD OUT: agree/if sure/acc",
                "CPU: feed entry / long text"));
        StringBuilder detail = new StringBuilder();
        for (Candidate c : candidates) {
            List<String> b = samples.stream().map(s -> c.detection().language(s.text())).toList();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-62s", c.name()));
            for (boolean heldOut : new boolean[] {false, true}) {
                Map<String, Row> rows = new TreeMap<>();
                Map<String, Integer> kinds = new TreeMap<>();
                List<String> examples = new ArrayList<>();
                for (int i = 0; i < samples.size(); i++) {
                    Sample s = samples.get(i);
                    if (s.heldOut() != heldOut) {
                        continue;
                    }
                    for (String key : List.of(s.collection(), "ALL")) {
                        Row r = rows.computeIfAbsent(key, k -> new Row());
                        r.texts++;
                        r.agree += Objects.equals(a.get(i), b.get(i)) ? 1 : 0;
                        if (a.get(i) != null) {
                            r.sure++;
                            r.agreeIfSure += a.get(i).equals(b.get(i)) ? 1 : 0;
                        }
                        if (s.label() != null) {
                            r.labelled++;
                            r.rightBefore += s.label().equals(a.get(i)) ? 1 : 0;
                            r.rightNow += s.label().equals(b.get(i)) ? 1 : 0;
                        }
                    }
                    if (!Objects.equals(a.get(i), b.get(i))) {
                        String kind = a.get(i) + " -> " + b.get(i);
                        kinds.merge(kind, 1, Integer::sum);
                        if (examples.size() < 30) {
                            String t = s.text().replaceAll("\\s+", " ");
                            examples.add(String.format(Locale.ROOT, "  %-12s %s/%s (%d chars%s): %s", kind, s.collection(), s.id(), s.text().length(),
                                    s.label() == null ? "" : ", labelled " + s.label(), t.length() > 110 ? t.substring(0, 110) + "…" : t));
                        }
                    }
                }
                Row all = rows.get("ALL");
                line.append(String.format(Locale.ROOT, " %6.2f%% %6.2f%% %6.2f%%   ", pct(all.agree, all.texts), pct(all.agreeIfSure, all.sure),
                        pct(all.rightNow, all.labelled)));
                if (c == candidates.getFirst()) {
                    detail.append(heldOut ? "\nHELD OUT (never tuned on), " : "\nTUNING PART, ").append(c.name()).append('\n');
                    detail.append(String.format(Locale.ROOT, "%-22s %6s %8s %15s %9s %9s %9s%n", "collection", "texts", "agree", "agree if sure",
                            "labelled", "acc.bef", "acc.now"));
                    rows.forEach((key, r) -> detail.append(String.format(Locale.ROOT, "%-22s %6d %7.2f%% %6d %7.2f%% %9d %8.2f%% %8.2f%%%n", key, r.texts,
                            pct(r.agree, r.texts), r.sure, pct(r.agreeIfSure, r.sure), r.labelled, pct(r.rightBefore, r.labelled), pct(r.rightNow, r.labelled))));
                    detail.append("disagreements (before -> now): ").append(kinds).append('\n');
                    examples.forEach(e -> detail.append(e).append('\n'));
                }
            }
            out.append(line).append(String.format(Locale.ROOT, "%.1f / %.1f µs%n", cpuMicrosPerText(c.detection(), feedTexts),
                    cpuMicrosPerText(c.detection(), longTexts)));
        }
        out.append(String.format(Locale.ROOT, "(before: accuracy %.2f%% tuning, %.2f%% held out) ", accuracy(samples, a, false), accuracy(samples, a, true)));
        out.append("(agree: same answer as before, no answer included; if sure: where before gave a language; acc: right where the language is labelled)\n");
        out.append(detail);
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-language.txt"), out);
    }

    private static double accuracy(List<Sample> samples, List<String> answers, boolean heldOut) {
        int labelled = 0, right = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.heldOut() == heldOut && s.label() != null) {
                labelled++;
                right += s.label().equals(answers.get(i)) ? 1 : 0;
            }
        }
        return pct(right, labelled);
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    private static double cpuMicrosPerText(LanguageDetection detection, List<String> texts) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (String t : texts) {
                detection.language(t);
            }
            best = Math.min(best, (cpu.getCurrentThreadCpuTime() - start) / 1e3 / texts.size());
        }
        return best;
    }

    static List<Sample> samples() throws IOException {
        List<Sample> samples = new ArrayList<>();
        Path feeds = Corpora.require("feeds");
        try (Stream<Path> files = Files.walk(feeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                FeedParser.ParsedFeed parsed;
                try {
                    parsed = FeedParser.parse(Files.readAllBytes(file), null);
                } catch (RuntimeException e) {
                    continue;
                }
                int n = 0;
                for (FeedParser.Entry e : parsed.entries()) {
                    String title = e.title() == null ? "" : TextCleaner.cleanLine(e.title());
                    String text = TextCleaner.clean(e.content());
                    if (title.isEmpty() && text.isEmpty()) {
                        continue;
                    }
                    samples.add(new Sample("feed entries", feeds.relativize(file) + "#" + n++, title + "\n" + (text.isEmpty() ? title : text), null));
                }
            }
        }
        Path aeb = Corpora.require("article-extraction-benchmark");
        JsonNode truth = new ObjectMapper().readTree(aeb.resolve("ground-truth.json").toFile());
        for (var it = truth.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            if (!body.isBlank()) {
                samples.add(new Sample("scrapinghub bodies", e.getKey(), body, null));
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(aeb.resolve("html").resolve(e.getKey() + ".html.gz")))) {
                var page = ArticleExtractor.extract(HtmlCharsets.decode(in.readAllBytes(), null).text(), e.getValue().path("url").asText());
                samples.add(new Sample("scrapinghub extracted", e.getKey(), (page.title() == null ? "" : page.title() + "\n") + page.text(), null));
            }
        }
        Path readability = Corpora.require("readability-test-pages");
        List<Sample> labelled = new ArrayList<>();
        try (Stream<Path> pages = Files.list(readability)) {
            for (Path page : pages.filter(p -> Files.isRegularFile(p.resolve("expected.html"))).sorted().toList()) {
                String text = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
                String label = null, title = "";
                Path meta = page.resolve("expected-metadata.json");
                if (Files.isRegularFile(meta)) {
                    JsonNode m = new ObjectMapper().readTree(meta.toFile());
                    label = m.path("lang").isTextual() ? m.path("lang").asText().toLowerCase(Locale.ROOT).replaceAll("[-_].*", "") : null;
                    title = m.path("title").asText("");
                }
                Sample s = new Sample("readability", page.getFileName().toString(), title.isEmpty() ? text : title + "\n" + text, label);
                samples.add(s);
                if (label != null) {
                    labelled.add(s);
                }
            }
        }
        Path claims = Path.of("src/test/resources/claimcheck");
        try (Stream<Path> files = Files.list(claims)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("dev") && f.toString().endsWith(".jsonl")).sorted().toList()) {
                Map<String, Sample> unique = new LinkedHashMap<>();
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode c = new ObjectMapper().readTree(line);
                    for (JsonNode src : c.path("sources")) {
                        String text = (src.path("title").asText("").isEmpty() ? "" : src.path("title").asText() + "\n") + src.path("text").asText("");
                        unique.putIfAbsent(text, new Sample("claimcheck sources", file.getFileName() + "/" + c.path("id").asText() + "/" + src.path("id").asText(),
                                text, src.path("language").asText(null)));
                    }
                    for (JsonNode d : c.path("draft")) {
                        String text = d.path("text").asText("");
                        unique.putIfAbsent(text, new Sample("claimcheck drafts", file.getFileName() + "/" + c.path("id").asText() + "/" + d.path("field").asText(),
                                text, d.path("language").asText(null)));
                    }
                }
                unique.values().stream().filter(s -> !s.text().isBlank()).forEach(s -> {
                    samples.add(s);
                    if (s.label() != null) {
                        labelled.add(s);
                    }
                });
            }
        }
        try (Stream<Path> seeds = Files.list(Path.of("../shared/seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                samples.add(new Sample("seeds", seed.getFileName().toString(), Files.readString(seed), null));
            }
        }
        for (Sample s : labelled) {
            String flat = s.text().replaceAll("\\s+", " ").strip();
            int end = flat.indexOf(". ");
            String sentence = end > 0 && end < 200 ? flat.substring(0, end + 1) : flat.substring(0, Math.min(flat.length(), 200));
            samples.add(new Sample("short: first sentence", s.collection() + "/" + s.id(), sentence, s.label()));
            samples.add(new Sample("short: first 60 chars", s.collection() + "/" + s.id(), flat.substring(0, Math.min(flat.length(), 60)), s.label()));
        }
        return samples;
    }
}
