package org.newsdesk.publishing.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver on this machine: it checks every request the way the Standard
 * Webhooks specification tells receivers to (written here from the specification, not with the
 * desk's signing code), records what it accepted, and answers what the test decides.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String id, long timestamp, String body, boolean signatureValid) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    private volatile String secret;
    private volatile Function<Received, Integer> answer = r -> 204;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            inFlight.incrementAndGet();
            try {
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String ts = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                String sig = exchange.getRequestHeaders().getFirst("webhook-signature");
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                long timestamp = ts == null ? -1 : Long.parseLong(ts);
                Received r = new Received(id, timestamp, body, verify(id, ts, body, sig));
                seen.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                int status = r.signatureValid() ? answer.apply(r) : 401;
                if (status >= 200 && status < 300) {
                    received.add(r);
                }
                exchange.sendResponseHeaders(status, -1);
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String s) {
        this.secret = s;
    }

    void answer(Function<Received, Integer> a) {
        this.answer = a;
    }

    /** The specification's check: HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_", any "v1," entry matching, in constant time; a timestamp within five minutes. */
    private boolean verify(String id, String ts, String body, String header) {
        if (id == null || ts == null || header == null || secret == null) {
            return false;
        }
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + ts + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(part.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
