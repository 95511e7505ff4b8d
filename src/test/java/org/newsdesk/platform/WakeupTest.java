package org.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A scheduled release or a webhook is sent when it is due, not at the worker's next poll an hour later. */
class WakeupTest {

    private final Wakeup wakeup = new Wakeup();

    @Test
    void aWakeEndsASleepThatHasBegun() {
        CompletableFuture<Boolean> sleeper = CompletableFuture.supplyAsync(() -> wakeup.await(Duration.ofHours(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            wakeup.wake();
            assertThat(sleeper).isCompletedWithValue(true);
        });
    }

    @Test
    void aWakeWhileNobodySleepsIsKeptForTheNextSleepOnly() {
        wakeup.wake();
        assertThat(wakeup.await(Duration.ofHours(1))).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> wakeup.await(Duration.ofHours(1)));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
        wakeup.wake();
        await().atMost(Duration.ofSeconds(30)).until(second::isDone);
    }

    @Test
    void anInterruptedSleepSaysSoAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        assertThat(wakeup.await(Duration.ofHours(1))).isFalse();
        assertThat(Thread.interrupted()).isTrue();
    }
}
