package org.newsdesk.workflow;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StaleStoryException;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (surefire leaves out *Benchmark); run with {@code ./newsdesk bench editors}.
 * (1) Simulated editors, each on a story of their own plus one story all share, repeat what the
 * editor does on a save — load the story, save a changed field (reloading on a conflict), check
 * its claims, ask the workflow for the actions — through the real services and PostgreSQL; the
 * p95 of that interaction is reported for growing numbers of editors. (2) The heap an open
 * editor costs: N Vaadin sessions, each with the story editor open (server-side, Karibu).
 * Neither goes through a browser or the Vaadin wire protocol.
 */
@IntegrationTest
class EditorsBenchmark {

    @Autowired ApplicationContext context;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired ClaimCheckService claims;
    @Autowired WorkflowService workflow;
    @Autowired UserDetailsService userDetails;

    StoryId story(String title) {
        var item = ingest.paste(new PastedSource(title + " " + UUID.randomUUID(), FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
        return stories.createFromSources(List.of(item.item().id()));
    }

    @Test
    void measure() throws Exception {
        SignIn signIn = new SignIn(userDetails);
        var auth = signIn.as("editor");
        StoryId shared = story("Shared");
        StringBuilder out = new StringBuilder("\nEDITORS BENCHMARK (service layer and PostgreSQL; no browser)\n");
        for (int editors : new int[] {5, 10, 20, 40, 80}) {
            List<StoryId> own = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                own.add(story("Own " + i));
            }
            ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            CountDownLatch done = new CountDownLatch(editors);
            long until = System.nanoTime() + 10_000_000_000L;
            for (int i = 0; i < editors; i++) {
                StoryId mine = own.get(i);
                int n = i;
                pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    int round = 0;
                    while (System.nanoTime() < until) {
                        StoryId id = round++ % 5 == 0 ? shared : mine;
                        long t0 = System.nanoTime();
                        while (true) {
                            Story s = stories.get(id);
                            try {
                                stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en")
                                        .with(ContentField.SUMMARY, "Editor " + n + " round " + round + ": Mistral AI secured €705 million.")), null);
                                break;
                            } catch (StaleStoryException e) {
                                // reload and apply again, as the conflict merge does
                            }
                        }
                        claims.check(id);
                        workflow.availableActions(id);
                        times.add(System.nanoTime() - t0);
                        try {
                            Thread.sleep(200); // an editor pauses between saves
                        } catch (InterruptedException e) {
                            break;
                        }
                    }
                    done.countDown();
                });
            }
            done.await(60, TimeUnit.SECONDS);
            pool.shutdownNow();
            List<Long> sorted = new ArrayList<>(times);
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2) / 1e6;
            double p95 = sorted.get((int) (sorted.size() * 0.95)) / 1e6;
            out.append(String.format("%3d editors: %5d saves, p50 %.1f ms, p95 %.1f ms%s%n", editors, sorted.size(), p50, p95,
                    p95 < 200 ? "" : "  (over 200 ms)"));
        }

        // memory of open editors
        StoryId open = story("Open");
        BrowserlessUi ui = new BrowserlessUi(userDetails);
        List<Object> keep = new ArrayList<>();
        long before = heapAfterGc();
        int sessions = 200;
        for (int i = 0; i < sessions; i++) {
            BrowserlessUi.start(context);
            ui.signIn("editor");
            UI.getCurrent().navigate("stories/" + open.value());
            keep.add(VaadinSession.getCurrent());
            keep.add(UI.getCurrent());
        }
        long after = heapAfterGc();
        out.append(String.format("heap per open editor session (%d sessions with the story editor open): %.0f KB (target 250 KB)%n",
                sessions, (after - before) / 1024.0 / sessions));
        System.out.println(out);
        keep.clear();
        BrowserlessUi.stop();
        SignIn.out();
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
