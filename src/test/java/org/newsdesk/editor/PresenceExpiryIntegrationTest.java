package org.newsdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A tab that closes without saying goodbye (no detach, no "gone"), and a node that stops without a
 * word, leave "Also here" within the promised time: on a clock the test moves, announcing rounds
 * called by the test, no waiting.
 */
@IntegrationTest
class PresenceExpiryIntegrationTest {

    @Autowired DeskSignals signals;
    @Autowired UserDetailsService users;

    final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    PresenceService presence;

    @AfterEach
    void stop() {
        SignIn.out();
        if (presence != null) {
            presence.shutDown();
        }
    }

    /** The names another person sees on the story, as the editor's "Also here" shows them. */
    static List<String> names(AtomicReference<List<Presence>> heard, String except) {
        return heard.get().stream().map(Presence::name).filter(n -> !n.equals(except)).distinct().toList();
    }

    @Test
    void aTabClosedWithoutGoodbyeIsForgottenWithinThirtySeconds() {
        presence = new PresenceService(signals, clock, false);
        StoryId story = new StoryId(987_654_321L);
        SignIn signIn = new SignIn(users);
        AtomicReference<List<Presence>> reviewerSees = new AtomicReference<>(List.of());
        signIn.as("reviewer", () -> presence.join(story, "reviewer-tab", reviewerSees::set));
        signIn.as("editor", () -> presence.join(story, "editor-tab", p -> {}));
        assertThat(names(reviewerSees, "Rita Reviewer")).containsExactly("Eddie Editor");

        // the editor's tab closes: its polls stop, nothing says goodbye; the reviewer's tab keeps polling
        for (int s = 5; s <= 30; s += 5) {
            clock.advance(Duration.ofSeconds(5));
            signIn.as("reviewer", () -> {
                presence.stillHere(story, "reviewer-tab");
                return null;
            });
            presence.announce();
            if (s <= PresenceService.FORGET_SECONDS) {
                assertThat(names(reviewerSees, "Rita Reviewer")).as("after %d s", s).containsExactly("Eddie Editor");
            }
        }
        assertThat(names(reviewerSees, "Rita Reviewer")).as("30 s after the tab closed").isEmpty();
        assertThat(reviewerSees.get()).extracting(Presence::sessionId).containsExactly("reviewer-tab");
    }

    @Test
    void someoneOnANodeThatStoppedIsForgottenWithinThirtySeconds() {
        presence = new PresenceService(signals, clock, false);
        StoryId story = new StoryId(987_654_322L);
        AtomicReference<List<Presence>> reviewerSees = new AtomicReference<>(List.of());
        new SignIn(users).as("reviewer", () -> presence.join(story, "reviewer-tab", reviewerSees::set));
        // another node announces its editor once, then stops for good (no "gone")
        presence.heard(new DeskSignals.Signal(false, List.of("here", String.valueOf(story.value()), "other-node-tab", "4242", "Olga Other", "Headline (en)")));
        assertThat(reviewerSees.get()).extracting(Presence::name).contains("Olga Other");

        clock.advance(Duration.ofSeconds(10));
        presence.announce();
        assertThat(reviewerSees.get()).extracting(Presence::name).contains("Olga Other");

        clock.advance(Duration.ofSeconds(10));
        presence.announce();
        assertThat(reviewerSees.get()).extracting(Presence::name).doesNotContain("Olga Other");
    }
}
