package org.newsdesk.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.story.StoryId;

/** Waits for a story's latest drafting job to end (the job runs in the background); polls in the calling thread, which is signed in. */
public final class Drafts {

    private Drafts() {}

    /**
     * A provider that works as scripted: the fake model forgets earlier tests' scripts and requests,
     * and the circuit breaker (shared by every test through PostgreSQL) is closed again by an admin,
     * so one test's failures never pause drafting in the next.
     */
    public static void workingProvider(FakeLlm llm, DraftingService drafting, SignIn signIn) {
        llm.reset();
        signIn.as("admin", () -> {
            drafting.resumeProvider();
            return null;
        });
    }

    public static DraftJob awaitEnd(DraftingService drafting, StoryId story) {
        await("the drafting job of " + story).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).pollInSameThread()
                .until(() -> drafting.latestJob(story).map(j -> j.status() != DraftJob.Status.RUNNING).orElse(false));
        return drafting.latestJob(story).orElseThrow();
    }
}
