package org.newsdesk.drafting.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import com.openai.errors.OpenAIIoException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import com.openai.errors.OpenAIServiceException;
import org.newsdesk.platform.NewsdeskProperties;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Spring AI's OpenAI client against the configured OpenAI-compatible endpoint. Built here rather
 * than by auto-configuration so that an unconfigured LLM leaves the app running, and so the SDK's
 * own retries (minutes, by default) are off: {@link DraftRunner} retries a bounded number of times,
 * and a circuit breaker (Resilience4j) stops calling a provider that keeps failing.
 */
@Component
public class LlmClient {

    private final NewsdeskProperties.Llm settings;
    private final OpenAiChatModel model;
    private final CircuitBreaker breaker;

    LlmClient(NewsdeskProperties props) {
        this.settings = props.llm();
        this.model = settings.configured() ? build(settings) : null;
        int failures = Math.max(1, settings.breakerFailures());
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(failures)
                .minimumNumberOfCalls(failures)
                .failureRateThreshold(100)
                .waitDurationInOpenState(settings.breakerPause())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .build());
    }

    /**
     * Asks the circuit breaker for a call: refused, with a plain message, while the provider has
     * failed {@code breaker-failures} calls in a row and the pause has not passed.
     */
    public void acquire() {
        if (!breaker.tryAcquirePermission()) {
            throw new ProviderPaused("The LLM provider failed " + settings.breakerFailures() + " calls in a row, so drafting is paused for "
                    + settings.breakerPause().toSeconds() + " s to let it recover. Try again shortly; an admin can resume it at once.");
        }
    }

    public void succeeded(Duration took) {
        breaker.onSuccess(took.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    public void failed(Duration took, Throwable error) {
        breaker.onError(took.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS, error);
    }

    public void released() {
        breaker.releasePermission();
    }

    public boolean paused() {
        return breaker.getState() == CircuitBreaker.State.OPEN;
    }

    /** Closes the breaker: calls go to the provider again. */
    public void resume() {
        breaker.reset();
    }

    /** Refused before calling: the circuit breaker is open. */
    public static final class ProviderPaused extends IllegalStateException {
        ProviderPaused(String message) {
            super(message);
        }
    }

    private static OpenAiChatModel build(NewsdeskProperties.Llm llm) {
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .baseUrl(llm.baseUrl())
                .apiKey(llm.apiKey() == null ? "" : llm.apiKey())
                .model(llm.model())
                // The SDK's timeout bounds the whole streamed answer; stalls are caught sooner by DraftRunner's idle timeout.
                .timeout(Duration.ofMinutes(5))
                .maxRetries(0)
                .streamUsage(true)
                .temperature(0.3)
                .build();
        return OpenAiChatModel.builder().options(options).build();
    }

    public boolean configured() {
        return model != null;
    }

    /** Streams the answer to a system + user prompt; the model is given no tools. */
    public Flux<ChatResponse> stream(String system, String user) {
        if (model == null) {
            return Flux.error(new IllegalStateException("no LLM configured"));
        }
        return model.stream(new Prompt(List.of(new SystemMessage(system), new UserMessage(user))));
    }

    /** A failure explained for an editor, and whether trying again may help (and after how long at least). */
    public record Failure(String message, boolean retryable, Duration retryAfter) {}

    public Failure explain(Throwable error) {
        String where = settings.baseUrl();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OpenAIServiceException http) {
                int status = http.statusCode();
                return switch (status) {
                    case 401, 403 -> new Failure("The LLM endpoint refused the API key (HTTP " + status + "): check NEWSDESK_LLM_API_KEY.", false, Duration.ZERO);
                    case 404 -> new Failure("The LLM endpoint answered 404: check that NEWSDESK_LLM_BASE_URL ends in /v1 and that model \""
                            + settings.model() + "\" exists there.", false, Duration.ZERO);
                    case 429 -> new Failure("The LLM provider is rate-limiting us (HTTP 429).", true, retryAfter(http).orElse(Duration.ofSeconds(2)));
                    default -> status >= 500
                            ? new Failure("The LLM provider failed (HTTP " + status + ").", true, Duration.ZERO)
                            : new Failure("The LLM provider refused the request (HTTP " + status + ").", false, Duration.ZERO);
                };
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException
                    || (t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("Timeout on blocking read"))) {
                return new Failure("The LLM did not answer in time (waited " + settings.timeout().toSeconds() + " s).", true, Duration.ZERO);
            }
            if (t instanceof ConnectException) {
                return new Failure("Could not connect to the LLM at " + where + ".", true, Duration.ZERO);
            }
            if (t instanceof OpenAIIoException) {
                String m = String.valueOf(t.getMessage());
                return m.toLowerCase().contains("timeout") || m.toLowerCase().contains("timed out")
                        ? new Failure("The LLM did not answer in time (waited " + settings.timeout().toSeconds() + " s).", true, Duration.ZERO)
                        : new Failure("The connection to the LLM at " + where + " failed.", true, Duration.ZERO);
            }
        }
        return new Failure("The LLM call failed: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : " (" + abbreviate(error.getMessage()) + ")") + ".", true, Duration.ZERO);
    }

    private static Optional<Duration> retryAfter(OpenAIServiceException http) {
        try {
            return http.headers().values("retry-after").stream().findFirst().map(String::strip)
                    .map(v -> Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
