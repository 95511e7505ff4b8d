package org.newsdesk.publishing.internal;

import java.time.Clock;

import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.publishing.ArticleTerms;
import org.newsdesk.story.Revision;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryState;
import org.newsdesk.workflow.StoryTransitioned;
import org.newsdesk.workflow.Transition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the release queue and the public site in step with the workflow. Its writes happen inside
 * the transaction of the workflow step (so they commit or roll back with it); evicting rendered
 * pages and waking the scheduler happen once that transaction has committed.
 */
@Component
class PublicationRecorder {

    private final StoryService stories;
    private final ReleaseRepository releases;
    private final PublicArticleRepository articles;
    private final ArticleTerms terms;
    private final ChangeNotifications notifications;
    private final PageCache cache;
    private final ReleaseScheduler scheduler;
    private final NewsdeskProperties props;
    private final Clock clock;
    private final ArticleAssembler assembler;

    PublicationRecorder(StoryService stories, ReleaseRepository releases, PublicArticleRepository articles, ArticleTerms terms,
            ChangeNotifications notifications, PageCache cache, ReleaseScheduler scheduler, NewsdeskProperties props, Clock clock,
            ArticleAssembler assembler) {
        this.assembler = assembler;
        this.stories = stories;
        this.releases = releases;
        this.articles = articles;
        this.terms = terms;
        this.notifications = notifications;
        this.cache = cache;
        this.scheduler = scheduler;
        this.props = props;
        this.clock = clock;
    }

    @EventListener
    void record(StoryTransitioned e) {
        if (e.to() == StoryState.SCHEDULED) {
            Story story = stories.get(e.story());
            if (e.transition() == Transition.RESCHEDULE) {
                releases.cancelPending(e.story(), "Moved to another time.");
            }
            Revision approved = stories.revision(story.approvedRevision());
            releases.insertPending(e.story(), approved.id(), approved.content().headline(props.languages()), story.schedule(), e.actor());
            notifications.releasesChanged();
        } else if (e.from() == StoryState.SCHEDULED && e.transition() != Transition.RELEASE) {
            releases.cancelPending(e.story(), switch (e.transition()) {
                case UNSCHEDULE -> "Unscheduled.";
                case PUBLISH -> "Published at once instead.";
                case BACK_TO_REVIEW -> "Edited after approval: back in review, so the release no longer holds.";
                case REOPEN -> "Reopened as a draft.";
                case KILL -> "Killed.";
                default -> e.transition().label() + ".";
            });
        }
        if (e.to() == StoryState.PUBLISHED) {
            Story story = stories.get(e.story());
            Revision published = stories.revision(story.publishedRevision());
            articles.publish(story.id(), story.slug(), published.id(), published.content().headline(props.languages()),
                    assembler.languages(published.content()), story.publishedAt());
            articles.replaceTerms(story.id(), "CONTENT", terms.of(published.content()));
            notifications.articleChanged(story.id());
        } else if (e.to() == StoryState.UNPUBLISHED) {
            articles.withdraw(e.story(), clock.instant());
            notifications.articleChanged(e.story());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(StoryTransitioned e) {
        if (e.to() == StoryState.PUBLISHED || e.to() == StoryState.UNPUBLISHED) {
            cache.storyChanged(e.story());
        }
        if (e.to() == StoryState.SCHEDULED) {
            scheduler.wake();
        }
    }
}
