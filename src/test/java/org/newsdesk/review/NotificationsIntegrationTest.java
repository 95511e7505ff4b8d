package org.newsdesk.review;

import org.newsdesk.workflow.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.identity.Role;
import org.newsdesk.identity.UserService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each step addressed to a person reaches them as a notification that opens the story where it matters. */
@IntegrationTest
class NotificationsIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired WorkflowService workflow;
    @Autowired ReviewService reviews;
    @Autowired UserService users;
    @Autowired NewsdeskProperties props;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    List<Notification> unreadOf(String person) {
        return new SignIn(userDetails).as(person, () -> reviews.myNotifications().stream().filter(n -> !n.read()).toList());
    }

    @Test
    void theEditorHearsOfChangesRequestedWithTheNoteAndOfApprovalAndTheReviewerOfTheirAssignment() {
        SignIn as = new SignIn(userDetails);
        for (String person : List.of("editor", "reviewer")) {
            as.as(person, () -> {
                reviews.markAllRead();
                return null;
            });
        }
        String headline = "Mistral borrows €705M " + UUID.randomUUID().toString().substring(0, 6);
        StoryId id = as.as("editor", () -> {
            var pasted = ingest.paste(new PastedSource(headline, "Mistral AI secured €705 million. " + UUID.randomUUID(), "Wire", null, "en"));
            StoryId story = stories.createFromSources(List.of(pasted.item().id()));
            Story s = stories.get(story);
            StoryContent content = s.content();
            for (String lang : props.languages()) {
                content = content.with(lang, new LocalizedContent(headline, "Summary " + lang, List.of("Bullet " + lang)));
            }
            stories.saveContent(story, s.version(), content, null);
            var reviewer = users.colleagues(Role.REVIEWER).stream().filter(u -> u.username().equals("reviewer")).findFirst().orElseThrow();
            stories.assign(story, null, reviewer.id());
            workflow.submit(story);
            return story;
        });

        assertThat(unreadOf("reviewer")).filteredOn(n -> n.story().equals(id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.ASSIGNED);
            assertThat(n.message()).isEqualTo("Eddie Editor made you the reviewer of “" + headline + "”.");
        });

        as.as("reviewer", () -> workflow.requestChanges(id, "The amount is debt, not equity: say so in the summary."));
        assertThat(unreadOf("editor")).filteredOn(n -> n.story().equals(id)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.CHANGES_REQUESTED);
            assertThat(n.message()).isEqualTo("Rita Reviewer requested changes on “" + headline + "”: The amount is debt, not equity: say so in the summary.");
            assertThat(n.link()).isEqualTo("stories/" + id.value() + "?tab=notes");
        });
        assertThat(as.as("editor", () -> reviews.notes(id))).extracting(ReviewNote::body)
                .contains("Changes requested: The amount is debt, not equity: say so in the summary.");
        assertThat(as.as("editor", () -> reviews.myUnreadCount())).isGreaterThanOrEqualTo(1);

        as.as("editor", () -> workflow.submit(id));
        as.as("reviewer", () -> workflow.approve(id));
        assertThat(unreadOf("editor")).filteredOn(n -> n.story().equals(id)).extracting(Notification::kind)
                .containsExactlyInAnyOrder(Notification.Kind.CHANGES_REQUESTED, Notification.Kind.APPROVED);
        // nobody is told of their own step
        assertThat(unreadOf("reviewer")).filteredOn(n -> n.story().equals(id)).extracting(Notification::kind).containsExactly(Notification.Kind.ASSIGNED);
    }
}
