package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A partner site is told its rate over HTTP: every answer of the read API carries its limit a minute and how many
 * requests it may still make, counting down, and the first request over the limit gets 429 with how long to wait.
 * (A limit of 3 counted in this node, so the count is the test's own.)
 */
@IntegrationTest
@Tag("own-context")
@TestPropertySource(properties = {"newsdesk.delivery.api.rate-limit=3", "newsdesk.delivery.api.rate-limit-scope=node"})
class ArticleApiRateLimitIntegrationTest {

    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Origin", "https://partner.example")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerSaysHowManyRequestsAreLeftAndTheOneOverTheLimitHowLongToWait() throws Exception {
        String[] paths = {"/api/v1/articles", "/api/v1/articles?limit=5", "/api/v1/articles/no-such-article"};
        int[] statuses = {200, 200, 404};
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = get(paths[i]);
            assertThat(r.statusCode()).isEqualTo(statuses[i]);
            assertThat(r.headers().firstValue("X-RateLimit-Limit")).hasValue("3");
            assertThat(r.headers().firstValue("X-RateLimit-Remaining")).as("after request %d", i + 1).hasValue(String.valueOf(2 - i));
            assertThat(r.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("X-RateLimit-Remaining", "Retry-After");
        }
        HttpResponse<String> refused = get("/api/v1/articles");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        // 3 a minute: one request comes back every 20 s
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(s -> assertThat(s).isBetween(1L, 20L));
        assertThat(refused.body()).contains("at most 3 a minute");
    }
}
