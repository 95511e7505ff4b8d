package org.newsdesk.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The "my work" count in the navigation moves as soon as a colleague's step puts a story in the queue, without waiting for a poll. */
@IntegrationTest
class MyWorkCountsTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired NewsdeskProperties props;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    static long myWork() {
        return Long.parseLong(_get(Span.class, spec -> spec.withId("my-work-count")).getText().replace("My work: ", ""));
    }

    @Test
    void aStorySubmittedByAColleagueShowsInTheReviewersCountAtOnce() {
        ui.signIn("reviewer");
        UI.getCurrent().navigate("");
        long before = myWork();

        // the editor, elsewhere, submits a story nobody is assigned to review: it waits for every reviewer
        new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new PastedSource("Counts " + UUID.randomUUID(), "Mistral AI secured €705 million. " + UUID.randomUUID(), null, null, "en"));
            StoryId id = stories.createFromSources(List.of(item.item().id()));
            var content = stories.get(id).content();
            for (String lang : props.languages()) {
                content = content.with(lang, new LocalizedContent("Headline " + lang, "Summary " + lang, List.of("Bullet " + lang)));
            }
            stories.saveContent(id, stories.get(id).version(), content, null);
            return workflow.submit(id);
        });

        // the signal arrives through PostgreSQL and is pushed to the open tab (here: the UI's queue, run as the push would)
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue(false);
            return myWork() > before; // (without the push, nothing refreshes the count here)
        });
    }
}
