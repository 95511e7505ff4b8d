package org.newsdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftScope;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.MyWork;
import org.newsdesk.story.StoryId;
import org.newsdesk.testing.Desk;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.SignIn;
import org.newsdesk.testing.TestApps;
import org.newsdesk.testing.TestClock;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Newsdesk nodes on one PostgreSQL, as behind a load balancer: people served by different
 * nodes see each other on a story and the field each is editing, a step taken on one node moves
 * the queue counts of people on the other, and a change rolled back tells nobody anything.
 */
@Tag("own-context")
class TwoNodeCollaborationIntegrationTest {

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        SignIn.out();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    /**
     * Acts as {@code user} on {@code node}. Each node's method security reads its own security
     * context strategy (Vaadin installs one per application), so the test signs in through that node's.
     */
    static <T> T on(ConfigurableApplicationContext node, String user, Supplier<T> action) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        return new Desk(node).as(user, action);
    }

    @Test
    void peopleOnTwoNodesSeeEachOtherAndEachOthersSteps() {
        TestClock clock = new TestClock(Instant.now());
        ConfigurableApplicationContext a = TestApps.start(clock);
        nodes.add(a);
        ConfigurableApplicationContext b = TestApps.startOnSameDatabase(a, clock);
        nodes.add(b);
        StoryId story = on(a, "editor", () -> new Desk(a).storyFromSource("Two nodes " + Instant.now(), "AI News", null, "Mistral AI secured €705 million in debt financing."));

        // the editor opens the story on node A, the reviewer on node B
        AtomicReference<List<Presence>> seenOnB = new AtomicReference<>(List.of());
        AtomicReference<List<Presence>> seenOnA = new AtomicReference<>(List.of());
        Runnable editorLeaves = on(a, "editor", () -> a.getBean(PresenceService.class).join(story, "tab-a", seenOnA::set));
        Runnable reviewerLeaves = on(b, "reviewer", () -> b.getBean(PresenceService.class).join(story, "tab-b", seenOnB::set));
        // both tabs stay open through the test: between steps they say so, as the browser's poll does every few seconds
        // (a node forgets its own tab 15 s after its last sign of life, and a loaded machine makes steps slow)
        Runnable tabsStillOpen = () -> {
            on(a, "editor", () -> {
                a.getBean(PresenceService.class).stillHere(story, "tab-a");
                return null;
            });
            on(b, "reviewer", () -> {
                b.getBean(PresenceService.class).stillHere(story, "tab-b");
                return null;
            });
        };
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(seenOnB.get()).extracting(Presence::name).containsExactlyInAnyOrder("Eddie Editor", "Rita Reviewer");
            assertThat(seenOnA.get()).extracting(Presence::name).containsExactlyInAnyOrder("Eddie Editor", "Rita Reviewer");
        });

        tabsStillOpen.run();
        // the field the editor is typing in shows on the other node
        on(a, "editor", () -> {
            a.getBean(PresenceService.class).editing(story, "tab-a", "Headline (en)");
            return null;
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(seenOnB.get())
                .filteredOn(p -> p.name().equals("Eddie Editor")).singleElement().extracting(Presence::editing).isEqualTo("Headline (en)"));

        tabsStillOpen.run();
        // a draft made on node A: the reviewer's editor on node B hears its parts and its end (and reads the saved draft then)
        List<DraftEvent> draftOnB = new CopyOnWriteArrayList<>();
        Runnable stopDraftEvents = on(b, "reviewer", () -> b.getBean(DraftingService.class).subscribe(story, draftOnB::add));
        on(a, "editor", () -> a.getBean(DraftingService.class).start(story));
        await().atMost(Duration.ofSeconds(30)).until(() -> draftOnB.stream().anyMatch(e -> e instanceof DraftEvent.Finished));
        assertThat(draftOnB).filteredOn(e -> e instanceof DraftEvent.Progress).isNotEmpty()
                .allSatisfy(e -> assertThat(((DraftEvent.Progress) e).total()).isPositive());
        assertThat(on(b, "reviewer", () -> b.getBean(org.newsdesk.story.StoryService.class).get(story)).content().in("en").headline()).isNotBlank();
        stopDraftEvents.run();

        tabsStillOpen.run();
        // a slow draft started on node A is cancelled by an editor served by node B: node A stops it, nothing is saved
        var before = on(b, "editor", () -> b.getBean(org.newsdesk.story.StoryService.class).get(story)).version();
        FakeLlm.shared().byDefault(request -> FakeLlm.stream(FakeLlm.answerFor(request), Duration.ofMillis(200)));
        try {
            draftOnB.clear();
            Runnable hearAgain = on(b, "editor", () -> b.getBean(DraftingService.class).subscribe(story, draftOnB::add));
            // "ask again": the answers of the first draft are cached and would come back at once
            on(a, "editor", () -> a.getBean(DraftingService.class).redraft(story, new DraftScope(null, null, null, true, true)));
            await().atMost(Duration.ofSeconds(30)).until(() -> on(b, "editor", () -> b.getBean(DraftingService.class).isRunning(story)));
            on(b, "editor", () -> {
                b.getBean(DraftingService.class).cancel(story);
                return null;
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> on(b, "editor", () -> b.getBean(DraftingService.class).latestJob(story))
                    .map(j -> j.status() == DraftJob.Status.CANCELLED).orElse(false));
            await().atMost(Duration.ofSeconds(30)).until(() -> draftOnB.stream().anyMatch(e -> e instanceof DraftEvent.Failed));
            assertThat(on(b, "editor", () -> b.getBean(org.newsdesk.story.StoryService.class).get(story)).version()).isEqualTo(before);
            hearAgain.run();
        } finally {
            FakeLlm.shared().reset();
        }

        tabsStillOpen.run();
        // a step on node B is heard on node A, where the counts are refreshed from it
        List<String> heardOnA = new CopyOnWriteArrayList<>();
        Runnable stopHearing = a.getBean(DeskSignals.class).subscribe(MyWork.CHANGED, signal -> heardOnA.add(signal.field(0)));
        on(b, "publisher", () -> b.getBean(WorkflowService.class).kill(story, "Duplicate of another story."));
        await().atMost(Duration.ofSeconds(30)).until(() -> heardOnA.contains(String.valueOf(story.value())));

        tabsStillOpen.run();
        // a transaction that rolls back tells nobody
        b.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            b.getBean(DeskSignals.class).send(MyWork.CHANGED, "rolled-back");
            tx.setRollbackOnly();
        });
        b.getBean(DeskSignals.class).send(MyWork.CHANGED, "committed");
        await().atMost(Duration.ofSeconds(30)).until(() -> heardOnA.contains("committed"));
        assertThat(heardOnA).doesNotContain("rolled-back");
        stopHearing.run();

        // the editor closes the tab: gone from node B's list too
        tabsStillOpen.run();
        editorLeaves.run();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(seenOnB.get()).extracting(Presence::name).containsExactly("Rita Reviewer"));
        reviewerLeaves.run();
    }
}
