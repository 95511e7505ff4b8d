package org.newsdesk.publishing.internal;

import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.StoryId;
import org.springframework.stereotype.Component;

/**
 * Tells every node about public changes and new release times, over the desk's signals
 * (PostgreSQL {@code LISTEN/NOTIFY}): a notice sent inside a transaction is delivered when it
 * commits, and never if it rolls back. A public change evicts the pages it affects, a release
 * change wakes the scheduler. While the listening connection is down, the page cache is bypassed
 * (this node could miss another's change) and the scheduler still polls.
 */
@Component
class ChangeNotifications {

    static final String TOPIC = "publishing";

    private final DeskSignals signals;

    ChangeNotifications(DeskSignals signals, PageCache cache, ReleaseScheduler scheduler) {
        this.signals = signals;
        signals.subscribe(TOPIC, signal -> {
            String payload = signal.field(0);
            if (payload.startsWith("article:")) {
                cache.storyChanged(new StoryId(Long.parseLong(payload.substring("article:".length()))));
            } else if (payload.equals("lists")) {
                cache.listsChanged();
            } else if (payload.equals("release")) {
                scheduler.wake();
            }
        });
        signals.onConnection(listening -> {
            // from the moment the node listens again no change is missed; anything before is covered by starting afresh
            cache.bypass(!listening);
            if (listening) {
                scheduler.wake();
            }
        });
    }

    /** Inside the transaction that changed what readers see of {@code story}. */
    void articleChanged(StoryId story) {
        signals.send(TOPIC, "article:" + story.value());
    }

    /** Inside the transaction that changed which terms some stories are filed under. */
    void listsChanged() {
        signals.send(TOPIC, "lists");
    }

    /** Inside the transaction that set or moved a release time. */
    void releasesChanged() {
        signals.send(TOPIC, "release");
    }
}
