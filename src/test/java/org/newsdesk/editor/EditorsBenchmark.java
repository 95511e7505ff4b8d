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

    private static final String CLICK = """
            {"type":"event","node":%s,"event":"click","data":{"event.screenX":0,"event.screenY":0,"event.clientX":0,\
            "event.clientY":0,"event.detail":1,"event.button":0,"event.ctrlKey":false,"event.shiftKey":false,\
            "event.altKey":false,"event.metaKey":false}}""";

    @Test
    void memoryPerOpenEditor() throws Exception {
        System.out.println("\nEDITORS BENCHMARK (memory)\n" + openEditorsOverHttp());
    }

    /**
     * The server time of a typical interaction as Vaadin's client sends it over HTTP: each of N
     * editors signs in (a session of their own), opens their story's editor (bootstrap and the
     * router's navigation), then, with a 200 ms pause between rounds, types a new headline (the
     * field's value sync and its change event, one request) and clicks Save (a click event, one
     * request). Times are as the client sees them, on loopback: the server's time plus little.
     */
    @Test
    void typicalInteractionOverHttp() throws Exception {
        StringBuilder out = new StringBuilder("\nEDITORS BENCHMARK (open, type, save over HTTP as Vaadin's client sends them)\n");
        SignIn signIn = new SignIn(userDetails);
        for (int editors : new int[] {20, 80}) {
            List<StoryId> own = signIn.as("editor", () -> {
                List<StoryId> ids = new ArrayList<>();
                for (int i = 0; i < editors; i++) {
                    ids.add(story("Typed " + i));
                }
                return ids;
            });
            SignIn.out();
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
                        long t0 = System.nanoTime();
                        String opened = session.open(mine);
                        opens.add(System.nanoTime() - t0);
                        String headline = session.nodeWithId(opened, "headline-en");
                        String save = session.nodeWithId(opened, "save-story");
                        long until = System.nanoTime() + 15_000_000_000L; // 15 s of editing once the editor is open
                        for (int round = 0; System.nanoTime() < until || round == 0; round++) {
                            long t1 = System.nanoTime();
                            session.rpc("""
                                    {"type":"mSync","node":%s,"feature":1,"property":"value","value":"Editor %d typed round %d"},                                    {"type":"event","node":%s,"event":"change","data":{}}""".formatted(headline, n, round, headline));
                            long t2 = System.nanoTime();
                            String saved = session.rpc("""
                                    {"type":"event","node":%s,"event":"click","data":{"event.screenX":0,"event.screenY":0,"event.clientX":0,                                    "event.clientY":0,"event.detail":1,"event.button":0,"event.ctrlKey":false,"event.shiftKey":false,                                    "event.altKey":false,"event.metaKey":false}}""".formatted(save));
                            long t3 = System.nanoTime();
                            if (!saved.contains("Saved as revision")) {
                                failures.add(saved.substring(0, Math.min(300, saved.length())));
                                break;
                            }
                            types.add(t2 - t1);
                            saves.add(t3 - t2);
                            Thread.sleep(200); // an editor pauses between edits
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                        ready.countDown();
                    } finally {
                        done.countDown();
                    }
                });
            }
            ready.await(120, TimeUnit.SECONDS);
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
            out.append(String.format("%3d editors: open p95 %s · type p95 %s · save p95 %s · type+save p95 %s (%d rounds)%s%n", editors,
                    p95(new ArrayList<>(opens)), p95(t), p95(sv), p95(rounds), rounds.size(),
                    percentile(sv, 0.95) < 200 ? "" : "  (save over 200 ms)"));
        }
        System.out.println(out);
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

        Session(HttpClient http) {
            this.http = http;
        }

        void signIn() throws Exception {
            var signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Origin", base())
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=editor&password=editor-demo")).build(),
                    HttpResponse.BodyHandlers.discarding());
            cookie = sessionCookie(signedIn, null);
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
            String opened = rpc("""
                    {"type":"event","node":1,"event":"ui-navigate","data":{"route":"stories/%d","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}"""
                    .formatted(story.value()));
            if (!opened.contains("save-story")) {
                throw new IllegalStateException("the editor did not open");
            }
            return opened;
        }

        /** Sends the invocations as one message, as the client batches them; returns the answer. */
        String rpc(String invocations) throws Exception {
            String message = "{\"csrfToken\":\"%s\",\"rpc\":[%s],\"syncId\":%s,\"clientId\":%d}".formatted(key, invocations, syncId, clientId++);
            var answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/?v-r=uidl&v-uiId=0")).header("Cookie", cookie)
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
        SignIn signIn = new SignIn(userDetails);
        StoryId open = signIn.as("editor", () -> {
            StoryId id = story("Open");
            drafting.start(id);
            Drafts.awaitEnd(drafting, id);
            return id;
        });
        SignIn.out();
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
