package org.newsdesk.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Article extraction quality and speed on public corpora nobody here wrote, read from disk (nothing is fetched):
 * <ul>
 *   <li>ScrapingHub's article-extraction-benchmark: 181 pages with human-labelled article bodies; bag-of-words F1 of
 *   {@link ArticleExtractor}'s text against each body (lower-cased word tokens, counted with multiplicity);</li>
 *   <li>Mozilla Readability's test pages: the same F1 against each page's expected.html, compared page by page with the
 *   figures recorded before this work (src/test/resources/ingest/corpus/readability-f1-before.tsv).</li>
 * </ul>
 * Speed is pages per CPU-second of the extracting thread, on a second (warm) pass over the benchmark's pages. Run with
 * {@code ./newsdesk bench extraction}; prints a block starting "EXTRACTION BENCHMARK", also in target/bench-extraction.txt.
 */
class ExtractionBenchmark {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    static double f1(String truth, String predicted) {
        Map<String, Integer> t = bag(truth), p = bag(predicted);
        int tn = t.values().stream().mapToInt(Integer::intValue).sum(), pn = p.values().stream().mapToInt(Integer::intValue).sum();
        if (tn == 0 && pn == 0) {
            return 1;
        }
        int common = 0;
        for (var e : p.entrySet()) {
            common += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / pn, recall = (double) common / tn;
        return 2 * precision * recall / (precision + recall);
    }

    record Page(String id, String url, String html, String truth) {}

    @Test
    void extractionQualityAndSpeed() throws IOException {
        Path aeb = Corpora.require("article-extraction-benchmark");
        JsonNode truth = new ObjectMapper().readTree(aeb.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (var it = truth.properties().iterator(); it.hasNext(); ) {
            var e = it.next();
            byte[] gz;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(aeb.resolve("html").resolve(e.getKey() + ".html.gz")))) {
                gz = in.readAllBytes();
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(), HtmlCharsets.decode(gz, null).text(),
                    e.getValue().path("articleBody").asText("")));
        }
        StringBuilder out = new StringBuilder();
        List<Double> scores = new ArrayList<>();
        List<String> low = new ArrayList<>();
        for (Page p : pages) {
            double f = f1(p.truth(), ArticleExtractor.extract(p.html(), p.url()).text());
            scores.add(f);
            if (f < 0.5) {
                low.add(String.format(Locale.ROOT, "  %.3f  %s  %s", f, p.id().substring(0, 12), p.url()));
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime(), wallStart = System.nanoTime();
        for (Page p : pages) {
            ArticleExtractor.extract(p.html(), p.url());
        }
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9, wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        List<Double> sorted = scores.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        out.append("EXTRACTION BENCHMARK (corpora: ").append(Corpora.root()).append(")\n");
        out.append(String.format(Locale.ROOT, "article-extraction-benchmark: %d pages, bag-of-words F1 mean %.3f, median %.3f, %d pages below 0.5%n",
                pages.size(), scores.stream().mapToDouble(Double::doubleValue).average().orElse(0), median, low.size()));
        out.append(String.format(Locale.ROOT, "speed (warm, one thread): %.1f pages per CPU-second (%.1f pages/s wall)%n",
                pages.size() / cpuSeconds, pages.size() / wallSeconds));
        for (boolean heldOut : new boolean[] {false, true}) {
            List<Double> part = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (heldOut(pages.get(i).id()) == heldOut) {
                    part.add(scores.get(i));
                }
            }
            out.append(String.format(Locale.ROOT, "  %s: %d pages, mean %.3f, %d below 0.5%n",
                    heldOut ? "held-out part (page id starting 8-f, never looked at page by page while tuning)" : "development part (page id starting 0-7)",
                    part.size(), part.stream().mapToDouble(Double::doubleValue).average().orElse(0), part.stream().filter(f -> f < 0.5).count()));
        }
        low.forEach(l -> out.append(l).append('\n'));
        // per page F1 of the development part only (the held-out part is reported as a whole, never page by page)
        StringBuilder dev = new StringBuilder("f1\tpage\turl\n");
        for (int i = 0; i < pages.size(); i++) {
            if (!heldOut(pages.get(i).id())) {
                dev.append(String.format(Locale.ROOT, "%.4f\t%s\t%s%n", scores.get(i), pages.get(i).id().substring(0, 12), pages.get(i).url()));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-development-pages.tsv"), dev);
        out.append("  per page F1 of the development part: target/extraction-development-pages.tsv\n");
        readabilityPages(out);
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-extraction.txt"), out);
    }

    /**
     * The benchmark's page ids are hex digests; pages whose id starts with 8-f are the held-out part. Changes made since
     * session 4 were judged page by page on the development part and on Readability's test pages only.
     */
    static boolean heldOut(String pageId) {
        return Character.digit(pageId.charAt(0), 16) >= 8;
    }

    private void readabilityPages(StringBuilder out) throws IOException {
        Path dir = Corpora.require("readability-test-pages");
        Map<String, Double> before = new HashMap<>();
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/ingest/corpus/readability-f1-before.tsv")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String[] f = line.split("\t");
                    if (f.length == 2 && !f[0].equals("page")) {
                        before.put(f[0], Double.parseDouble(f[1]));
                    }
                }
            }
        }
        Map<String, Double> now = new TreeMap<>();
        try (Stream<Path> pages = Files.list(dir)) {
            for (Path page : pages.filter(p -> Files.isRegularFile(p.resolve("source.html")) && Files.isRegularFile(p.resolve("expected.html"))).toList()) {
                String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
                String source = HtmlCharsets.decode(Files.readAllBytes(page.resolve("source.html")), null).text();
                now.put(page.getFileName().toString(), f1(expected, ArticleExtractor.extract(source, "http://fakehost/test/page.html").text()));
            }
        }
        List<String> worse = new ArrayList<>();
        now.forEach((page, f) -> {
            Double was = before.get(page);
            if (was != null && f < was - 0.005) {
                worse.add(String.format(Locale.ROOT, "  %s: %.3f, was %.3f", page, f, was));
            }
        });
        out.append(String.format(Locale.ROOT, "readability test pages: %d pages, F1 mean %.3f; worse than before: %d%n", now.size(),
                now.values().stream().mapToDouble(Double::doubleValue).average().orElse(0), worse.size()));
        worse.forEach(w -> out.append(w).append('\n'));
        StringBuilder tsv = new StringBuilder("page\tf1\n");
        now.forEach((page, f) -> tsv.append(page).append('\t').append(String.format(Locale.ROOT, "%.4f", f)).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/readability-f1.tsv"), tsv);
    }
}
