package org.newsdesk.publishing.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the read API answers, as JSON (the OpenAPI document at /api/openapi.json is generated from these). */
final class ApiModel {

    private ApiModel() {}

    @Schema(name = "ArticlePage", description = "Live articles, newest first. Pass nextCursor as cursor for the next page; it is null on the last page.")
    record ArticlePage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ArticleSummary> articles,
            @Schema(nullable = true, description = "Opaque; absent on the last page") String nextCursor) {}

    @Schema(name = "ArticleSummary", description = "An article in a list, in its primary language.")
    record ArticleSummary(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The public page") String url,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "This article in the API") String apiUrl,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String headline,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Primary language (BCP 47)") String language,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> languages,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TermRef> categories,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TermRef> tags,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time", description = "First publication") String publishedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time", description = "Last change readers can see") String updatedAt) {}

    @Schema(name = "Article", description = "A live article: every field of its card in each language, its sources and its AI disclosure.")
    record Article(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String url,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String headline,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String language,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> languages,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Language code to field key (headline, summary, tldr, corePoint, "
                    + "keyData, keyPlayers, relatedCompanies, deepAnalysis, insights, faq, industryImpact, tracking, highlights, categories, scores) "
                    + "to text; tables are one row per line with cells separated by \" | \"") Map<String, Map<String, String>> content,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TermRef> categories,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TermRef> tags,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Source> sources,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AiDisclosure disclosure,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String publishedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String updatedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The schema.org NewsArticle of the public page (JSON-LD)")
            Map<String, Object> jsonLd) {}

    @Schema(name = "TermRef")
    record TermRef(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String label,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String url) {}

    @Schema(name = "Source", description = "A story the article is based on")
    record Source(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(nullable = true, description = "The outlet's name or the address's host; null for text pasted without either") String outlet,
            @Schema(nullable = true, description = "Only absolute http(s) addresses") String url, @Schema(nullable = true) String author,
            @Schema(nullable = true) String language) {}

    @Schema(name = "AiDisclosure", description = "What AI produced and who checked it (the page's disclosure, machine-readable)")
    record AiDisclosure(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean aiDrafted,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "People changed what the model drafted") boolean editedByPeople,
            @Schema(nullable = true, description = "IPTC digital source type; null when no AI drafted any of it") String digitalSourceType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Model> models,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String approvedBy,
            @Schema(nullable = true, format = "date-time") String approvedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The disclosure in words, per language") Map<String, String> statement) {}

    @Schema(name = "Model")
    record Model(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String model, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> fields, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> languages,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date-time") String lastGenerated) {}

    @Schema(name = "Error")
    record Error(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What went wrong, in plain words") String error) {}
}
