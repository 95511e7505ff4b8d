package org.newsdesk.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftingService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.Drafts;
import org.newsdesk.testing.FakeLlm;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Several nodes share the drafting jobs: a job whose node stopped (nobody has touched it for a
 * while) is marked failed and can be started again, while a job another live node is running is
 * left alone, whoever looks.
 */
@IntegrationTest
class DraftOrphansIntegrationTest {

    @Autowired DraftingService drafting;
    @Autowired DraftRunner runner;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    @BeforeEach
    void signIn() {
        new SignIn(userDetails).as("editor");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    StoryId story() {
        var item = ingest.paste(new PastedSource("Orphans " + UUID.randomUUID(), FakeLlm.SOURCE_TEXT + " " + UUID.randomUUID(), null, null, "en"));
        return stories.createFromSources(List.of(item.item().id()));
    }

    /** A job "another node" runs, last touched {@code secondsAgo} seconds ago. */
    void runningElsewhere(StoryId story, int secondsAgo) {
        jdbc.sql("""
                insert into draft_job (story_id, status, requested_by, provider, model, scope, heartbeat_at)
                values (?, 'RUNNING', (select id from app_user where username = 'editor'), 'fake', 'fake-model', 'everything',
                        now() - make_interval(secs => ?))""").params(story.value(), secondsAgo).update();
    }

    @Test
    void aJobWhoseNodeStoppedIsFailedAndALiveNodesJobIsLeftAlone() {
        StoryId abandoned = story();
        StoryId live = story();
        List<DraftEvent> heard = new CopyOnWriteArrayList<>();
        Runnable stop = drafting.subscribe(abandoned, heard::add);
        runningElsewhere(abandoned, 120);
        runningElsewhere(live, 2);

        runner.failOrphans(); // (the node's own keeper may have got there first: either way, once)

        assertThat(drafting.isRunning(abandoned)).isFalse();
        assertThat(drafting.latestJob(abandoned).orElseThrow()).satisfies(job -> {
            assertThat(job.status()).isEqualTo(DraftJob.Status.FAILED);
            assertThat(job.error()).contains("Start drafting again");
        });
        assertThat(heard).singleElement().isInstanceOf(DraftEvent.Failed.class);
        assertThat(drafting.isRunning(live)).as("another node is still drafting it").isTrue();
        stop.run();

        // the abandoned story can be drafted again
        drafting.start(abandoned);
        assertThat(Drafts.awaitEnd(drafting, abandoned).status()).isEqualTo(DraftJob.Status.SUCCEEDED);
        jdbc.sql("update draft_job set status = 'CANCELLED', finished_at = now() where story_id = ? and status = 'RUNNING'").param(live.value()).update();
    }
}
