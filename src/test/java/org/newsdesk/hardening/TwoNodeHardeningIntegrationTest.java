package org.newsdesk.hardening;

import org.newsdesk.testing.WebClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.drafting.internal.DraftRunner;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestApps;
import org.newsdesk.testing.TestClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes on one database, time on a controlled clock:
 * <ul>
 * <li>an admin on one node disables a person signed in on another, and their session there ends at once;
 * <li>node B sits behind a TLS proxy with {@code NEWSDESK_PUBLIC_URL} set: its redirects take scheme and
 * host from that setting, never from the request's Host or forwarded headers;
 * <li>node A's drafting gets stuck inside the provider calls (no timeout fires, nothing streams: as when
 * its threads were starved). Its heartbeat beats the job while it may still be healthy, then stops,
 * because it proves progress rather than that the node is alive; node B then takes the job over: fails
 * it, and the editor (on node A) reads why. The story can be drafted again, and when node A's stuck
 * calls come back, nothing they drafted is saved.
 * </ul>
 */
@Tag("own-context")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeHardeningIntegrationTest {

    static final String PUBLIC_URL = "https://desk.example.org";

    final TestClock clock = new TestClock(Instant.now());
    final FakeLlm llm = FakeLlm.shared();
    final CountDownLatch unstick = new CountDownLatch(1);
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    @BeforeAll
    void startNodes() {
        // on node A a provider call may stay silent for an hour without timing out: only the heartbeat can notice
        a = TestApps.start(clock, "newsdesk.llm.timeout=60m");
        // as NEWSDESK_PUBLIC_URL sets them both
        b = TestApps.startOnSameDatabase(a, clock, "newsdesk.identity.redirect-base-url=" + PUBLIC_URL, "newsdesk.public-base-url=" + PUBLIC_URL);
    }

    @AfterEach
    void resetProvider() {
        unstick.countDown();
        llm.reset();
        SignIn.out();
    }

    @AfterAll
    void stopNodes() {
        SignIn.out();
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void disablingAPersonOnOneNodeEndsTheirSessionOnTheOther() throws Exception {
        SecurityContextHolder.setContextHolderStrategy(a.getBean(SecurityContextHolderStrategy.class));
        UserAccount person = new Desk(a).as("admin",
                () -> a.getBean(UserService.class).create("n" + UUID.randomUUID().toString().substring(0, 8), null, "their-password", Set.of(Role.EDITOR)));

        WebClient onB = new WebClient(port(b));
        assertThat(onB.signInLocation(person.username(), "their-password")).doesNotContain("login");
        assertThat(onB.get("/").statusCode()).as("signed in on node B").isEqualTo(200);

        new Desk(a).as("admin", () -> {
            a.getBean(UserService.class).setEnabled(person.id(), false);
            return null;
        });
        await("node B ends the session").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> onB.get("/").statusCode() == 302);
    }

    @Test
    void withAPublicUrlRedirectsTakeSchemeAndHostFromItNeverFromTheRequest() throws Exception {
        Map<String, String> forgedHost = WebClient.raw(port(b), "GET", "/stories", Map.of("Host", "evil.example"));
        assertThat(forgedHost.get(":status")).isEqualTo("302");
        assertThat(forgedHost.get("location")).isEqualTo(PUBLIC_URL + "/login");

        Map<String, String> forgedProxy = WebClient.raw(port(b), "GET", "/inbox",
                Map.of("Host", "evil.example", "X-Forwarded-Proto", "http", "X-Forwarded-Host", "evil.example"));
        assertThat(forgedProxy.get("location")).as("a proxy's forwarded scheme and host do not choose it either").isEqualTo(PUBLIC_URL + "/login");

        var signedIn = new WebClient(port(b)).signIn("editor", "editor-demo", "Origin", PUBLIC_URL, "X-Forwarded-Proto", "https");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).startsWith(PUBLIC_URL + "/").doesNotContain("error");
        assertThat(new WebClient(port(b)).signInLocation("editor", "wrong", "X-Forwarded-For", "10.99.1.1")).isEqualTo(PUBLIC_URL + "/login?error");

        assertThat(WebClient.raw(port(a), "GET", "/stories", Map.of("Host", "evil.example")).get("location"))
                .as("node A has no public URL: relative").isEqualTo("/login");
    }

    static <T> T on(ConfigurableApplicationContext node, String user, Supplier<T> action) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        return new Desk(node).as(user, action);
    }

    @Test
    void aJobStuckWithoutProgressIsTakenOverByAnotherNodeAndTheEditorIsTold() {
        llm.reset();
        llm.byDefault(body -> (exchange, streamed) -> {
            try {
                unstick.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FakeLlm.draftFor(body).respond(exchange, streamed);
        });

        StoryId story = on(a, "editor", () -> new Desk(a).storyFromSource("Stuck " + UUID.randomUUID(), "AI News", null, FakeLlm.SOURCE_TEXT));
        int revisionsBefore = on(a, "editor", () -> a.getBean(StoryService.class).revisions(story).size());
        List<DraftEvent> editorHears = new CopyOnWriteArrayList<>();
        DraftingService draftingOnA = a.getBean(DraftingService.class);
        Runnable unsubscribe = on(a, "editor", () -> draftingOnA.subscribe(story, editorHears::add));
        on(a, "editor", () -> {
            draftingOnA.start(story);
            return null;
        });
        await("every section is stuck in a provider call").atMost(Duration.ofSeconds(30)).until(() -> llm.requests().size() >= 10);

        DraftRunner runnerOnA = a.getBean(DraftRunner.class);
        DraftRunner runnerOnB = b.getBean(DraftRunner.class);
        DraftingService draftingOnB = b.getBean(DraftingService.class);
        Duration stalledAfter = runnerOnA.stalledAfter();

        // a minute without a token is still within what a healthy call may take: A beats it, B leaves it alone
        // (steps shorter than the 45 s after which a job nobody beats is failed, so that B's own keeper, running meanwhile, cannot get ahead of A's beat)
        for (int i = 0; i < 2; i++) {
            clock.advance(Duration.ofSeconds(30));
            runnerOnA.keep();
            runnerOnB.failOrphans();
        }
        assertThat(on(b, "editor", () -> draftingOnB.isRunning(story))).isTrue();

        // just past any healthy call (and before A would give the job up itself), A no longer beats it, and B takes it over
        clock.advance(stalledAfter.minusSeconds(50));
        runnerOnA.keep();
        runnerOnB.failOrphans();
        DraftJob given = on(b, "editor", () -> draftingOnB.latestJob(story).orElseThrow());
        assertThat(given.status()).isEqualTo(DraftJob.Status.FAILED);
        assertThat(given.error()).contains("made no progress").contains("Start drafting again");
        await("the editor on node A is told").atMost(Duration.ofSeconds(10))
                .until(() -> editorHears.stream().anyMatch(e -> e instanceof DraftEvent.Failed f && f.message().contains("Start drafting again")));

        // A's stuck calls come back: what they drafted is not saved over the failed job
        unstick.countDown();
        await("node A's stuck job ends").atMost(Duration.ofSeconds(30)).until(() -> runnerOnA.partial(story).isEmpty());
        assertThat(on(a, "editor", () -> a.getBean(StoryService.class).revisions(story).size())).isEqualTo(revisionsBefore);
        assertThat(on(b, "editor", () -> draftingOnB.latestJob(story).orElseThrow().status())).isEqualTo(DraftJob.Status.FAILED);

        // and the editor drafts the story again, here on node B
        llm.reset();
        DraftJob again = on(b, "editor", () -> {
            draftingOnB.start(story);
            return Drafts.awaitEnd(draftingOnB, story);
        });
        assertThat(again.status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        unsubscribe.run();
    }
}
