package org.newsdesk.drafting.internal;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;

import com.openai.errors.OpenAIIoException;
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
import reactor.core.scheduler.Schedulers;

/**
 * Spring AI's OpenAI client against the configured OpenAI-compatible endpoint. Built here rather
 * than by auto-configuration so that an unconfigured LLM leaves the app running, and so the SDK's
 * own retries (minutes, by default) are off: {@link DraftRunner} retries each section on its own
 * ({@link RetryPolicy}), and {@link ProviderBreaker} stops calling a provider that keeps failing.
 * Every failure is explained in plain words ({@link #explain}).
 */
@Component
public class LlmClient {

    private final NewsdeskProperties.Llm settings;
    private final OpenAiChatModel model;
    private final ProviderBreaker breaker;
    private final RetryPolicy retries;

    @org.springframework.beans.factory.annotation.Autowired
    LlmClient(NewsdeskProperties props, Clock clock, SharedBreakerStore breakerState) {
        this(props, clock, (ProviderBreaker.Store) breakerState);
    }

    /** With the breaker's state in this process only. */
    LlmClient(NewsdeskProperties props, Clock clock) {
        this(props, clock, new ProviderBreaker.InMemory());
    }

    private LlmClient(NewsdeskProperties props, Clock clock, ProviderBreaker.Store breakerState) {
        this.settings = props.llm();
        this.model = settings.configured() ? build(settings) : null;
        this.breaker = new ProviderBreaker(settings.breakerFailures(), settings.breakerPause(), clock, breakerState);
        this.retries = new RetryPolicy(settings.maxAttempts(), settings.retryBackoff(), settings.retryMaxBackoff(), settings.maxRetryAfter());
    }

    public ProviderBreaker breaker() {
        return breaker;
    }

    public RetryPolicy retries() {
        return retries;
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
        // The SDK reads a stream with a read timeout as long as the whole answer's; a provider that stalls mid-answer then
        // holds a thread in a read for minutes after DraftRunner gave the attempt up. Reads wait as long as the idle timeout.
        long readMillis = llm.timeout().plusSeconds(2).toMillis();
        return OpenAiChatModel.builder().options(options)
                .httpClientBuilderCustomizer(http -> http.interceptor(chain -> chain.withReadTimeout((int) readMillis, TimeUnit.MILLISECONDS)
                        .proceed(chain.request())))
                .build();
    }

    public boolean configured() {
        return model != null;
    }

    /** Streams the answer to a system + user prompt; the model is given no tools. */
    public Flux<ChatResponse> stream(String system, String user) {
        if (model == null) {
            return Flux.error(new IllegalStateException("no LLM configured"));
        }
        // Cancelling a stream (a timeout, an editor's cancel) closes the SDK's response, and closing it waits for the
        // read under way: with a provider that stalls mid-answer that wait lasts until the socket gives up, minutes. Done
        // on the caller's timer thread it held back the timeout's own error (the draft hung until the keeper gave it up)
        // and every other timer of the app's two parallel threads; so the close runs on a thread of its own.
        return model.stream(new Prompt(List.of(new SystemMessage(system), new UserMessage(user)))).cancelOn(Schedulers.boundedElastic());
    }

    /** A failed call explained for an editor, with the next step; the exception's own text goes to the log only. */
    public ProviderProblem explain(Throwable error) {
        String where = settings.baseUrl();
        String detail = String.valueOf(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OpenAIServiceException http) {
                int status = http.statusCode();
                return switch (status) {
                    case 401, 403 -> ProviderProblem.of(ProviderProblem.Kind.KEY_REFUSED, "The provider refused the API key (HTTP " + status
                            + "): check NEWSDESK_LLM_API_KEY.", false, false, detail);
                    case 404 -> ProviderProblem.of(ProviderProblem.Kind.NOT_FOUND, "The provider answered 404 (not found): check that "
                            + "NEWSDESK_LLM_BASE_URL ends in /v1 and that the model \"" + settings.model() + "\" exists there.", false, false, detail);
                    case 429 -> new ProviderProblem(ProviderProblem.Kind.RATE_LIMITED, "The provider is rate-limiting Newsdesk (HTTP 429).", true, true,
                            retryAfter(http).orElse(Duration.ZERO), detail);
                    default -> status >= 500
                            ? ProviderProblem.of(ProviderProblem.Kind.HTTP_ERROR, "The provider had an error (HTTP " + status + ").", true, true, detail)
                            : ProviderProblem.of(ProviderProblem.Kind.REFUSED_REQUEST, "The provider refused the request (HTTP " + status
                                    + "): check the model name and NEWSDESK_LLM_BASE_URL.", false, false, detail);
                };
            }
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException || t instanceof HttpTimeoutException
                    || (t instanceof IllegalStateException && String.valueOf(t.getMessage()).startsWith("Timeout on blocking read"))) {
                return timeout(detail);
            }
            if (t instanceof ConnectException) {
                return ProviderProblem.of(ProviderProblem.Kind.CONNECTION_REFUSED, "Nothing answers at " + where
                        + ": check NEWSDESK_LLM_BASE_URL; is the server running?", true, true, detail);
            }
            if (t instanceof JsonProcessingException || t instanceof DraftRunner.NotAnAnswer) {
                return notJson(detail);
            }
        }
        // only then the wrappers: an I/O failure whose cause said nothing more specific
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OpenAIIoException) {
                String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return m.contains("timeout") || m.contains("timed out") ? timeout(detail) : broken(detail);
            }
            if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
                return broken(detail);
            }
        }
        String simple = error.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        if (simple.contains("json") || simple.contains("parse") || simple.contains("invalidformat")) {
            return notJson(detail);
        }
        return ProviderProblem.of(ProviderProblem.Kind.OTHER, "The call to the provider failed unexpectedly.", true, true, detail);
    }

    private ProviderProblem timeout(String detail) {
        return ProviderProblem.of(ProviderProblem.Kind.TIMEOUT, "No answer from the provider within " + settings.timeout().toSeconds()
                + " s (NEWSDESK_LLM_TIMEOUT).", true, true, detail);
    }

    private static ProviderProblem broken(String detail) {
        return ProviderProblem.of(ProviderProblem.Kind.CONNECTION_BROKEN, "The connection to the provider broke off before the answer was complete.",
                true, true, detail);
    }

    static ProviderProblem notJson(String detail) {
        return ProviderProblem.of(ProviderProblem.Kind.NOT_JSON, "The provider's answer was not the JSON asked for (it sent something else, such "
                + "as a web page): check that NEWSDESK_LLM_BASE_URL points at the API itself, ending in /v1.", true, false, detail);
    }

    private static Optional<Duration> retryAfter(OpenAIServiceException http) {
        try {
            return http.headers().values("retry-after").stream().findFirst().map(String::strip)
                    .map(v -> Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
