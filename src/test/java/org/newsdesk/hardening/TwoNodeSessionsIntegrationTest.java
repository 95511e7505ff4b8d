package org.newsdesk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestApps;
import org.newsdesk.testing.TestClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** An admin on one node disables a person signed in on another: their session there ends at once. */
@Tag("own-context")
class TwoNodeSessionsIntegrationTest {

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        SignIn.out();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    @Test
    void disablingAPersonOnOneNodeEndsTheirSessionOnTheOther() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        ConfigurableApplicationContext a = TestApps.start(clock);
        nodes.add(a);
        ConfigurableApplicationContext b = TestApps.startOnSameDatabase(a, clock);
        nodes.add(b);

        SecurityContextHolder.setContextHolderStrategy(a.getBean(SecurityContextHolderStrategy.class));
        UserAccount person = new Desk(a).as("admin",
                () -> a.getBean(UserService.class).create("n" + UUID.randomUUID().toString().substring(0, 8), null, "their-password", Set.of(Role.EDITOR)));

        WebClient onB = new WebClient(Integer.parseInt(b.getEnvironment().getProperty("local.server.port")));
        assertThat(onB.signInLocation(person.username(), "their-password")).doesNotContain("login");
        assertThat(onB.get("/").statusCode()).as("signed in on node B").isEqualTo(200);

        new Desk(a).as("admin", () -> {
            a.getBean(UserService.class).setEnabled(person.id(), false);
            return null;
        });
        await("node B ends the session").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> onB.get("/").statusCode() == 302);
    }
}
