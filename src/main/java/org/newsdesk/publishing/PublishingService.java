package org.newsdesk.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Role.Names;
import org.newsdesk.publishing.internal.Publication;
import org.newsdesk.story.StoryId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publishing desk's view and levers besides the workflow's transitions: the calendar of
 * releases and publications (late and failed ones included), and the categories and tags the desk
 * files a story under. Releases themselves go out by the scheduler, through the workflow.
 */
@Service
public class PublishingService {

    private final Publication publication;

    PublishingService(Publication publication) {
        this.publication = publication;
    }

    /** Everything scheduled, published, late, failed or withdrawn in [from, to), in time order. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("The calendar needs a start before its end.");
        }
        if (Duration.between(from, to).toDays() > 62) {
            throw new IllegalArgumentException("The calendar shows at most two months at a time.");
        }
        return publication.calendar(from, to).stream().sorted(Comparator.comparing(CalendarEntry::at)).toList();
    }

    /**
     * Files the story under these categories and tags (the desk's own list, besides any its content
     * names); a live article's pages and feeds show the change at once. Returns all its terms now.
     */
    @RolesAllowed({Names.EDITOR, Names.PUBLISHER})
    @Transactional
    public List<Term> fileUnder(StoryId story, List<String> categories, List<String> tags) {
        List<Term> terms = new ArrayList<>();
        Stream.ofNullable(categories).flatMap(List::stream).map(c -> Term.of(Term.Kind.CATEGORY, c)).filter(t -> !t.slug().isEmpty()).forEach(terms::add);
        Stream.ofNullable(tags).flatMap(List::stream).map(t -> Term.of(Term.Kind.TAG, t)).filter(t -> !t.slug().isEmpty()).forEach(terms::add);
        publication.fileUnder(story, terms);
        return termsOf(story);
    }

    /** The categories and tags the story is filed under. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Term> termsOf(StoryId story) {
        return publication.termsOf(story);
    }
}
