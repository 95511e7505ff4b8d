package org.newsdesk.publishing.internal;

import static org.awaitility.Awaitility.await;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publishing benchmark (not a test: surefire leaves out *Benchmark; run it with
 * {@code ./newsdesk bench}). Measures, on the whole application with its real PostgreSQL:
 * <ol>
 * <li>the article page on a repeat hit (served from its one rendering): requests per second and
 * latency with {@value #CONNECTIONS} keep-alive connections for {@value #MEASURE_SECONDS} s;</li>
 * <li>the article page on a first render (its rendering forgotten before each request);</li>
 * <li>release lateness of {@value #RELEASES} stories scheduled for the same minute, on the real clock.</li>
 * </ol>
 * The load generator is a minimal HTTP/1.1 client in the same JVM, on the same 2 cores.
 * Figures go to standard output and to target/benchmarks/publishing.txt.
 */
@IntegrationTest
class PublishingBenchmark {

    static final int CONNECTIONS = 8;
    static final int WARM_UP_SECONDS = 5;
    static final int MEASURE_SECONDS = 15;
    static final int FIRST_RENDERS = 300;
    static final int RELEASES = 1000;

    @Autowired ApplicationContext context;
    @Autowired PageCache cache;
    @Autowired JdbcClient jdbc;
    @Autowired NewsdeskProperties props;
    @LocalServerPort int port;

    final StringBuilder report = new StringBuilder();

    @Test
    void articlePageAndReleaseLateness() throws Exception {
        line("Newsdesk publishing benchmark, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version());
        Desk desk = new Desk(context);
        Story article = desk.publish(desk.approved(seedContent()));
        String path = "/articles/" + article.slug();
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nUser-Agent: newsdesk-bench\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        int size = get(request).length;
        line("Article page: " + path + " (" + size + " bytes of HTML)");

        // 1. repeat hits
        load(request, WARM_UP_SECONDS);
        long rendersBefore = cache.renders();
        Result hits = load(request, MEASURE_SECONDS);
        line(String.format(Locale.ROOT, "Repeat hits, %d connections, %d s: %,.0f requests/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; "
                + "%d renderings during the run", CONNECTIONS, MEASURE_SECONDS, hits.perSecond(), hits.percentile(50), hits.percentile(90),
                hits.percentile(99), hits.max(), cache.renders() - rendersBefore));

        // 2. first renders: the rendering is forgotten before each request, so each one reads the database and runs the templates
        long[] first = new long[FIRST_RENDERS];
        try (Connection c = new Connection(port)) {
            for (int i = 0; i < 50; i++) {
                cache.clear();
                c.exchange(request);
            }
            for (int i = 0; i < FIRST_RENDERS; i++) {
                cache.clear();
                long t0 = System.nanoTime();
                c.exchange(request);
                first[i] = System.nanoTime() - t0;
            }
        }
        Result renders = new Result(first, 0);
        line(String.format(Locale.ROOT, "First render (%d requests, one at a time): latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                FIRST_RENDERS, renders.percentile(50), renders.percentile(90), renders.percentile(99), renders.max()));

        // 3. release lateness: RELEASES stories scheduled for the same minute, released by the scheduler on the real clock
        releaseLateness(desk);
        SignIn.out();

        Path out = Path.of("target", "benchmarks", "publishing.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void releaseLateness(Desk desk) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long t0 = System.nanoTime();
        List<StoryId> ids = new ArrayList<>();
        for (int i = 0; i < RELEASES; i++) {
            ids.add(desk.approved("Release benchmark " + run + " #" + i));
        }
        Instant due = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        if (Duration.between(Instant.now(), due).toSeconds() < 40) {
            due = due.plus(1, ChronoUnit.MINUTES);
        }
        for (StoryId id : ids) {
            desk.schedule(id, LocalDateTime.ofInstant(due, ZoneOffset.UTC), ZoneOffset.UTC);
        }
        line(String.format(Locale.ROOT, "Releases: %d stories approved and scheduled for %s in %.0f s", RELEASES, due,
                (System.nanoTime() - t0) / 1e9));
        Long[] idArray = ids.stream().map(StoryId::value).toArray(Long[]::new);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.sql(
                "select count(*) from scheduled_release where story_id = any(?) and status = 'RELEASED'").param(idArray).query(Integer.class).single() == RELEASES);
        long[] lateness = jdbc.sql("select (extract(epoch from (released_at - due_at)) * 1000000)::bigint from scheduled_release where story_id = any(?)")
                .param(idArray).query(Long.class).list().stream().mapToLong(us -> us * 1000).toArray();
        Result late = new Result(lateness, 0);
        int early = jdbc.sql("select count(*) from scheduled_release where story_id = any(?) and released_at < due_at").param(idArray)
                .query(Integer.class).single();
        int twice = jdbc.sql("select count(*) from (select story_id from workflow_audit where action = 'RELEASE' and story_id = any(?) "
                + "group by story_id having count(*) > 1) t").param(idArray).query(Integer.class).single();
        line(String.format(Locale.ROOT, "Release lateness over %d stories due at the same instant (%d worker(s)): first %.0f ms, p50 %.0f ms, p90 %.0f ms, "
                + "p99 %.0f ms, last %.0f ms; released early: %d; released twice: %d", RELEASES, props.publishing().releaseWorkers(),
                late.percentile(0), late.percentile(50), late.percentile(90), late.percentile(99), late.max(), early, twice));
    }

    private static StoryContent seedContent() {
        String en = "Mistral AI is in early talks to raise €3B ($3.5B) at a €20B valuation. The €20B valuation is nearly double its €11.7B "
                + "Series C from September. It has raised ~$4B to date, far less than U.S. rivals OpenAI and Anthropic. Mistral positions itself "
                + "as a \"sovereign\" European alternative to American AI giants.";
        String zh = "法国AI公司Mistral AI正洽谈融资约30亿欧元(约35亿美元),目标估值200亿欧元(约231.5亿美元)。此轮估值接近其C轮融资估值(117亿欧元)的两倍。"
                + "Mistral采用开源与闭源结合的策略,并积极与欧洲政府及军方合作,定位为“主权AI”本土替代方案。";
        return new StoryContent(java.util.Map.of(
                "en", new LocalizedContent("Mistral is rumored to be raising €3B at €20B valuation " + UUID.randomUUID().toString().substring(0, 6), en,
                        List.of("Mistral AI is in early talks to raise €3B ($3.5B) at a €20B valuation.",
                                "The €20B valuation is nearly double its €11.7B Series C from September.",
                                "It has raised ~$4B to date, far less than U.S. rivals OpenAI and Anthropic.",
                                "Mistral positions itself as a \"sovereign\" European alternative to American AI giants.",
                                "The company offers both open-weight and closed models for specific use cases.")),
                "zh", new LocalizedContent("据传,Mistral正在以200亿欧元的估值筹集30亿欧元资金", zh,
                        List.of("法国AI公司Mistral AI正洽谈融资约30亿欧元(约35亿美元),目标估值200亿欧元。", "此轮估值接近其C轮融资估值(117亿欧元)的两倍。",
                                "Mistral采用开源与闭源结合的策略,定位为“主权AI”本土替代方案。", "其累计融资额(约40亿美元)仍远低于OpenAI和Anthropic。"))));
    }

    private byte[] get(byte[] request) throws IOException {
        try (Connection c = new Connection(port)) {
            return c.exchange(request);
        }
    }

    /** Keeps CONNECTIONS connections busy for {@code seconds}; returns every request's latency. */
    private Result load(byte[] request, int seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(CONNECTIONS);
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[CONNECTIONS];
        for (int i = 0; i < CONNECTIONS; i++) {
            long[] mine = new long[4_000_000 / CONNECTIONS];
            latencies.add(mine);
            int index = i;
            Thread.ofPlatform().daemon().start(() -> {
                try (Connection c = new Connection(port)) {
                    int n = 0;
                    while (!stop.get() && n < mine.length) {
                        long t0 = System.nanoTime();
                        c.exchange(request);
                        mine[n++] = System.nanoTime() - t0;
                    }
                    counts[index] = n;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
        }
        long t0 = System.nanoTime();
        Thread.sleep(Duration.ofSeconds(seconds));
        stop.set(true);
        done.await();
        long elapsed = System.nanoTime() - t0;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int i = 0; i < CONNECTIONS; i++) {
            System.arraycopy(latencies.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        return new Result(all, elapsed);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    record Result(long[] nanos, long elapsedNanos) {
        Result {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        double perSecond() {
            return nanos.length / (elapsedNanos / 1e9);
        }

        double percentile(double p) {
            int i = (int) Math.min(nanos.length - 1, Math.max(0, Math.ceil(p / 100.0 * nanos.length) - 1));
            return nanos[i] / 1e6;
        }

        double max() {
            return nanos[nanos.length - 1] / 1e6;
        }
    }

    /** One keep-alive HTTP/1.1 connection that sends a request and reads the whole response (Content-Length or chunked). */
    static final class Connection implements AutoCloseable {
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(int port) throws IOException {
            this.port = port;
            open();
        }

        private void open() throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        byte[] exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = readLine();
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IOException("Unexpected answer: " + status);
            }
            int length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true; // Tomcat ends a keep-alive connection after 100 requests, as browsers expect
                }
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(readLine().strip(), 16); size > 0; size = Integer.parseInt(readLine().strip(), 16)) {
                    chunks.write(in.readNBytes(size));
                    readLine();
                }
                readLine();
                body = chunks.toByteArray();
            } else {
                body = in.readNBytes(length);
            }
            if (close) {
                socket.close();
                open();
            }
            return body;
        }

        private String readLine() throws IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("Connection closed");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
