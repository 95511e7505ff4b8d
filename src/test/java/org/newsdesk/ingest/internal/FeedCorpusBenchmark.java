package org.newsdesk.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestException;

/**
 * Entry-count agreement with Python feedparser 6.0.10 over feedparser's and Rome's test corpora (2,288 files): for every
 * file in which feedparser finds at least one entry, does Newsdesk's {@link FeedParser} find the same number? The expected
 * counts were produced offline with Debian's python3-feedparser (src/test/resources/ingest/corpus). Also lists every
 * refusal message, so a library's internals showing through are seen. Run with {@code ./newsdesk bench feeds}; prints a
 * block starting "FEED CORPUS BENCHMARK" and writes it to target/bench-feeds.txt.
 */
class FeedCorpusBenchmark {

    record Expected(String file, boolean bozo, String version, int entries) {}

    @Test
    void entryCountsAgreeWithFeedparser() throws IOException {
        Path root = Corpora.require("feeds");
        Map<String, Expected> expected = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                FeedCorpusBenchmark.class.getResourceAsStream("/ingest/corpus/feedparser-6.0.10-entry-counts.tsv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                expected.put(f[0], new Expected(f[0], f[1].equals("1"), f[2], Integer.parseInt(f[3])));
            }
        }
        int compared = 0, agreed = 0, refusedTotal = 0, files = 0;
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> refusals = new TreeMap<>();
        long started = System.nanoTime();
        for (Expected e : expected.values()) {
            Path file = root.resolve(e.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            files++;
            byte[] body = Files.readAllBytes(file);
            int count;
            String refusal = null;
            try {
                count = FeedParser.parse(body, null).entries().size();
            } catch (IngestException x) {
                count = 0;
                refusal = x.getMessage();
                refusedTotal++;
                refusals.merge(refusal.replaceAll("\\d+", "N"), 1, Integer::sum);
            } catch (RuntimeException x) {
                count = 0;
                refusal = "CRASH " + x;
                refusedTotal++;
                refusals.merge(refusal, 1, Integer::sum);
            }
            if (e.entries() > 0) {
                compared++;
                if (count == e.entries()) {
                    agreed++;
                } else {
                    disagreements.add(e.file() + ": feedparser " + e.entries() + ", Newsdesk " + count + (refusal == null ? "" : " (" + refusal + ")"));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder out = new StringBuilder();
        out.append("FEED CORPUS BENCHMARK (corpus: ").append(root).append(")\n");
        out.append(String.format(Locale.ROOT, "files read: %d in %.1f s; refused: %d%n", files, seconds, refusedTotal));
        out.append(String.format(Locale.ROOT, "same entry count as feedparser 6.0.10: %d of %d files it finds entries in (%.2f%%)%n", agreed, compared,
                100.0 * agreed / Math.max(1, compared)));
        out.append("disagreements:\n");
        disagreements.forEach(d -> out.append("  ").append(d).append('\n'));
        out.append("refusal messages (digits as N), by count:\n");
        refusals.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(r -> out.append(String.format(Locale.ROOT, "  %4d  %s%n", r.getValue(), r.getKey())));
        System.out.print(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/bench-feeds.txt"), out);
    }
}
