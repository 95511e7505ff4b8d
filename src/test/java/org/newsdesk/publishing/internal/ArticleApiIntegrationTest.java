package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.publishing.PublishingService;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API over HTTP as a partner site uses it: newest first with cursor paging and filters,
 * every field of an article with its sources and AI disclosure, 304 for an unchanged article, no
 * unpublished or withdrawn article, CORS for browsers, and every answer matching the OpenAPI
 * document the application serves.
 */
@IntegrationTest
class ArticleApiIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired WorkflowService workflow;
    @Autowired PublishingService publishing;
    @Autowired JsonMapper json;
    @LocalServerPort int port;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return json.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aPartnerPagesThroughLiveArticlesNewestFirstAndReadsEachInFull() throws Exception {
        Desk desk = new Desk(context);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String category = "api-" + run;
        List<Story> published = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StoryId id = desk.approved("API article " + i + " " + run);
            desk.as("editor", () -> publishing.fileUnder(id, List.of(category), List.of("tag-" + run)));
            published.add(desk.publish(id));
        }
        StoryId notPublished = desk.approved("API approved only " + run);
        desk.as("editor", () -> publishing.fileUnder(notPublished, List.of(category), List.of()));
        StoryId withdrawn = desk.approved("API withdrawn " + run);
        desk.as("editor", () -> publishing.fileUnder(withdrawn, List.of(category), List.of()));
        Story gone = desk.publish(withdrawn);
        desk.as("publisher", () -> workflow.unpublish(withdrawn, "Retracted by the source."));

        // newest first, two per page, then the rest; unpublished and withdrawn stories are absent
        JsonNode first = getJson("/api/v1/articles?category=" + enc(category) + "&limit=2");
        assertThat(slugs(first)).containsExactly(published.get(2).slug(), published.get(1).slug());
        String cursor = first.get("nextCursor").asString();
        JsonNode second = getJson("/api/v1/articles?category=" + enc(category) + "&limit=2&cursor=" + enc(cursor));
        assertThat(slugs(second)).containsExactly(published.get(0).slug());
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(slugs(getJson("/api/v1/articles?tag=tag-" + run + "&language=zh"))).hasSize(3);
        assertThat(slugs(getJson("/api/v1/articles?tag=tag-" + run + "&language=fr"))).isEmpty();
        assertThat(slugs(getJson("/api/v1/articles?tag=tag-" + run + "&updatedSince=2999-01-01T00:00:00Z"))).isEmpty();
        JsonNode summary = first.get("articles").get(0);
        assertThat(summary.get("headline").asString()).isEqualTo("API article 2 " + run + " (en)");
        assertThat(summary.get("categories").get(0).get("slug").asString()).isEqualTo(category);

        // one article in full: every language, its sources, the disclosure and the page's JSON-LD
        JsonNode article = getJson("/api/v1/articles/" + published.get(0).slug());
        assertThat(article.get("languages").toString()).isEqualTo("[\"en\",\"zh\"]");
        assertThat(article.get("content").get("zh").get("headline").asString()).isEqualTo("API article 0 " + run + " (zh)");
        assertThat(article.get("content").get("en").get("tldr").asString()).contains("First point (en)");
        assertThat(article.get("sources").get(0).get("outlet").asString()).isEqualTo("FrenchWeb");
        assertThat(article.get("disclosure").get("approvedBy").asString()).isNotBlank();
        assertThat(article.get("disclosure").get("statement").get("zh").asString()).isNotBlank();
        assertThat(article.get("jsonLd").get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("jsonLd").get("url").asString()).isEqualTo(article.get("url").asString());

        // unchanged: 304 with no body
        HttpResponse<String> full = get("/api/v1/articles/" + published.get(0).slug());
        String etag = full.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/api/v1/articles/" + published.get(0).slug(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // not published: 404; withdrawn: 410; nonsense: 400 in plain words
        Story approvedOnly = desk.get(notPublished);
        assertThat(approvedOnly.slug()).isNull();
        assertThat(get("/api/v1/articles/api-approved-only-" + notPublished.value()).statusCode()).isEqualTo(404);
        HttpResponse<String> withdrawnAnswer = get("/api/v1/articles/" + gone.slug());
        assertThat(withdrawnAnswer.statusCode()).isEqualTo(410);
        assertThat(json.readTree(withdrawnAnswer.body()).get("error").asString()).startsWith("This article was withdrawn");
        HttpResponse<String> bad = get("/api/v1/articles?cursor=nonsense!");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("error").asString()).contains("cursor");
        assertThat(get("/api/v1/articles?limit=1000").statusCode()).isEqualTo(400);

        // every answer above is what the OpenAPI document says
        JsonNode openapi = getJson("/api/openapi.json");
        assertMatches(openapi, "ArticlePage", first);
        assertMatches(openapi, "ArticlePage", second);
        assertMatches(openapi, "Article", article);
        assertMatches(openapi, "Error", json.readTree(bad.body()));
    }

    @Test
    void theOpenApiDocumentDescribesBothAddressesAndTheirParameters() throws Exception {
        JsonNode doc = getJson("/api/openapi.json");
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Newsdesk read API");
        JsonNode list = doc.get("paths").get("/api/v1/articles").get("get");
        List<String> params = new ArrayList<>();
        list.get("parameters").forEach(p -> params.add(p.get("name").asString()));
        assertThat(params).containsExactlyInAnyOrder("category", "tag", "language", "updatedSince", "cursor", "limit");
        assertThat(list.get("responses").has("304")).isTrue();
        JsonNode one = doc.get("paths").get("/api/v1/articles/{slug}").get("get");
        assertThat(one.get("responses").get("200").get("content").get("application/json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/Article");
        assertThat(one.get("responses").has("410")).isTrue();
        // nothing of the editorial app is in it
        doc.get("paths").propertyNames().forEach(p -> assertThat(p).startsWith("/api/v1/"));
    }

    @Test
    void browsersOnAnyOriginMayCallItByDefault() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://partner.example");
        HttpResponse<String> r = get("/api/v1/articles?limit=1", "Origin", "https://partner.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("https://partner.example");
        assertThat(r.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("ETag");
    }

    static List<String> slugs(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("articles").forEach(a -> out.add(a.get("slug").asString()));
        return out;
    }

    /** A small structural check against the document's schema: required properties present, no undeclared ones, JSON types as declared. */
    static void assertMatches(JsonNode doc, String schemaName, JsonNode value) {
        check(doc, doc.get("components").get("schemas").get(schemaName), value, schemaName);
    }

    static void check(JsonNode doc, JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            check(doc, doc.get("components").get("schemas").get(name), value, path);
            return;
        }
        if (value.isNull()) {
            return; // nullability: springdoc marks it per property in 3.1 style, checked by the required list below
        }
        String type = schema.has("type") ? schema.get("type").isArray() ? schema.get("type").get(0).asString() : schema.get("type").asString()
                : schema.has("properties") ? "object" : null;
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                assertThat(value.isObject()).as(path + " is an object").isTrue();
                if (schema.has("required")) {
                    schema.get("required").forEach(r -> assertThat(value.has(r.asString())).as(path + "." + r.asString() + " is present").isTrue());
                }
                if (schema.has("properties")) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext();) {
                        var e = it.next();
                        assertThat(schema.get("properties").has(e.getKey())).as(path + "." + e.getKey() + " is declared").isTrue();
                        check(doc, schema.get("properties").get(e.getKey()), e.getValue(), path + "." + e.getKey());
                    }
                } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                    value.properties().forEach(e -> check(doc, schema.get("additionalProperties"), e.getValue(), path + "." + e.getKey()));
                }
            }
            case "array" -> {
                assertThat(value.isArray()).as(path + " is an array").isTrue();
                value.forEach(v -> check(doc, schema.get("items"), v, path + "[]"));
            }
            case "string" -> assertThat(value.isString()).as(path + " is a string").isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(path + " is a boolean").isTrue();
            case "integer", "number" -> assertThat(value.isNumber()).as(path + " is a number").isTrue();
            default -> { }
        }
    }
}
