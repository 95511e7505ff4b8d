package org.newsdesk.review;

import org.newsdesk.workflow.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.identity.UserService;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.PastedSource;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.StaleStoryException;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryFilter;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.testing.IntegrationTest;
import org.newsdesk.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Several people on one story: no lost update, revisions and restore, notes and mentions, queues, autosave. */
@IntegrationTest
class CollaborationIntegrationTest {

    @Autowired IngestService ingest;
    @Autowired StoryService stories;
    @Autowired ReviewService reviews;
    @Autowired WorkflowService workflow;
    @Autowired UserService users;
    @Autowired UserDetailsService userDetails;

    SignIn signIn;

    @BeforeEach
    void setUp() {
        signIn = new SignIn(userDetails);
        signIn.as("editor");
    }

    @AfterEach
    void tearDown() {
        SignIn.out();
    }

    StoryId newStory(String title) {
        var item = ingest.paste(new PastedSource(title + " " + UUID.randomUUID(), "Text " + UUID.randomUUID(), null, null, "en"));
        return stories.createFromSources(List.of(item.item().id()));
    }

    @Test
    void manyEditorsSavingTheSameStoryAtOnceLoseNoUpdate() throws Exception {
        StoryId id = newStory("Concurrency");
        int writers = 12;
        List<ContentField> slots = List.of(ContentField.values()).subList(0, 6);
        AtomicInteger refused = new AtomicInteger();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            ContentField field = slots.get(w % slots.size());
            String lang = w < slots.size() ? "en" : "zh";
            String value = "writer " + w;
            done.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                start.await();
                while (true) { // what an editor does on a conflict: reload, re-apply their own change, save again
                    Story seen = stories.get(id);
                    StoryContent mine = seen.content().with(lang, seen.content().in(lang).with(field, value));
                    try {
                        stories.saveContent(id, seen.version(), mine, null);
                        return null;
                    } catch (StaleStoryException e) {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Story end = stories.get(id);
        for (int w = 0; w < writers; w++) {
            ContentField field = slots.get(w % slots.size());
            String lang = w < slots.size() ? "en" : "zh";
            assertThat(end.content().in(lang).text(field)).as("writer %d's %s (%s)", w, field, lang).isEqualTo("writer " + w);
        }
        assertThat(stories.revisions(id)).hasSize(writers + 1);
        System.out.printf("concurrent saves: %d writers, %d saves refused as stale and retried, 0 updates lost%n", writers, refused.get());
        assertThat(refused.get()).as("the writers really collided").isPositive();
    }

    @Test
    void anOldRevisionRestoredBecomesTheNewestAndNothingIsLost() {
        StoryId id = newStory("Restore");
        Story s = stories.get(id);
        Story first = stories.saveContent(id, s.version(), s.content().with("en", new LocalizedContent("First", "One", List.of("a"))), null);
        Story second = stories.saveContent(id, first.version(), first.content().with("en", new LocalizedContent("Second", "Two", List.of("b"))), null);
        Story restored = stories.restore(id, first.current().id(), second.version());
        assertThat(restored.content().in("en").headline()).isEqualTo("First");
        assertThat(restored.current().number()).isEqualTo(4);
        assertThat(restored.current().reason()).isEqualTo("Restored revision 2");
        assertThat(stories.revisions(id)).extracting(r -> r.content().in("en").headline()).containsExactly("First", "Second", "First", "");
        assertThatThrownBy(() -> stories.restore(id, restored.current().id(), restored.version())).hasMessageContaining("already");
    }

    @Test
    void aMentionInAReviewNoteNotifiesThatPersonAndNotesResolve() {
        StoryId id = newStory("Notes");
        signIn.as("reviewer");
        long before = signIn.as("editor", () -> reviews.myUnreadCount());
        List<String> notified = reviews.add(id, null, ContentField.SUMMARY, "en", "@editor the Series C was in September, not 2023");
        assertThat(notified).containsExactly("editor");
        ReviewNote note = reviews.notes(id).getFirst();
        assertThat(note.where()).isEqualTo("Summary (English)");

        signIn.as("editor");
        assertThat(reviews.myUnreadCount()).isEqualTo(before + 1);
        assertThat(reviews.myNotifications().getFirst().message()).contains("Rita Reviewer mentioned you").contains("September");
        reviews.add(id, note.id(), null, null, "Fixed, thanks");
        reviews.resolve(note.id());
        assertThat(reviews.notes(id)).extracting(ReviewNote::body, ReviewNote::resolved)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("@editor the Series C was in September, not 2023", true),
                        org.assertj.core.groups.Tuple.tuple("Fixed, thanks", false));
        assertThat(reviews.notes(id).get(1).parentId()).isEqualTo(note.id());
        assertThatThrownBy(() -> reviews.resolve(note.id())).hasMessageContaining("resolved already by Eddie Editor");
        assertThatThrownBy(() -> reviews.add(id, null, null, null, "  ")).hasMessageContaining("Write something");
    }

    @Test
    void queuesAndFiltersFindTheRightStories() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StoryId id = newStory("Queue");
        Story s = stories.get(id);
        var content = s.content();
        for (String lang : List.of("en", "zh")) {
            content = content.with(lang, new LocalizedContent("Queue story " + tag, "Summary", List.of("bullet")).with(ContentField.CATEGORIES, "Chips " + tag));
        }
        stories.saveContent(id, s.version(), content, null);
        UserAccount rita = users.colleagues(org.newsdesk.identity.Role.REVIEWER).stream().filter(u -> u.username().equals("reviewer")).findFirst().orElseThrow();
        stories.assign(id, null, rita.id());
        workflow.submit(id);

        assertThat(stories.search(StoryFilter.ALL.withText(tag), 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(StoryState.IN_REVIEW);
            assertThat(row.assignedReviewer()).isEqualTo("Rita Reviewer");
            assertThat(row.categories()).containsExactly("Chips " + tag);
        });
        assertThat(stories.count(StoryFilter.ALL.withCategory("Chips " + tag))).isEqualTo(1);
        assertThat(stories.count(StoryFilter.ALL.withText(tag).withState(StoryState.DRAFT))).isZero();
        assertThat(stories.count(StoryFilter.ALL.withText(tag).withLanguage("zh").withAssignee(rita.id()))).isEqualTo(1);

        signIn.as("reviewer");
        long toReview = stories.myWork().toReview();
        assertThat(toReview).isPositive();
        assertThat(stories.search(StoryFilter.ALL.withText(tag).inQueue(StoryFilter.Queue.MY_REVIEWS, rita.id()), 0, 10)).hasSize(1);
    }

    @Test
    void unsavedWorkIsKeptUntilSavedOrDiscarded() {
        StoryId id = newStory("Autosave");
        Story s = stories.get(id);
        StoryContent typing = s.content().with("en", new LocalizedContent("Half-typed headl", "", List.of()));
        stories.autosave(id, s.version(), typing);
        assertThat(stories.unsavedWork(id)).hasValueSatisfying(a -> assertThat(a.content()).isEqualTo(typing));
        signIn.as("reviewer");
        assertThat(stories.unsavedWork(id)).as("each person's own").isEmpty();
        signIn.as("editor");
        stories.saveContent(id, s.version(), typing, null);
        assertThat(stories.unsavedWork(id)).as("gone once saved").isEmpty();
        stories.autosave(id, s.version(), typing.with("en", new LocalizedContent("Other", "", List.of())));
        stories.discardUnsavedWork(id);
        assertThat(stories.unsavedWork(id)).isEmpty();
    }
}
