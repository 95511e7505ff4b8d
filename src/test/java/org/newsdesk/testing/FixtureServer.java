package org.newsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local web server for ingest tests, reached as {@code http://localhost:PORT} (the test
 * profile allows the host "localhost"; "127.0.0.1" stays refused). It serves the fixtures in
 * src/test/resources/ingest under {@code /r/{run}/…}, with {@code {{run}}} in a fixture replaced
 * by the run token from the path, so every test gets its own stories (own URLs, own text) from
 * the same files. Special paths:
 * <ul>
 *   <li>{@code /r/{run}/conditional/{file}}: serves with an ETag, and 304 when it comes back;</li>
 *   <li>{@code /r/{run}/redirect-to-port/{port}}: 302 to {@code http://localhost:{port}/};</li>
 *   <li>{@code /r/{run}/redirect-to-loopback/{file}}: 302 to the same fixture at 127.0.0.1;</li>
 *   <li>{@code /r/{run}/huge}: a 20 MB body, streamed without a length;</li>
 *   <li>{@code /r/{run}/status/{code}}: answers that status;</li>
 *   <li>{@code /r/{run}/pdf}: a non-HTML document.</li>
 * </ul>
 * Counts requests per path, so tests can tell whether something was fetched.
 */
public final class FixtureServer {

    private static FixtureServer shared;

    private final HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    private FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized FixtureServer shared() {
        if (shared == null) {
            try {
                shared = new FixtureServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String base() {
        return "http://localhost:" + port();
    }

    /** A fresh run token: the stories served under it are new to the database. */
    public static String newRun() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The URL of a fixture for a run, e.g. {@code url(run, "feeds/english-rss2.xml")}. */
    public String url(String run, String path) {
        return base() + "/r/" + run + "/" + path;
    }

    public int hits(String run, String path) {
        return hits.getOrDefault("/r/" + run + "/" + path, new AtomicInteger()).get();
    }

    /** The value of a request header in the last request to that path. */
    public String lastHeader(String run, String path, String header) {
        return lastHeaders.get("/r/" + run + "/" + path + "|" + header.toLowerCase());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.getRequestHeaders().forEach((k, v) -> lastHeaders.put(path + "|" + k.toLowerCase(), v.get(0)));
            String[] parts = path.split("/", 4);
            if (parts.length < 4 || !parts[1].equals("r")) {
                send(exchange, 404, "text/plain", "no such fixture".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String run = parts[2];
            String rest = parts[3];
            if (rest.startsWith("conditional/")) {
                String etag = "\"v1-" + run + "\"";
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.getResponseHeaders().add("ETag", etag);
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.getResponseHeaders().add("Last-Modified", "Mon, 30 Mar 2026 10:00:00 GMT");
                serveFixture(exchange, run, rest.substring("conditional/".length()));
            } else if (rest.startsWith("redirect-to-loopback/")) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + port() + "/r/" + run + "/" + rest.substring("redirect-to-loopback/".length()));
                exchange.sendResponseHeaders(302, -1);
            } else if (rest.startsWith("redirect-to-port/")) {
                exchange.getResponseHeaders().add("Location", "http://localhost:" + rest.substring("redirect-to-port/".length()) + "/");
                exchange.sendResponseHeaders(302, -1);
            } else if (rest.startsWith("redirect/")) {
                exchange.getResponseHeaders().add("Location", "/r/" + run + "/" + rest.substring("redirect/".length()));
                exchange.sendResponseHeaders(301, -1);
            } else if (rest.equals("huge")) {
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = ("<item><title>filler</title><description>" + "x".repeat(1000) + "</description></item>\n").getBytes(StandardCharsets.UTF_8);
                OutputStream out = exchange.getResponseBody();
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>".getBytes(StandardCharsets.UTF_8));
                try {
                    for (long sent = 0; sent < 20L * 1024 * 1024; sent += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("</channel></rss>".getBytes(StandardCharsets.UTF_8));
                } catch (IOException clientHungUp) {
                    // the fetcher stops reading at its cap: expected
                }
            } else if (rest.startsWith("status/")) {
                send(exchange, Integer.parseInt(rest.substring("status/".length())), "text/plain", "status".getBytes(StandardCharsets.UTF_8));
            } else if (rest.equals("pdf")) {
                send(exchange, 200, "application/pdf", "%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
            } else {
                serveFixture(exchange, run, rest);
            }
        }
    }

    private void serveFixture(HttpExchange exchange, String run, String file) throws IOException {
        byte[] bytes;
        try (InputStream in = FixtureServer.class.getResourceAsStream("/ingest/" + file)) {
            if (in == null) {
                send(exchange, 404, "text/plain", ("no fixture " + file).getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes = in.readAllBytes();
        }
        // replace the placeholders byte for byte (ISO-8859-1 maps bytes to chars one to one), whatever the file's charset
        String raw = new String(bytes, StandardCharsets.ISO_8859_1).replace("{{run}}", run).replace("{{base}}", base());
        bytes = raw.getBytes(StandardCharsets.ISO_8859_1);
        String type;
        if (file.endsWith(".xml") || file.endsWith(".opml")) {
            type = "application/xml";
        } else if (file.startsWith("pages/windows-1252")) {
            type = "text/html; charset=windows-1252";
        } else {
            type = "text/html";
        }
        send(exchange, 200, type, bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }
}
