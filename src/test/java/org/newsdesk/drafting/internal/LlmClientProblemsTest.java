package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsdesk.platform.NewsdeskProperties;

/** What an editor is told when nothing answers at the configured address: the address, the setting, the next step; no library text. */
class LlmClientProblemsTest {

    @Test
    void connectionRefusedNamesTheAddressAndTheSetting() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        String base = "http://127.0.0.1:" + closed + "/v1";
        var llm = new NewsdeskProperties.Llm(base, null, "some-model", "openai-compatible", Duration.ofSeconds(5), 1, Duration.ZERO,
                Duration.ZERO, Duration.ZERO, "", 0, 3, Duration.ofSeconds(30));
        var props = new NewsdeskProperties(null, null, true, List.of("en"), llm, null, null, null);
        LlmClient client = new LlmClient(props, Clock.systemUTC());

        Throwable error = catchThrowable(() -> client.stream("system", "user").blockLast(Duration.ofSeconds(20)));
        ProviderProblem problem = client.explain(error);

        assertThat(problem.kind()).as(problem.detail()).isEqualTo(ProviderProblem.Kind.CONNECTION_REFUSED);
        assertThat(problem.message()).isEqualTo("Nothing answers at " + base + ": check NEWSDESK_LLM_BASE_URL; is the server running?");
        assertThat(problem.retryable()).isTrue();
        assertThat(problem.providerDown()).isTrue();
        assertThat(problem.detail()).as("the technical text is kept for the log").isNotBlank();
    }
}
