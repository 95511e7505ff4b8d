package org.newsdesk.drafting.internal;

import java.time.Duration;

/**
 * Why a call to the provider (or its answer) failed, in plain words with the next step for an
 * editor. {@code detail} is the technical text, for the log only. {@code retryable}: trying
 * again may help; {@code providerDown}: it says the provider is unavailable (what the breaker
 * counts), as opposed to an answer that could not be used.
 */
public record ProviderProblem(Kind kind, String message, boolean retryable, boolean providerDown, Duration retryAfter, String detail) {

    public enum Kind { CONNECTION_REFUSED, CONNECTION_BROKEN, KEY_REFUSED, NOT_FOUND, RATE_LIMITED, HTTP_ERROR, REFUSED_REQUEST, TIMEOUT, NOT_JSON, PAUSED, OTHER }

    public ProviderProblem {
        retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
    }

    static ProviderProblem of(Kind kind, String message, boolean retryable, boolean providerDown, String detail) {
        return new ProviderProblem(kind, message, retryable, providerDown, Duration.ZERO, detail);
    }

    ProviderProblem withMessage(String message) {
        return new ProviderProblem(kind, message, retryable, providerDown, retryAfter, detail);
    }
}
