package org.newsdesk.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting a desk may change, bound from {@code newsdesk.*} in application.yml (each
 * overridable by the environment variable named there and in the README).
 */
@ConfigurationProperties("newsdesk")
public record NewsdeskProperties(
        Database database,
        LocalDb localDb,
        @DefaultValue("true") boolean demoUsers,
        @DefaultValue({"en", "zh"}) List<String> languages,
        Llm llm,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public record Database(String url, String username, String password, @DefaultValue("20") int poolSize) {}

    public record LocalDb(@DefaultValue(".newsdesk/postgres") String dir, @DefaultValue("54329") int port, String binDir) {}

    public record Llm(
            String baseUrl,
            String apiKey,
            String model,
            @DefaultValue("openai-compatible") String provider,
            @DefaultValue("25s") Duration timeout,
            @DefaultValue("2") int maxAttempts,
            @DefaultValue("1s") Duration retryBackoff,
            /** "model=input/output" US$ per million tokens, comma-separated. */
            @DefaultValue("") String prices,
            /** Refuse further drafting once the day's estimated cost reaches this (0 = no budget). */
            @DefaultValue("0") double dailyBudgetUsd,
            /** After this many failed calls in a row, stop calling the provider for {@link #breakerPause}. */
            @DefaultValue("5") int breakerFailures,
            @DefaultValue("30s") Duration breakerPause) {

        /** A model is usable when a base URL and a model name are given (a key is optional: local servers need none). */
        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank() && model != null && !model.isBlank();
        }
    }
}
