package org.newsdesk.publishing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsdesk.publishing.CalendarEntry;
import org.newsdesk.publishing.Term;
import org.newsdesk.publishing.internal.PublicArticleRepository.Article;
import org.newsdesk.story.Schedule;
import org.newsdesk.story.StoryId;
import org.newsdesk.workflow.ReleaseTimes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What {@link org.newsdesk.publishing.PublishingService} does, over the module's own tables. */
@Component
public class Publication {

    private final ReleaseRepository releases;
    private final PublicArticleRepository articles;
    private final ChangeNotifications notifications;
    private final PageCache cache;
    private final Webhooks webhooks;

    Publication(ReleaseRepository releases, PublicArticleRepository articles, ChangeNotifications notifications, PageCache cache, Webhooks webhooks) {
        this.webhooks = webhooks;
        this.releases = releases;
        this.articles = articles;
        this.notifications = notifications;
        this.cache = cache;
    }

    public List<CalendarEntry> calendar(Instant from, Instant to) {
        List<CalendarEntry> entries = new ArrayList<>();
        Map<StoryId, Optional<Article>> live = new HashMap<>();
        List<String> released = new ArrayList<>();
        for (ReleaseRepository.Row r : releases.dueBetween(from, to)) {
            Optional<Article> article = live.computeIfAbsent(r.story(), articles::byStory);
            String slug = article.filter(Article::live).map(Article::slug).orElse(null);
            Schedule schedule = new Schedule(r.dueAt(), r.zone());
            switch (r.status()) {
                case "PENDING" -> entries.add(new CalendarEntry(r.story(), r.headline(), CalendarEntry.Status.SCHEDULED, r.dueAt(), r.zone(), null,
                        r.attempts() == 0 ? "Goes live " + ReleaseTimes.describe(schedule)
                                : "Due " + ReleaseTimes.describe(schedule) + "; attempt " + r.attempts() + " failed (" + r.lastError() + "), trying again.",
                        null));
                case "FAILED" -> entries.add(new CalendarEntry(r.story(), r.headline(), CalendarEntry.Status.FAILED, r.dueAt(), r.zone(), null,
                        "Not published: " + r.lastError(), null));
                case "RELEASED" -> {
                    released.add(r.story().value() + "@" + r.releasedAt());
                    Duration lateness = Duration.ofMillis(r.latenessMs() == null ? 0 : r.latenessMs());
                    boolean withdrawn = article.map(a -> !a.live()).orElse(false);
                    CalendarEntry.Status status = withdrawn ? CalendarEntry.Status.WITHDRAWN
                            : r.late() ? CalendarEntry.Status.LATE : CalendarEntry.Status.PUBLISHED;
                    String detail = (r.late() ? "Published late: " + ReleaseScheduler.human(lateness) + " after its time"
                            : "Published on time (" + ReleaseScheduler.human(lateness) + " after " + ReleaseTimes.describe(schedule) + ")")
                            + " by node " + r.releasedBy() + "." + (withdrawn ? " Since withdrawn." : "");
                    entries.add(new CalendarEntry(r.story(), r.headline(), status, r.dueAt(), r.zone(), lateness, detail, slug));
                }
                default -> {
                    // cancelled releases are not on the calendar
                }
            }
        }
        for (Article a : articles.publishedBetween(from, to)) {
            if (released.contains(a.story().value() + "@" + a.publishedAt())) {
                continue;
            }
            entries.add(new CalendarEntry(a.story(), a.headline(), a.live() ? CalendarEntry.Status.PUBLISHED : CalendarEntry.Status.WITHDRAWN,
                    a.publishedAt(), null, null, a.live() ? "Published at once." : "Published at once; since withdrawn.", a.live() ? a.slug() : null));
        }
        return entries;
    }

    public void fileUnder(StoryId story, List<Term> terms) {
        articles.replaceTerms(story, "DESK", terms);
        if (articles.byStory(story).isPresent()) {
            webhooks.termsChanged(story);
            notifications.articleChanged(story);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.storyChanged(story);
                }
            });
        }
    }

    public List<Term> termsOf(StoryId story) {
        return articles.termsOf(story);
    }
}
