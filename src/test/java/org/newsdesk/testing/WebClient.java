package org.newsdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A browser-like HTTP client for tests over HTTP: its own cookies, no redirects followed, any header (Host too, over a raw socket). */
public final class WebClient {

    public final int port;
    public final HttpClient http;

    public WebClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form as a browser on this site does (Origin: this site), plus {@code headers}. */
    public HttpResponse<String> signIn(String username, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/login")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        boolean hasOrigin = false;
        for (int i = 0; i < headers.length; i += 2) {
            hasOrigin |= headers[i].equalsIgnoreCase("Origin");
        }
        if (!hasOrigin) {
            b.header("Origin", base());
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a sign-in sends the browser next ("" when nowhere). */
    public String signInLocation(String username, String password, String... headers) throws Exception {
        return signIn(username, password, headers).headers().firstValue("Location").orElse("");
    }

    public static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** A raw HTTP/1.1 exchange, for headers java.net.http refuses to send (Host). Returns status line and headers (lower-case names). */
    public static Map<String, String> raw(int port, String method, String path, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
            req.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = response.split("\r\n\r\n", 2)[0];
            Map<String, String> result = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>(List.of(head.split("\r\n")));
            result.put(":status", lines.remove(0).split(" ")[1]);
            for (String line : lines) {
                int colon = line.indexOf(':');
                result.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
            }
            return result;
        }
    }
}
