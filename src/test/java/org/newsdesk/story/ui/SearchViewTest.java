package org.newsdesk.story.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.BrowserlessUi;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The search box in the navigation opens the results; a story result links to its editor, the words it matched marked. */
@IntegrationTest
class SearchViewTest {

    @Autowired UserDetailsService userDetails;
    @Autowired IngestService ingest;
    @Autowired StoryService stories;

    @RegisterExtension
    final BrowserlessUi ui = new BrowserlessUi();

    @Test
    void theNavigationSearchBoxOpensResultsThatLinkToTheStory() {
        String word = "zqview" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        StoryId id = new SignIn(userDetails).as("editor", () -> {
            var item = ingest.paste(new PastedSource("Source " + word, "Text about " + word + " and " + word + "x in a feed.", null, null, "en"));
            StoryId s = stories.createFromSources(List.of(item.item().id()));
            stories.saveContent(s, stories.get(s).version(), StoryContent.EMPTY.with("en",
                    new LocalizedContent(java.util.Map.of(ContentField.HEADLINE, "Chips for " + word, ContentField.SUMMARY, "A summary."))), null);
            return s;
        });
        ui.signIn("reviewer");
        UI.getCurrent().navigate("");
        TextField box = _get(TextField.class, spec -> spec.withId("nav-search"));
        assertThat(box.getPlaceholder()).isEqualTo("Search stories and sources");

        UI.getCurrent().navigate("search", QueryParameters.of("q", word));
        SearchView view = _get(SearchView.class);
        assertThat(view.text.getValue()).isEqualTo(word);
        assertThat(view.summary.getText()).isEqualTo("1 story and 1 source item match, most relevant first.");
        Anchor link = _get(view.storyResults, Anchor.class);
        assertThat(link.getHref()).isEqualTo("stories/" + id.value());
        assertThat(link.getElement().getChild(0).getChild(1).getTag()).isEqualTo("mark");
        assertThat(link.getElement().getChild(0).getChild(1).getText()).isEqualTo(word);
        assertThat(_find(view.itemResults, com.vaadin.flow.component.button.Button.class)).hasSize(1);
        // states and statuses in words, as the story list and the inbox name them
        assertThat(view.storyResults.getElement().getTextRecursively()).contains("Draft · English");
        assertThat(view.itemResults.getElement().getTextRecursively()).contains("Used · English");

        // a word only the source has: the stories part says so instead of standing empty
        view.text.setValue(word + "x");
        assertThat(view.summary.getText()).isEqualTo("0 stories and 1 source item match, most relevant first.");
        assertThat(view.storyResults.getElement().getTextRecursively()).isEqualTo("No story matches.");
        assertThat(view.storiesHeading.isVisible()).isTrue();

        // nothing at all: one sentence, no empty headings
        view.text.setValue(word + "nowhere");
        assertThat(view.summary.getText()).isEqualTo("Nothing matches “" + word + "nowhere”.");
        assertThat(view.storiesHeading.isVisible()).isFalse();
        assertThat(view.itemsHeading.isVisible()).isFalse();
        // a phrase is said as typed, not in a second pair of quotation marks
        view.text.setValue("\"" + word + " nowhere\"");
        assertThat(view.summary.getText()).isEqualTo("Nothing matches \"" + word + " nowhere\".");
    }
}
