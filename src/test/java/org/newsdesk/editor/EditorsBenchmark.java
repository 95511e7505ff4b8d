package org.newsdesk.editor;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.management.ObjectName;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.StaleStoryException;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.StatementCounter;
import org.newsdesk.review.ClaimCheckService;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (surefire leaves out *Benchmark); run with {@code ./newsdesk bench editors}.
 * (1) Simulated editors, each on a story of their own plus one story all share, repeat what the
 * editor does on a save — load the story, save a changed field (reloading on a conflict), check
 * its claims, ask the workflow for the actions — through the real services and PostgreSQL; the
 * p95 of that interaction is reported for growing numbers of editors. (2) The heap an open, idle
 * editor costs, through real HTTP sessions: sign-in form, the page's bootstrap request, the
 * client router's navigation and one autosave poll, as the browser sends them (no browser runs).
 * {@code -Dbench.histogram=true} adds the classes that grew most per session.
 */
@IntegrationTest
@org.springframework.context.annotation.Import(StatementCounter.class)
class EditorsBenchmark {

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
    void savesUnderLoad() throws Exception {
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

        System.out.println(out);
        SignIn.out();
    }

    /**
     * What one save costs when nothing else runs: one editor saves a changed field of their story
     * 200 times in a row (after 50 to warm up), through the service layer as the benchmark above
     * does and then over HTTP as the browser does; per save, the SQL statements run, their time
     * (driver to answer), the service thread's CPU time and the wall time of each step. This is
     * the figure to compare before and after a change on a shared machine (it needs no idle cores).
     */
    @Test
    void costOfOneSave() throws Exception {
        SignIn signIn = new SignIn(userDetails);
        var auth = signIn.as("editor");
        StoryId id = story("Cost");
        var threads = ManagementFactory.getThreadMXBean();
        StringBuilder out = new StringBuilder("\nEDITORS BENCHMARK (cost of one save, one editor, nothing else running)\n");
        String[] steps = {"load", "save", "claim check", "actions"};
        long[] wall = new long[4];
        long cpu = 0;
        int rounds = 200;
        for (int round = -50; round < rounds; round++) {
            if (round == 0) {
                StatementCounter.reset();
                java.util.Arrays.fill(wall, 0);
                cpu = 0;
            }
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Story s = stories.get(id);
            long t1 = System.nanoTime();
            stories.saveContent(id, s.version(), s.content().with("en", s.content().in("en")
                    .with(ContentField.SUMMARY, "Round " + round + ": Mistral AI secured €705 million.")), null);
            long t2 = System.nanoTime();
            claims.check(id);
            long t3 = System.nanoTime();
            workflow.availableActions(id);
            long t4 = System.nanoTime();
            cpu += threads.getCurrentThreadCpuTime() - c0;
            wall[0] += t1 - t0;
            wall[1] += t2 - t1;
            wall[2] += t3 - t2;
            wall[3] += t4 - t3;
        }
        var sql = StatementCounter.snapshot();
        out.append(String.format("service layer: %.1f ms per save (", java.util.Arrays.stream(wall).sum() / 1e6 / rounds));
        for (int i = 0; i < steps.length; i++) {
            out.append(String.format("%s%s %.1f", i == 0 ? "" : ", ", steps[i], wall[i] / 1e6 / rounds));
        }
        out.append(String.format("), CPU %.1f ms; SQL %.1f statements, %.1f ms%n", cpu / 1e6 / rounds,
                sql.stream().mapToLong(StatementCounter.Cost::count).sum() / (double) rounds,
                sql.stream().mapToLong(StatementCounter.Cost::nanos).sum() / 1e6 / rounds));
        sql.stream().limit(12).forEach(c -> out.append(String.format("   %5.2f × %5.2f ms  %s%n", c.count() / (double) rounds, c.nanos() / 1e6 / rounds,
                c.sql().substring(0, Math.min(110, c.sql().length())))));
        SignIn.out();

        // the same over HTTP: type (value sync and change event) and click Save, as Vaadin's client sends them
        StoryId typed = signIn.as("editor", () -> story("Typed cost"));
        SignIn.out();
        Session session = new Session(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
        session.signIn();
        String opened = session.open(typed);
        String headline = session.nodeWithId(opened, "headline-en");
        String save = session.nodeWithId(opened, "save-story");
        long typeNanos = 0;
        long saveNanos = 0;
        for (int round = -50; round < rounds; round++) {
            if (round == 0) {
                typeNanos = 0;
                saveNanos = 0;
                StatementCounter.reset();
            }
            long t0 = System.nanoTime();
            session.rpc("""
                    {"type":"mSync","node":%s,"feature":1,"property":"value","value":"Typed round %d"},\
                    {"type":"event","node":%s,"event":"change","data":{}}""".formatted(headline, round, headline));
            long t1 = System.nanoTime();
            String saved = session.rpc(CLICK.formatted(save));
            long t2 = System.nanoTime();
            if (!saved.contains("Saved as revision")) {
                throw new IllegalStateException("not saved: " + saved.substring(0, Math.min(300, saved.length())));
            }
            typeNanos += t1 - t0;
            saveNanos += t2 - t1;
        }
        var httpSql = StatementCounter.snapshot();
        out.append(String.format("over HTTP: type %.1f ms, save %.1f ms per round; SQL %.1f statements, %.1f ms per round (type+save)%n",
                typeNanos / 1e6 / rounds, saveNanos / 1e6 / rounds, httpSql.stream().mapToLong(StatementCounter.Cost::count).sum() / (double) rounds,
                httpSql.stream().mapToLong(StatementCounter.Cost::nanos).sum() / 1e6 / rounds));
        httpSql.stream().limit(12).forEach(c -> out.append(String.format("   %5.2f × %5.2f ms  %s%n", c.count() / (double) rounds, c.nanos() / 1e6 / rounds,
                c.sql().substring(0, Math.min(110, c.sql().length())))));
        System.out.println(out);
    }

    /**
     * What opening a story costs when nothing else runs: one editor opens their story's editor over
     * HTTP 100 times (after 30 to warm up), each time as a browser tab does (the page's bootstrap
     * request, then the router's navigation); per open, the wall time of each request, the SQL
     * statements and their time, the costliest statements; then the same person's service calls
     * the editor makes while it is built, one by one, so the time can be split by phase.
     */
    @Test
    void costOfOneOpen() throws Exception {
        SignIn signIn = new SignIn(userDetails);
        StoryId id = draftedStory("Open cost");
        StringBuilder out = new StringBuilder("\nEDITORS BENCHMARK (cost of opening a story, one editor, nothing else running)\n");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        int rounds = 100;
        long initNanos = 0;
        long navigateNanos = 0;
        long cpu = 0;
        Map<String, StatementCounter.Cost> openSql = new HashMap<>();
        for (int round = -30; round < rounds; round++) {
            if (round == 0) {
                initNanos = 0;
                navigateNanos = 0;
                cpu = 0;
                openSql.clear();
            }
            Session session = new Session(http); // a new tab of a new sign-in: the session holds one UI, as a browser's does
            session.signIn();
            StatementCounter.reset();
            long c0 = serverCpu();
            long[] split = session.openTimed(id);
            cpu += serverCpu() - c0;
            for (var c : StatementCounter.snapshot()) { // the open's statements only, not the sign-in's
                openSql.merge(c.sql(), new StatementCounter.Cost(c.sql(), c.count(), c.nanos()),
                        (a, b) -> new StatementCounter.Cost(a.sql(), a.count() + b.count(), a.nanos() + b.nanos()));
            }
            initNanos += split[0];
            navigateNanos += split[1];
        }
        var sql = openSql.values().stream().sorted(java.util.Comparator.comparingLong(StatementCounter.Cost::nanos).reversed()).toList();
        out.append(String.format("over HTTP: bootstrap %.1f ms, navigation (the editor built) %.1f ms per open; JVM CPU %.1f ms (client and background included); SQL %.1f statements, %.1f ms%n",
                initNanos / 1e6 / rounds, navigateNanos / 1e6 / rounds, cpu / 1e6 / rounds,
                sql.stream().mapToLong(StatementCounter.Cost::count).sum() / (double) rounds,
                sql.stream().mapToLong(StatementCounter.Cost::nanos).sum() / 1e6 / rounds));
        sql.stream().limit(15).forEach(c -> out.append(String.format("   %5.2f × %5.2f ms  %s%n", c.count() / (double) rounds, c.nanos() / 1e6 / rounds,
                c.sql().substring(0, Math.min(110, c.sql().length())))));
        // the service calls the editor makes while it is built, timed one by one as the same person
        var auth = signIn.as("editor");
        SecurityContextHolder.getContext().setAuthentication(auth);
        Map<String, java.util.concurrent.Callable<Object>> phases = new java.util.LinkedHashMap<>();
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Paris");
        phases.put("story", () -> stories.get(id));
        phases.put("capabilities (workflow facts, claim check, running draft)", () -> editorService.capabilities(id, zone));
        phases.put("translations", () -> stories.translations(id));
        phases.put("provenance", () -> drafting.provenance(id));
        phases.put("AI usage", () -> drafting.usage(id));
        phases.put("latest draft job", () -> drafting.latestJob(id));
        phases.put("notes", () -> reviews.notes(id));
        phases.put("sources", () -> ingestService.findAll(stories.get(id).sources()));
        phases.put("colleagues", () -> users.colleagues(org.newsdesk.identity.Role.EDITOR));
        phases.put("unsaved work", () -> stories.unsavedWork(id));
        phases.put("claim check", () -> claims.check(id));
        for (var phase : phases.entrySet()) {
            for (int i = 0; i < 30; i++) {
                phase.getValue().call();
            }
            StatementCounter.reset();
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                phase.getValue().call();
            }
            long t = System.nanoTime() - t0;
            out.append(String.format("  %-60s %6.2f ms, %4.1f statements%n", phase.getKey(), t / 1e6 / rounds,
                    StatementCounter.snapshot().stream().mapToLong(StatementCounter.Cost::count).sum() / (double) rounds));
        }
        // the view itself built as Vaadin's Spring instantiator builds it (every bean post-processor,
        // method security's proxy) and as this application's instantiator does, interleaved on the same load
        var threads = ManagementFactory.getThreadMXBean();
        var springs = new com.vaadin.flow.spring.SpringInstantiator(null, context);
        var ours = context.getBean(com.vaadin.flow.di.InstantiatorFactory.class).createInstantitor(null);
        long[] built = new long[2];
        for (int round = -30; round < rounds; round++) {
            for (int which = 0; which < 2; which++) {
                long c0 = threads.getCurrentThreadCpuTime();
                Object view = (which == 0 ? springs : ours).getOrCreate(org.newsdesk.editor.ui.StoryEditorView.class);
                if (round >= 0) {
                    built[which] += threads.getCurrentThreadCpuTime() - c0;
                }
                if (which == 1 && view.getClass() != org.newsdesk.editor.ui.StoryEditorView.class) {
                    throw new IllegalStateException("the view was wrapped: " + view.getClass());
                }
            }
        }
        out.append(String.format("building the editor view (CPU): with every bean post-processor (Vaadin's Spring default) %.1f ms · constructor only (this app) %.1f ms%n",
                built[0] / 1e6 / rounds, built[1] / 1e6 / rounds));
        SignIn.out();
        System.out.println(out);
    }

