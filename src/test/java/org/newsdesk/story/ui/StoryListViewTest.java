package org.newsdesk.story.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.testing.BrowserlessUi.setValueAsUser;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.story.StorySummary;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.newsdesk.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The story list: filters narrow the lazy grid, and "my work" opens on the signed-in person's own queue. */
@IntegrationTest
class StoryListViewTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired NewsdeskProperties props;
    @Autowired WorkflowService workflow;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    StoryId story(String headline) {
        return new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new PastedSource(headline, "Text of " + headline + " " + UUID.randomUUID(), null, null, "en"));
            StoryId id = stories.createFromSources(List.of(item.item().id()));
            var content = stories.get(id).content();
            for (String lang : props.languages()) {
                content = content.with(lang, new LocalizedContent(headline + " (" + lang + ")", "Summary", List.of("Bullet")));
            }
            stories.saveContent(id, stories.get(id).version(), content, null);
            return id;
        });
    }

    static List<StorySummary> rows(StoryListView view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    @Test
    void wordsAndStateNarrowTheList() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StoryId chips = story("Nvidia books chips " + tag);
        story("Mistral raises debt " + tag);
        ui.signIn("reviewer");
        UI.getCurrent().navigate("");
        StoryListView view = _get(StoryListView.class);

        setValueAsUser(view.text, tag);
        assertThat(rows(view)).hasSize(2);
        setValueAsUser(view.text, "NVIDIA BOOKS CHIPS " + tag);
        assertThat(rows(view)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(chips);
            assertThat(row.state()).isEqualTo(StoryState.DRAFT);
        });
        setValueAsUser(view.state, StoryState.IN_REVIEW);
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void myWorkOpensOnTheReviewersQueue() {
        StoryId waiting = story("Waiting for review " + UUID.randomUUID());
        new SignIn(userDetails).as("editor", () -> workflow.submit(waiting));
        ui.signIn("reviewer");
        UI.getCurrent().navigate("my-work");
        StoryListView view = _get(StoryListView.class);
        assertThat(view.queue.getValue()).isEqualTo("MY_REVIEWS");
        assertThat(rows(view)).isNotEmpty().allSatisfy(row -> assertThat(row.state()).isEqualTo(StoryState.IN_REVIEW))
                .extracting(StorySummary::id).contains(waiting);
    }

    @Test
    void anEditorStartsAStoryByHandFromTheListAndOthersSeeNoSuchButton() {
        ui.signIn("reviewer");
        UI.getCurrent().navigate("");
        assertThat(_get(StoryListView.class).newStory.isVisible()).as("only editors start stories").isFalse();

        ui.signIn("editor");
        UI.getCurrent().navigate("");
        StoryListView view = _get(StoryListView.class);
        assertThat(view.grid.getEmptyStateText()).contains("New story");
        _click(view.newStory);
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(path).matches("stories/\\d+");
        var story = new SignIn(userDetails).as("editor", () -> stories.get(new StoryId(Long.parseLong(path.substring("stories/".length())))));
        assertThat(story.state()).isEqualTo(StoryState.DRAFT);
        assertThat(story.sources()).isEmpty();
        assertThat(story.current().reason()).isEqualTo("Started by hand, from no source");
    }

    @Test
    void timesAreShownInTheZoneTheBrowserReports() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = story("Zhipu opens a Shanghai lab " + tag);
        ui.signIn("reviewer");
        UI current = UI.getCurrent();
        String[] details = new String[18];
        details[10] = "Asia/Shanghai"; // the browser's Intl time zone, as Vaadin's bootstrap sends it
        current.getInternals().setExtendedClientDetails(new ExtendedClientDetails(current, details[0], details[1], details[2], details[3],
                details[4], details[5], details[6], details[7], details[8], details[9], details[10], details[11], details[12], details[13],
                details[14], details[15], details[16], details[17]));
        current.navigate("");
        StoryListView view = _get(StoryListView.class);
        setValueAsUser(view.text, tag);

        StorySummary row = rows(view).getFirst();
        String shanghai = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(row.updatedAt().atZone(ZoneId.of("Asia/Shanghai")));
        String utc = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(row.updatedAt().atZone(ZoneOffset.UTC));
        assertThat(row.id()).isEqualTo(id);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(shanghai).doesNotContain(utc);
    }
}
