package org.newsdesk.drafting;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.ContentField.Section;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (surefire leaves out *Benchmark): with the fake provider at a fixed time
 * to first token and token rate, (1) the delay the app adds between the provider sending the
 * first headline characters and an open editor hearing them, and (2) the time of a full draft
 * against the slowest single section. Run with {@code ./newsdesk bench drafting}.
 */
@IntegrationTest
class DraftingBenchmark {

    static final Duration TIME_TO_FIRST_TOKEN = Duration.ofMillis(400);
    static final Duration PER_CHUNK = Duration.ofMillis(20); // 12 characters a chunk: ~600 characters/s

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired DraftingService drafting;
    @Autowired UserDetailsService userDetails;

    /** When the fake provider sent the first chunk carrying headline text, per request marker. */
    final Map<String, Long> firstHeadlineSent = new ConcurrentHashMap<>();

    FakeLlm.Behavior timed(String body) {
        String answer = FakeLlm.answerFor(body);
        String marker = body.contains("Write in Simplified Chinese") ? "zh" : "en";
        return (exchange, streamed) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            sleep(TIME_TO_FIRST_TOKEN);
            for (int i = 0; i < answer.length(); i += 12) {
                String chunk = answer.substring(i, Math.min(answer.length(), i + 12));
                String json = "{\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{\"content\":" + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(chunk)
                        + "},\"finish_reason\":null}]}";
                out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (body.contains("Draft the BRIEF") && answer.substring(0, Math.min(answer.length(), i + 12)).matches("(?s).*\"headline\": \"[^\"]+.*")) {
                    firstHeadlineSent.putIfAbsent(marker, System.nanoTime());
                }
                sleep(PER_CHUNK);
            }
            out.write("data: {\"id\":\"b\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\",\"choices\":[],\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":50,\"total_tokens\":150}}\n\ndata: [DONE]\n\n"
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    @Test
    void measure() throws Exception {
        FakeLlm llm = FakeLlm.shared();
        llm.reset();
        llm.byDefault(this::timed);
        SignIn signIn = new SignIn(userDetails);
        signIn.as("admin", () -> {
            drafting.resumeProvider();
            return null;
        });
        signIn.as("editor");

        List<Double> firstTokenDelays = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            StoryId id = stories.createFromSources(List.of(ingest.paste(new PastedSource("Bench " + UUID.randomUUID(),
                    "Mistral AI raised €705 million. " + UUID.randomUUID(), null, null, "en")).item().id()));

            // (1) first headline characters: provider → an open editor's listener
            firstHeadlineSent.clear();
            CountDownLatch heard = new CountDownLatch(1);
            long[] heardAt = new long[1];
            Runnable stop = drafting.subscribe(id, e -> {
                if (e instanceof DraftEvent.Progress p && !p.partial().getOrDefault("en", org.newsdesk.story.LocalizedContent.EMPTY)
                        .isEmpty(ContentField.HEADLINE) && heard.getCount() > 0) {
                    heardAt[0] = System.nanoTime();
                    heard.countDown();
                }
            });
            long start = System.nanoTime();
            drafting.redraft(id, new DraftScope(null, null, null, false, true));
            heard.await(30, TimeUnit.SECONDS);
            awaitEnd(id);
            long full = System.nanoTime() - start;
            stop.run();
            if (run > 0 && firstHeadlineSent.containsKey("en")) { // run 0 warms up
                firstTokenDelays.add((heardAt[0] - firstHeadlineSent.get("en")) / 1e6);
            }

            // (2) each section alone, the slowest of them, against the full draft
            long slowest = 0;
            for (Section section : Section.values()) {
                long s = System.nanoTime();
                drafting.redraft(id, DraftScope.section(section, null, true, true));
                awaitEnd(id);
                slowest = Math.max(slowest, System.nanoTime() - s);
            }
            if (run > 0) {
                ratios.add((double) full / slowest);
            }
        }
        Collections.sort(firstTokenDelays);
        Collections.sort(ratios);
        System.out.printf("%nDRAFTING BENCHMARK (fake provider: %d ms to first token, a 12-character chunk every %d ms)%n",
                TIME_TO_FIRST_TOKEN.toMillis(), PER_CHUNK.toMillis());
        System.out.printf("delay added before the first headline text reaches an open editor: median %.1f ms, max %.1f ms (target < 100 ms median)%n",
                firstTokenDelays.get(firstTokenDelays.size() / 2), firstTokenDelays.getLast());
        System.out.printf("full draft (5 sections x 2 languages) / slowest single section: median %.2f, max %.2f (target < 1.3)%n",
                ratios.get(ratios.size() / 2), ratios.getLast());
        SignIn.out();
    }

    void awaitEnd(StoryId id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (drafting.isRunning(id) && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