    /** CPU time so far of this JVM: the server's, and the benchmark's HTTP client and the app's background work besides. */
    private static long serverCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired EditorService editorService;
    @Autowired org.newsdesk.review.ReviewService reviews;
    @Autowired org.newsdesk.identity.UserService users;
    @Autowired IngestService ingestService;

    private static final String CLICK = """
            {"type":"event","node":%s,"event":"click","data":{"event.screenX":0,"event.screenY":0,"event.clientX":0,\
            "event.clientY":0,"event.detail":1,"event.button":0,"event.ctrlKey":false,"event.shiftKey":false,\
            "event.altKey":false,"event.metaKey":false}}""";

    @Test
    void memoryPerOpenEditor() throws Exception {
        System.out.println("\nEDITORS BENCHMARK (memory)\n" + openEditorsOverHttp());
    }

    /**
     * The server time of a typical interaction as Vaadin's client sends it over HTTP, each of N
     * editors signed in with a session of their own, first at a desk's pace, then as a stress test.
     *
     * <p>A desk (the figure the target is about): each editor works at the app's own pace, in a phase
     * of their own (random, so that editors are not in lockstep). They open their story (the page's
     * bootstrap and the router's navigation) at a random moment of the first autosave period; then,
     * in every autosave period ({@link org.newsdesk.editor.ui.StoryEditorView#AUTOSAVE_EVERY_MS},
     * 5 s), they finish typing in a field at a random moment (the value sync and its change event, as
     * the client sends them when a field is left), the editor's poll comes at the period's end (it
     * autosaves what was typed and says "still here"), and every third period they click Save. Half
     * way through, each opens a second story of theirs at a random moment (in a new tab of the same
     * session: bootstrap and navigation) and goes on there, so
     * openings are measured while the others work. Per editor and second: 0.6 requests (0.2 typing,
     * 0.2 polls, 0.07 saves, and the openings). Each editor's requests are sent one after the other,
     * as one browser tab does, at their scheduled times whatever the answers' delay.
     *
     * <p>Stress (kept to show saturation, not a desk): every editor opens at the same moment, then types
     * and clicks Save again 200 ms after the last answer, 25 times the app's autosave rate.
     */
    @Test
    void typicalInteractionOverHttp() throws Exception {
        StringBuilder out = new StringBuilder("\nEDITORS BENCHMARK (open, type, save over HTTP as Vaadin's client sends them)\n");
        out.append(String.format("load average at the start: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        out.append("A desk at the app's pace (each editor: a field typed and a poll with autosave every 5 s, Save every 15 s, phases random; "
                + Long.getLong("bench.deskSeconds", 60) + " s, after 10 s of 10 editors to warm up, not counted):\n");
        desk(10, 10_000_000_000L); // warm-up, not counted: the first openings after start run on cold code (a 20-editor p95 of 630 ms)
        for (int editors : new int[] {20, 80}) {
            out.append(desk(editors, Long.getLong("bench.deskSeconds", 60) * 1_000_000_000L));
        }
        out.append("Stress (all open at once, then type + Save again 200 ms after each answer: 25 times the app's pace; 15 s):\n");
        for (int editors : new int[] {20, 80}) {
            out.append(stress(editors));
        }
        out.append(String.format("load average at the end: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(out);
    }

    private List<StoryId> stories(int count) {
        List<StoryId> own = new SignIn(userDetails).as("editor", () -> {
            List<StoryId> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(story("Typed " + i));
            }
            return ids;
        });
        SignIn.out();
        return own;
    }

    /** N editors at the app's pace for {@code nanos}; returns the figures' line. */
    private String desk(int editors, long nanos) throws Exception {
        List<StoryId> own = stories(2 * editors);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, ConcurrentLinkedQueue<Long>> times = new java.util.LinkedHashMap<>();
        for (String kind : List.of("open", "type", "poll", "save")) {
            times.put(kind, new ConcurrentLinkedQueue<>());
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(editors);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        long period = org.newsdesk.editor.ui.StoryEditorView.AUTOSAVE_EVERY_MS * 1_000_000L;
        long[] start = new long[1];
        for (int i = 0; i < editors; i++) {
            StoryId first = own.get(2 * i);
            StoryId second = own.get(2 * i + 1);
            int n = i;
            pool.submit(() -> {
                try {
                    var random = java.util.concurrent.ThreadLocalRandom.current();
                    Session session = new Session(http);
                    session.signIn();
                    ready.countDown();
                    go.await();
                    long phase = start[0] + random.nextLong(period);
                    long secondOpen = start[0] + nanos / 2 + random.nextLong(period);
                    boolean onSecond = false;
                    untilTime(phase);
                    timed(times.get("open"), () -> session.open(first));
                    for (int k = 0; ; k++) {
                        long periodStart = phase + k * period;
                        if (periodStart + period > start[0] + nanos) {
                            break;
                        }
                        if (!onSecond && periodStart + period > secondOpen) {
                            untilTime(secondOpen);
                            timed(times.get("open"), () -> session.open(second)); // in a new tab of the same session
                            onSecond = true;
                        }
                        untilTime(periodStart + random.nextLong(period / 10, period * 9 / 10));
                        int round = k;
                        timed(times.get("type"), () -> session.type("Editor " + n + " typed in period " + round));
                        if (k % 3 == 2) {
                            untilTime(System.nanoTime() + random.nextLong(period / 20, period / 10));
                            String saved = timed(times.get("save"), session::clickSave);
                            if (!saved.contains("Saved as revision")) {
                                failures.add(saved.substring(0, Math.min(300, saved.length())));
                                return;
                            }
                        }
                        untilTime(Math.max(periodStart + period, System.nanoTime()));
                        timed(times.get("poll"), session::poll);
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                    ready.countDown();
                } finally {
                    done.countDown();
                }
            });
        }
        ready.await(300, TimeUnit.SECONDS);
        start[0] = System.nanoTime() + 200_000_000L; // read by the editors once they go
        go.countDown();
        done.await(nanos / 1_000_000_000L + 120, TimeUnit.SECONDS);
        pool.shutdownNow();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " editors failed; first: " + failures.peek());
        }
        List<Long> all = new ArrayList<>();
        StringBuilder line = new StringBuilder(String.format("%3d editors:", editors));
        times.forEach((kind, t) -> {
            all.addAll(t);
            line.append(String.format(" %s p50 %.1f p95 %.1f ms (%d) ·", kind, percentile(new ArrayList<>(t), 0.5), percentile(new ArrayList<>(t), 0.95), t.size()));
        });
        line.append(String.format(" every request p95 %.1f ms, %.1f requests/s%s%n", percentile(all, 0.95), all.size() / (nanos / 1e9),
                percentile(all, 0.95) < 200 ? "" : "  (over 200 ms)"));
        return line.toString();
    }

    /** The closed loop at 25 times the app's pace: all open at once, then type + Save, 200 ms after each answer. */
    private String stress(int editors) throws Exception {
        List<StoryId> own = stories(editors);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        ConcurrentLinkedQueue<Long> opens = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> types = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch ready = new CountDownLatch(editors);
        CountDownLatch done = new CountDownLatch(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        for (int i = 0; i < editors; i++) {
            StoryId mine = own.get(i);
            int n = i;
            pool.submit(() -> {
                try {
                    Session session = new Session(http);
                    session.signIn();
                    ready.countDown();
                    ready.await();
                    timed(opens, () -> session.open(mine));
                    long until = System.nanoTime() + 15_000_000_000L; // 15 s of editing once the editor is open
                    for (int round = 0; System.nanoTime() < until || round == 0; round++) {
                        long t1 = System.nanoTime();
                        session.type("Editor " + n + " typed round " + round);
                        long t2 = System.nanoTime();
                        String saved = session.clickSave();
                        long t3 = System.nanoTime();
                        if (!saved.contains("Saved as revision")) {
                            failures.add(saved.substring(0, Math.min(300, saved.length())));
                            break;
                        }
                        types.add(t2 - t1);
                        saves.add(t3 - t2);
                        Thread.sleep(200); // the stress test's pause between edits
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                    ready.countDown();
                } finally {
                    done.countDown();
                }
            });
        }
        ready.await(300, TimeUnit.SECONDS);
        done.await(180, TimeUnit.SECONDS);
        pool.shutdownNow();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " editors failed; first: " + failures.peek());
        }
        List<Long> rounds = new ArrayList<>();
        List<Long> t = new ArrayList<>(types);
        List<Long> sv = new ArrayList<>(saves);
        for (int i = 0; i < Math.min(t.size(), sv.size()); i++) {
            rounds.add(t.get(i) + sv.get(i));
        }
        return String.format("%3d editors: open p95 %s · type p95 %s · save p95 %s · type+save p95 %s (%d rounds)%n", editors,
                p95(new ArrayList<>(opens)), p95(t), p95(sv), p95(rounds), rounds.size());
    }

    /** Waits until {@code nanoTime}; an editor's next request goes at its time, however late the last answer came. */
    private static void untilTime(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static <T> T timed(ConcurrentLinkedQueue<Long> into, java.util.concurrent.Callable<T> request) throws Exception {
        long t0 = System.nanoTime();
        T answer = request.call();
        into.add(System.nanoTime() - t0);
        return answer;
    }

    private static double percentile(List<Long> nanos, double p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p))) / 1e6;
    }

