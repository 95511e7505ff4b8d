package org.newsdesk.publishing.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.StoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Public pages and feeds, each rendered once and served from that rendering until what it shows
 * changes. A change stamps the stories it concerns (and "everything", which lists and feeds show)
 * from a counter; a page records the counter as it was before its data was read, so a rendering
 * that raced with a change is never served after it. Bounded by memory (W-TinyLFU keeps the pages
 * read most). While the node cannot hear other nodes' changes ({@link #bypass}), nothing is cached.
 * See docs/decisions/0007-public-site-rendered-once.md.
 */
@Component
class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    private final Cache<String, Page> pages;
    private final AtomicLong counter = new AtomicLong();
    private final Map<StoryId, Long> storyChangedAt = new ConcurrentHashMap<>();
    private volatile long everythingChangedAt;
    private volatile long clearedAt;
    /** Until this node listens for other nodes' changes, it cannot know when a page goes stale. */
    private volatile boolean bypass = true;
    private final LongAdder renders = new LongAdder();

    PageCache(NewsdeskProperties props) {
        pages = Caffeine.newBuilder()
                .maximumWeight(props.publishing().pageCacheMb() * 1024L * 1024L)
                .weigher((String key, Page page) -> page.weight())
                .build();
    }

    /** The page under {@code key}, rendered by {@code render} (given the stamp to record) when missing or outdated. */
    Page get(String key, LongFunction<Page> render) {
        if (bypass) {
            return render(render);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Page page = pages.get(key, k -> render(render));
            if (current(page)) {
                return page;
            }
            pages.asMap().remove(key, page);
        }
        return render(render);
    }

    private Page render(LongFunction<Page> render) {
        renders.increment();
        return render.apply(counter.get());
    }

    private boolean current(Page page) {
        if (page.renderedAt() < clearedAt) {
            return false;
        }
        if (page.listsEverything() && page.renderedAt() < everythingChangedAt) {
            return false;
        }
        for (StoryId story : page.stories()) {
            if (page.renderedAt() < storyChangedAt.getOrDefault(story, 0L)) {
                return false;
            }
        }
        return true;
    }

    /** What readers see of {@code story} changed (and so did every list and feed). Call after the change is committed. */
    void storyChanged(StoryId story) {
        long stamp = counter.incrementAndGet();
        storyChangedAt.merge(story, stamp, Math::max);
        everythingChangedAt = stamp;
        pages.asMap().values().removeIf(p -> p.listsEverything() || p.stories().contains(story));
    }

    /** Lists and feeds changed (say, a story was filed under another category). */
    void listsChanged() {
        everythingChangedAt = counter.incrementAndGet();
        pages.asMap().values().removeIf(Page::listsEverything);
    }

    /** Forgets every rendering. */
    void clear() {
        clearedAt = counter.incrementAndGet();
        pages.invalidateAll();
    }

    /** While on, every request renders afresh and nothing is kept (the node may be missing other nodes' changes). */
    void bypass(boolean on) {
        if (on != bypass) {
            log.info(on ? "Public page cache off until change notifications are heard again" : "Public page cache on: listening for changes from every node");
        }
        if (!on) {
            clear();
        }
        bypass = on;
    }

    /** Renderings so far (a page served from the cache is not one). */
    long renders() {
        return renders.sum();
    }
}
