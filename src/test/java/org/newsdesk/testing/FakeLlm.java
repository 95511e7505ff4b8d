package org.newsdesk.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server that speaks the OpenAI chat-completions protocol, plain and streamed
 * (server-sent events with a final usage chunk), scripted per test: a queue of behaviours for
 * the next requests, then a default that answers a well-formed draft in the requested language.
 */
public final class FakeLlm {

    private static FakeLlm shared;

    private final HttpServer server;
    private final Queue<Behavior> next = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Function<String, Behavior> fallback = FakeLlm::draftFor;
    /** Silent answers end when this opens (at the next reset), so that they do not hold the client's connections into the next test. */
    private static volatile java.util.concurrent.CountDownLatch silenced = new java.util.concurrent.CountDownLatch(1);

    private FakeLlm() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-llm");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** The one fake server of this test JVM. */
    public static synchronized FakeLlm shared() {
        if (shared == null) {
            try {
                shared = new FakeLlm();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Forgets scripted behaviours and recorded requests; answers well-formed sections again. */
    public void reset() {
        silenced.countDown();
        silenced = new java.util.concurrent.CountDownLatch(1);
        next.clear();
        requests.clear();
        fallback = FakeLlm::draftFor;
    }

    /** The next requests get these behaviours, in order, whatever they ask. */
    public FakeLlm thenRespond(Behavior... behaviors) {
        next.addAll(List.of(behaviors));
        return this;
    }

    /** Every request not scripted with {@link #thenRespond} gets this. */
    public FakeLlm byDefault(Function<String, Behavior> behavior) {
        this.fallback = behavior;
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        Behavior behavior = next.poll();
        if (behavior == null) {
            behavior = fallback.apply(body);
        }
        try {
            behavior.respond(exchange, body.contains("\"stream\":true"));
        } finally {
            exchange.close();
        }
    }

    /** A source text that supports every claim the canned answers make (so a draft of it passes the claim check). */
    public static final String SOURCE_TEXT = "French AI startup Mistral AI, based in France, secured €705 million in debt financing to build a "
            + "data center near Paris, aiming to acquire 13,800 NVIDIA GPUs from the US chip maker, a milestone for European AI.";

    /** The canned answer for the section and language a request asks for. */
    public static Behavior draftFor(String requestBody) {
        return stream(answerFor(requestBody));
    }

    public static String answerFor(String requestBody) {
        if (requestBody.contains("Bring these fields from")) {
            return translationFor(requestBody);
        }
        String lang = requestBody.contains("Write in Simplified Chinese") ? "zh" : requestBody.contains("Write in French") ? "fr" : "en";
        if (requestBody.contains("Draft the DATA part")) {
            return DATA;
        }
        if (requestBody.contains("Draft the ANALYSIS part")) {
            return lang.equals("zh") ? ANALYSIS_ZH : ANALYSIS;
        }
        if (requestBody.contains("Draft the FAQ")) {
            return lang.equals("zh") ? FAQ_ZH : FAQ;
        }
        if (requestBody.contains("Draft the ASSESSMENT part")) {
            return ASSESSMENT;
        }
        return switch (lang) {
            case "zh" -> CHINESE_BRIEF;
            case "fr" -> FRENCH_BRIEF;
            default -> ENGLISH_BRIEF;
        };
    }

    /** What the fake translator puts before the original text of each field it is asked to bring up to date. */
    public static String translationMark(String language) {
        return switch (language) {
            case "zh" -> "【译】";
            case "fr" -> "[fr] ";
            default -> "[" + language + "] ";
        };
    }

    private static final Pattern TRANSLATION_FIELD = Pattern.compile("<field key=\"(\\w+)\"[^>]*>\\n<original>\\n(.*?)\\n</original>", Pattern.DOTALL);

    /**
     * The answer to an "Update translations" request: every field asked for, its original text
     * marked with {@link #translationMark} of the target language (so a test sees what was rewritten).
     */
    public static String translationFor(String requestBody) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        String user = "";
        for (var message : json.readTree(requestBody).path("messages")) {
            if (message.path("role").asString("").equals("user")) {
                user = message.path("content").asString("");
            }
        }
        String lang = user.contains("up to date in Simplified Chinese") ? "zh" : user.contains("up to date in French") ? "fr" : "en";
        Map<String, String> answer = new java.util.LinkedHashMap<>();
        Matcher m = TRANSLATION_FIELD.matcher(user);
        while (m.find()) {
            answer.put(m.group(1), translationMark(lang) + m.group(2));
        }
        return json.writeValueAsString(answer);
    }

    public static final String ENGLISH_BRIEF = """
            {"headline": "Mistral AI raises €705 million in debt for a data center near Paris",
             "summary": "Mistral AI secured €705 million in debt financing to build a data center near Paris and buy 13,800 NVIDIA GPUs. The move shifts the company from model building toward owning its compute.",
             "tldr": ["Mistral AI raised €705 million in debt financing.", "The money funds a data center near Paris.", "It plans to buy 13,800 NVIDIA GPUs."],
             "corePoint": "Mistral AI is buying its own compute with €705 million of debt."}
            """;

    public static final String CHINESE_BRIEF = """
            {"headline": "Mistral AI 获7.05亿欧元债务融资,在巴黎附近建设数据中心",
             "summary": "法国AI公司Mistral AI完成7.05亿欧元债务融资,用于在巴黎附近建设数据中心并采购13,800块英伟达GPU。",
             "tldr": ["Mistral AI完成7.05亿欧元债务融资。", "资金用于巴黎附近的数据中心。", "计划采购13,800块英伟达GPU。"],
             "corePoint": "Mistral AI以7.05亿欧元债务自建算力。"}
            """;

    public static final String FRENCH_BRIEF = """
            {"headline": "Mistral AI lève 705 millions d'euros de dette pour un centre de données",
             "summary": "Mistral AI lève 705 millions d'euros de dette pour un centre de données près de Paris et 13 800 GPU NVIDIA.",
             "tldr": ["Une dette de 705 millions d'euros.", "Un centre de données près de Paris.", "13 800 GPU NVIDIA."],
             "corePoint": "Mistral AI finance sa propre puissance de calcul."}
            """;

    public static final String DATA = """
            {"keyData": [{"entity": "Mistral AI", "info": "Debt financing", "value": "€705 million"},
                         {"entity": "Mistral AI", "info": "GPUs to acquire", "value": "13,800"}],
             "keyPlayers": [{"name": "Mistral AI", "role": "AI model developer", "basedIn": "France"},
                            {"name": "NVIDIA", "role": "GPU supplier", "basedIn": "US"}],
             "relatedCompanies": [{"name": "NVIDIA", "stage": "mature", "sentiment": "positive"},
                                  {"name": "Mistral AI", "stage": "startup", "sentiment": "positive"}]}
            """;

    public static final String ANALYSIS = """
            {"deepAnalysis": ["Mistral is moving from renting compute to owning it.", "Debt rather than equity keeps its valuation intact."],
             "insights": ["Infrastructure is the new battleground.", "European compute sovereignty gains a champion.", "Debt financing of GPUs becomes normal."]}
            """;

    public static final String ANALYSIS_ZH = """
            {"deepAnalysis": ["Mistral正从租用算力转向自建算力。", "以债务而非股权融资保住了估值。"],
             "insights": ["基础设施成为新的竞争焦点。", "欧洲算力主权迎来领头者。", "以债务融资采购GPU将成常态。"]}
            """;

    public static final String FAQ = """
            {"faq": [{"question": "What will the money fund?", "answer": "A data center near Paris and 13,800 NVIDIA GPUs."},
                     {"question": "Is it equity?", "answer": "No, it is debt financing."}]}
            """;

    public static final String FAQ_ZH = """
            {"faq": [{"question": "资金用途是什么?", "answer": "在巴黎附近建设数据中心并采购13,800块英伟达GPU。"},
                     {"question": "这是股权融资吗?", "answer": "不是,这是债务融资。"}]}
            """;

    public static final String ASSESSMENT = """
            {"industryImpact": [{"sector": "Computing/AI", "level": "High", "reason": "large-scale GPU procurement"}],
             "tracking": {"recommendation": "Strongly track", "reason": "a major infrastructure move"},
             "highlights": ["Investment / Funding"],
             "categories": ["AI", "Cloud"],
             "scores": {"hot": 70, "hotRationale": "big round", "quality": 60, "qualityRationale": "one source", "impact": 75, "impactRationale": "compute sovereignty"}}
            """;

    /** How the server answers one request. */
    @FunctionalInterface
    public interface Behavior {
        void respond(HttpExchange exchange, boolean streamed) throws IOException;
    }

    /** Streams {@code text} in small chunks (or answers it whole to a non-streamed request), with usage. */
    public static Behavior stream(String text) {
        return stream(text, Duration.ZERO);
    }

    public static Behavior stream(String text, Duration betweenChunks) {
        return stream(text, betweenChunks, 12);
    }

    /** Streams {@code text} in chunks of {@code chunkSize} characters (a long answer in fewer, larger chunks). */
    public static Behavior stream(String text, Duration betweenChunks, int chunkSize) {
        return (exchange, streamed) -> {
            if (!streamed) {
                send(exchange, 200, Map.of("Content-Type", "application/json"), completion(text));
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String chunk : chunks(text, chunkSize)) {
                sse(out, chunkJson(chunk, null));
                sleep(betweenChunks);
            }
            sse(out, chunkJson("", "stop"));
            sse(out, "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\",\"choices\":[],"
                    + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":60,\"total_tokens\":180}}");
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    /** Streams {@code text} and ends it as a model at its output limit does: finish reason "length". */
    public static Behavior cutOffAtLength(String text) {
        return endedBy(text, "length");
    }

    /** Streams {@code text} and ends it with {@code finishReason} ("content_filter", say). */
    public static Behavior endedBy(String text, String finishReason) {
        return (exchange, streamed) -> {
            OutputStream out = startStream(exchange, text);
            sse(out, chunkJson("", finishReason));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    /** Answers with an HTTP error status. */
    public static Behavior status(int code, Map<String, String> headers) {
        return (exchange, streamed) -> send(exchange, code, merge(headers),
                "{\"error\":{\"message\":\"fake failure " + code + "\",\"type\":\"server_error\",\"code\":null}}");
    }

    public static Behavior status(int code) {
        return status(code, Map.of());
    }

    /**
     * A provider that fails every {@code n}th request it gets (counting from this call) with
     * {@code failure}, and answers the others well.
     */
    public FakeLlm failEvery(int n, Behavior failure) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return byDefault(body -> count.incrementAndGet() % n == 0 ? failure : draftFor(body));
    }

    /** Answers 200 with a web page, as a proxy or a wrong base URL does. */
    public static Behavior html() {
        return (exchange, streamed) -> send(exchange, 200, Map.of("Content-Type", "text/html; charset=utf-8"),
                "<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>");
    }

    /** Accepts the request and says nothing for {@code d} (or until the next {@link #reset}). */
    public static Behavior silence(Duration d) {
        return (exchange, streamed) -> {
            try {
                silenced.await(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // end the exchange properly: a connection left without an answer stays busy in the client's pool
            send(exchange, 504, Map.of("Content-Type", "application/json"), "{\"error\":{\"message\":\"silence over\"}}");
        };
    }

    /**
     * Holds each request until {@code together} has counted down to zero (every request of the
     * group is in flight at the same time), then behaves as {@code then}; a request still waiting
     * after {@code atMost} (the client sent them one batch after another) is refused with HTTP 400,
     * which the client does not retry, so the test sees that section fail.
     */
    public static Behavior together(java.util.concurrent.CountDownLatch together, Duration atMost, Behavior then) {
        return (exchange, streamed) -> {
            together.countDown();
            boolean all;
            try {
                all = together.await(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                all = false;
            }
            if (all) {
                then.respond(exchange, streamed);
            } else {
                send(exchange, 400, Map.of("Content-Type", "application/json"),
                        "{\"error\":{\"message\":\"the other requests of the group never arrived together with this one\"}}");
            }
        };
    }

    /**
     * Starts streaming {@code text}, then keeps the connection open without a word for {@code d} (or until the next
     * {@link #reset}), as a provider or a proxy that hangs mid-answer does.
     */
    public static Behavior stallAfter(String text, Duration d) {
        return (exchange, streamed) -> {
            OutputStream out = startStream(exchange, text);
            out.flush();
            try {
                silenced.await(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.close();
        };
    }

    /** Starts streaming {@code text}, then the connection breaks. */
    public static Behavior breakAfter(String text) {
        return (exchange, streamed) -> {
            OutputStream out = startStream(exchange, text);
            out.flush();
            throw new IOException("connection broken on purpose");
        };
    }

    /** Opens an event stream and sends {@code text} in chunks of 12 characters, without ending the answer. */
    private static OutputStream startStream(HttpExchange exchange, String text) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String chunk : chunks(text, 12)) {
            sse(out, chunkJson(chunk, null));
        }
        return out;
    }

    private static Map<String, String> merge(Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return all;
    }

    private static void send(HttpExchange exchange, int code, Map<String, String> headers, String body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sse(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static List<String> chunks(String text, int size) {
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            chunks.add(text.substring(i, Math.min(text.length(), i + size)));
        }
        return chunks;
    }

    private static String chunkJson(String content, String finishReason) {
        return "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"role\":\"assistant\",\"content\":" + quote(content) + "},\"finish_reason\":"
                + (finishReason == null ? "null" : quote(finishReason)) + "}]}";
    }

    private static String completion(String text) {
        return "{\"id\":\"chatcmpl-fake\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake-model\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + quote(text) + "},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":60,\"total_tokens\":180}}";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
