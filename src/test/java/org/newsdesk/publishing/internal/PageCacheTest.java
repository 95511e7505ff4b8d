package org.newsdesk.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.StoryId;

/** Rendered once, served until it changes, and never served after a change it raced with. */
class PageCacheTest {

    static final StoryId STORY = new StoryId(7);

    static PageCache listening() {
        var publishing = new NewsdeskProperties.Publishing(Duration.ofSeconds(1), Duration.ofMinutes(1), 2, 5, Duration.ofSeconds(10), "UTC",
                Duration.ofSeconds(60), 8, 50, "Newsdesk", "test");
        PageCache cache = new PageCache(new NewsdeskProperties(null, null, false, List.of("en"), null, "http://localhost", null, publishing));
        cache.bypass(false);
        return cache;
    }

    static Page page(String body, long stamp, boolean list) {
        return Page.of(200, PublicPages.HTML, body, Instant.EPOCH, list ? Set.of() : Set.of(STORY), list, stamp);
    }

    @Test
    void aPageIsRenderedOnceAndServedUntilItsStoryChanges() {
        PageCache cache = listening();
        AtomicInteger version = new AtomicInteger(1);
        Page first = cache.get("article:a", stamp -> page("v" + version.get(), stamp, false));
        assertThat(cache.get("article:a", stamp -> page("never", stamp, false))).isSameAs(first);
        assertThat(cache.renders()).isEqualTo(1);

        version.set(2);
        cache.storyChanged(new StoryId(8)); // another story: this page stays
        assertThat(cache.get("article:a", stamp -> page("v" + version.get(), stamp, false))).isSameAs(first);
        cache.storyChanged(STORY);
        assertThat(new String(cache.get("article:a", stamp -> page("v" + version.get(), stamp, false)).body())).isEqualTo("v2");
        assertThat(cache.renders()).isEqualTo(2);
    }

    @Test
    void anyStoryChangeRefreshesListsAndFeeds() {
        PageCache cache = listening();
        Page home = cache.get("home", stamp -> page("old", stamp, true));
        assertThat(cache.get("home", stamp -> page("x", stamp, true))).isSameAs(home);
        cache.storyChanged(new StoryId(99));
        assertThat(new String(cache.get("home", stamp -> page("new", stamp, true)).body())).isEqualTo("new");
    }

    @Test
    void aRenderingThatRacedWithAChangeIsNotServedAfterIt() {
        PageCache cache = listening();
        AtomicInteger calls = new AtomicInteger();
        Page served = cache.get("article:a", stamp -> {
            if (calls.incrementAndGet() == 1) {
                // the data was read, then the change committed before the page was stored
                Page stale = page("stale", stamp, false);
                cache.storyChanged(STORY);
                return stale;
            }
            return page("fresh", stamp, false);
        });
        assertThat(new String(served.body())).isEqualTo("fresh");
        assertThat(new String(cache.get("article:a", stamp -> page("again", stamp, false)).body())).isEqualTo("fresh");
    }

    @Test
    void withoutChangeNotificationsNothingIsKept() {
        PageCache cache = listening();
        cache.bypass(true);
        cache.get("article:a", stamp -> page("1", stamp, false));
        cache.get("article:a", stamp -> page("2", stamp, false));
        assertThat(cache.renders()).isEqualTo(2);
    }
}
