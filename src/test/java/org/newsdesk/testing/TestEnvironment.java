package org.newsdesk.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the app at this JVM's {@link FakeLlm} (as {@code fake-llm.url}, used by application-test.yml). */
public class TestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addLast(new MapPropertySource("fake-llm", Map.of("fake-llm.url", FakeLlm.shared().baseUrl())));
    }
}