    private static String p95(List<Long> nanos) {
        return String.format("%.1f ms", percentile(nanos, 0.95));
    }

    /** One browser's session as its requests go over HTTP: the cookie, the CSRF key, and the message counters Vaadin checks. */
    private final class Session {
        private final HttpClient http;
        private String cookie;
        private String key;
        private int clientId;
        private String syncId = "0";
        private String uiId = "0";

        Session(HttpClient http) {
            this.http = http;
        }

        void signIn() throws Exception {
            for (int attempt = 0; cookie == null; attempt++) { // many sign-ins at once from one address may be slowed or refused once
                var signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Origin", base())
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=editor&password=editor-demo")).build(),
                        HttpResponse.BodyHandlers.discarding());
                cookie = sessionCookie(signedIn, null);
                if (cookie == null && attempt == 5) {
                    throw new IllegalStateException("sign-in gave no session: " + signedIn.statusCode() + " " + signedIn.headers().map());
                }
                if (cookie == null) {
                    TimeUnit.MILLISECONDS.sleep(500);
                }
            }
        }

        /** The page's bootstrap request, then the router's navigation to the story; returns the navigation's answer. */
        String open(StoryId story) throws Exception {
            var init = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=init&location=&query=")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher k = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
            if (init.statusCode() != 200 || !k.find()) {
                throw new IllegalStateException("the application did not start a UI: " + init.statusCode());
            }
            key = k.group(1);
            Matcher ui = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init.body());
            uiId = ui.find() ? ui.group(1) : "0"; // a second tab of the session is a second UI
            syncId = "0";
            clientId = 0;
            String opened = rpc("""
                    {"type":"event","node":1,"event":"ui-navigate","data":{"route":"stories/%d","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}"""
                    .formatted(story.value()));
            if (!opened.contains("save-story")) {
                throw new IllegalStateException("the editor did not open");
            }
            headline = nodeWithId(opened, "headline-en");
            save = nodeWithId(opened, "save-story");
            return opened;
        }

        /** {@link #open}, returning the wall time of the bootstrap request and of the navigation. */
        long[] openTimed(StoryId story) throws Exception {
            long t0 = System.nanoTime();
            var init = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=init&location=&query=")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            Matcher k = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
            if (init.statusCode() != 200 || !k.find()) {
                throw new IllegalStateException("the application did not start a UI: " + init.statusCode());
            }
            key = k.group(1);
            long t2 = System.nanoTime();
            String opened = rpc("""
                    {"type":"event","node":1,"event":"ui-navigate","data":{"route":"stories/%d","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}"""
                    .formatted(story.value()));
            long t3 = System.nanoTime();
            if (!opened.contains("save-story")) {
                throw new IllegalStateException("the editor did not open");
            }
            return new long[] {t1 - t0, t3 - t2};
        }

        private String headline;
        private String save;

        /** Types {@code text} as the new English headline and leaves the field: the value sync and its change event. */
        String type(String text) throws Exception {
            return rpc("""
                    {"type":"mSync","node":%s,"feature":1,"property":"value","value":"%s"},\
                    {"type":"event","node":%s,"event":"change","data":{}}""".formatted(headline, text, headline));
        }

        String clickSave() throws Exception {
            return rpc(CLICK.formatted(save));
        }

        /** The editor's poll, every autosave period. */
        String poll() throws Exception {
            return rpc("""
                    {"type":"event","node":1,"event":"ui-poll","data":{}}""");
        }

        /** Sends the invocations as one message, as the client batches them; returns the answer. */
        String rpc(String invocations) throws Exception {
            String message = "{\"csrfToken\":\"%s\",\"rpc\":[%s],\"syncId\":%s,\"clientId\":%d}".formatted(key, invocations, syncId, clientId++);
            var answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=" + uiId)).header("Cookie", cookie)
                    .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(message)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher sync = Pattern.compile("\"syncId\":(\\d+)").matcher(answer.body());
            if (answer.statusCode() != 200 || !sync.find()) {
                throw new IllegalStateException("the server refused the message: " + answer.statusCode() + " "
                        + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            syncId = sync.group(1);
            return answer.body();
        }

        /** The state node of the element whose id attribute is {@code id}, from the changes in {@code answer}. */
        String nodeWithId(String answer, String id) {
            Matcher change = Pattern.compile("\\{[^{}]*\"key\":\"id\"[^{}]*\"value\":\"" + Pattern.quote(id) + "\"[^{}]*\\}").matcher(answer);
            if (!change.find()) {
                throw new IllegalStateException("no element with id " + id + " in the editor");
            }
            Matcher node = Pattern.compile("\"node\":(\\d+)").matcher(change.group());
            if (!node.find()) {
                throw new IllegalStateException("no node for " + id);
            }
            return node.group(1);
        }
    }

    @LocalServerPort int port;
    @Autowired DraftingService drafting;

    /**
     * The heap an open, idle story editor costs: N people sign in through the login form and open
     * the editor of a drafted story over HTTP, as a browser does (the page's init request builds the
     * UI on the server), each in a session of its own; the heap after a full GC is compared before
     * and after. The HTTP client keeps nothing but each session's cookie.
     */
    String openEditorsOverHttp() throws Exception {
        StoryId open = draftedStory("Open");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> cookies = new ArrayList<>();
        cookies.add(openEditor(http, open)); // classes loaded, caches warm
        long before = heapAfterGc();
        Map<String, long[]> histogramBefore = histogram();
        int sessions = 400;
        for (int i = 0; i < sessions; i++) {
            cookies.add(openEditor(http, open));
        }
        long after = heapAfterGc();
        String growth = histogramGrowth(histogramBefore, histogram(), sessions);
        String result = String.format("heap per open editor session (%d HTTP sessions, each signed in with the editor of a drafted story open): %.0f KB (target 250 KB)%n",
                sessions, (after - before) / 1024.0 / sessions);
        if (cookies.size() != sessions + 1) {
            throw new IllegalStateException("lost a session");
        }
        return result + "the editor's first response: " + firstResponseChars / 1024 + " K characters\n" + growth;
    }

    /** A story of the editor's, drafted by the (fake) model. */
    private StoryId draftedStory(String title) {
        StoryId id = new SignIn(userDetails).as("editor", () -> {
            StoryId s = story(title);
            drafting.start(s);
            Drafts.awaitEnd(drafting, s);
            return s;
        });
        SignIn.out();
        return id;
    }

    /** Signs in as the editor in a new session and opens the story's editor; returns the session cookie. */
    private String openEditor(HttpClient http, StoryId story) throws Exception {
        // the sign-in page costs no session; the session is made by signing in, from this site's own origin
        String form = "username=editor&password=editor-demo";
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Origin", base())
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        String session = sessionCookie(signedIn, null);
        // the page's bootstrap request makes the UI; the client's router then asks it to navigate
        var init = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=init&location=&query="))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        if (init.statusCode() != 200 || !key.find()) {
            throw new IllegalStateException("the application did not start a UI: " + init.statusCode());
        }
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"stories/%d","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key.group(1), story.value());
        var opened = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=0")).header("Cookie", session)
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (opened.statusCode() != 200 || !opened.body().contains("save-story")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/init-failed.json"), opened.body());
            throw new IllegalStateException("the editor did not open: " + opened.statusCode() + " " + opened.body().substring(0, Math.min(300, opened.body().length())));
        }
        // an idle editor's browser polls every few seconds (autosave); Vaadin keeps only the last response
        Matcher sync = Pattern.compile("\"syncId\":(\\d+)").matcher(opened.body());
        if (!sync.find()) {
            throw new IllegalStateException("no syncId in the response");
        }
        String poll = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-poll","data":{}}],"syncId":%s,"clientId":1}"""
                .formatted(key.group(1), sync.group(1));
        var polled = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=0")).header("Cookie", session)
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(poll)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (polled.statusCode() != 200 || polled.body().contains("Vaadin-Refresh") || polled.body().contains("\"meta\":{\"async")) {
            throw new IllegalStateException("the poll was refused: " + polled.statusCode() + " " + polled.body());
        }
        firstResponseChars = opened.body().length();
        if (Boolean.getBoolean("bench.histogram")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/editor-first-response.json"), opened.body());
        }
        return session;
    }

    private int firstResponseChars;

    private String base() {
        return "http://localhost:" + port;
    }

    private static String sessionCookie(HttpResponse<?> response, String current) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(current);
    }

    /** With -Dbench.histogram, the classes whose instances grew most (what to slim next); otherwise nothing. */
    static Map<String, long[]> histogram() throws Exception {
        if (!Boolean.getBoolean("bench.histogram")) {
            return Map.of();
        }
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 4 && cols[0].endsWith(":")) {
                classes.put(cols[3], new long[] {Long.parseLong(cols[1]), Long.parseLong(cols[2])});
            }
        }
        return classes;
    }

    static String histogramGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        StringBuilder out = new StringBuilder();
        after.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1] - before.getOrDefault(b.getKey(), new long[2])[1],
                        a.getValue()[1] - before.getOrDefault(a.getKey(), new long[2])[1]))
                .limit(40).forEach(e -> {
                    long[] was = before.getOrDefault(e.getKey(), new long[2]);
                    out.append(String.format("  %8.1f KB %7.1f objects  %s%n", (e.getValue()[1] - was[1]) / 1024.0 / sessions,
                            (e.getValue()[0] - was[0]) / (double) sessions, e.getKey()));
                });
        return out.toString();
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
