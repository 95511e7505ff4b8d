package org.newsdesk.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.identity.UserAccount;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.MyWork;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.StoryAssigned;
import org.newsdesk.workflow.StoryTransitioned;
import org.newsdesk.identity.UserId;
import org.newsdesk.identity.UserService;
import org.springframework.context.event.EventListener;
import org.newsdesk.review.internal.ReviewNoteRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Review notes on a story or one of its fields, threaded and resolvable; an @mention notifies the person mentioned. */
@Service
public class ReviewService {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([a-z0-9._-]{2,40})");

    private final ReviewNoteRepository notes;
    private final StoryService stories;

    private final DeskSignals signals;
    private final UserService users;

    ReviewService(ReviewNoteRepository notes, StoryService stories, DeskSignals signals, UserService users) {
        this.users = users;
        this.signals = signals;
        this.notes = notes;
        this.stories = stories;
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<ReviewNote> notes(StoryId story) {
        return notes.forStory(story);
    }

    /** Adds a note (a reply when {@code parentId} is given); returns the people it notified. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public List<String> add(StoryId storyId, Long parentId, ContentField field, String language, String typed) {
        String body = org.newsdesk.platform.PlainText.strip(typed);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("Write something in the note.");
        }
        if (body.length() > 5000) {
            throw new IllegalArgumentException("A note holds at most 5,000 characters.");
        }
        Story story = stories.get(storyId);
        if (parentId != null && notes.find(parentId).filter(n -> n.story().equals(storyId)).isEmpty()) {
            throw new IllegalArgumentException("The note you reply to is not on this story.");
        }
        Actor me = CurrentUser.require();
        long id = notes.insert(storyId, parentId, field, language, me.id(), body.strip());
        Set<String> mentioned = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(body);
        while (m.find()) {
            mentioned.add(m.group(1));
        }
        String headline = story.content().headline(List.of("en", "zh", "fr"));
        for (String username : mentioned) {
            notes.userByName(username).filter(UserAccount::enabled).filter(u -> !u.id().equals(me.id())).ifPresent(u ->
                    notes.notify(u.id(), storyId, Notification.Kind.MENTION, me.displayName() + " mentioned you on “" + (headline.isBlank() ? "story " + storyId.value() : headline)
                            + "”: " + abbreviate(body.strip())));
        }
        List<String> notified = mentioned.stream().filter(u -> notes.userByName(u).isPresent()).toList();
        if (!notified.isEmpty()) {
            signals.send(MyWork.CHANGED, String.valueOf(storyId.value()));
        }
        return notified;
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public void resolve(long noteId) {
        ReviewNote note = notes.find(noteId).orElseThrow(() -> new IllegalArgumentException("There is no such note."));
        if (note.resolved()) {
            throw new IllegalStateException("This note was resolved already by " + note.resolvedBy() + ".");
        }
        notes.resolve(noteId, CurrentUser.require().id());
    }

    /** The signed-in person's notifications, unread first. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Notification> myNotifications() {
        return notes.notifications(CurrentUser.require().id());
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return notes.unread(CurrentUser.require().id());
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public void markAllRead() {
        notes.markRead(CurrentUser.require().id());
    }

    /**
     * A step addressed to the story's editor (the assigned one, else whoever started the story) tells
     * them: changes requested (with the note, which also stands in the story's notes), approved,
     * scheduled, published. Nobody is told of their own step.
     */
    @EventListener
    void onTransitioned(StoryTransitioned step) {
        Notification.Kind kind = switch (step.transition()) {
            case REQUEST_CHANGES -> Notification.Kind.CHANGES_REQUESTED;
            case APPROVE -> Notification.Kind.APPROVED;
            case SCHEDULE, RESCHEDULE -> Notification.Kind.SCHEDULED;
            case PUBLISH, RELEASE -> Notification.Kind.PUBLISHED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Story story = stories.get(step.story());
        if (kind == Notification.Kind.CHANGES_REQUESTED && step.note() != null && step.actor() != null) {
            notes.insert(step.story(), null, null, null, step.actor(), "Changes requested: " + step.note());
        }
        UserId to = story.assignedEditor() != null ? story.assignedEditor() : story.createdBy();
        if (to == null || to.equals(step.actor())) {
            return;
        }
        String who = step.actor() == null ? "The scheduler" : users.find(step.actor()).map(UserAccount::displayName).orElse("Someone");
        String what = switch (kind) {
            case CHANGES_REQUESTED -> who + " requested changes on " + title(story) + (step.note() == null ? "" : ": " + abbreviate(step.note()));
            case APPROVED -> who + " approved " + title(story) + ".";
            case SCHEDULED -> who + " scheduled " + title(story) + (step.note() == null ? "." : ": " + step.note() + ".");
            default -> (step.actor() == null ? "Released on schedule: " : who + " published ") + title(story) + ".";
        };
        notes.notify(to, step.story(), kind, what);
    }

    /** A person newly assigned to a story is told (not when they assigned themselves). */
    @EventListener
    void onAssigned(StoryAssigned assigned) {
        Story story = stories.get(assigned.story());
        String who = users.find(assigned.by()).map(UserAccount::displayName).orElse("Someone");
        if (assigned.editor() != null && !assigned.editor().equals(assigned.previousEditor()) && !assigned.editor().equals(assigned.by())) {
            notes.notify(assigned.editor(), assigned.story(), Notification.Kind.ASSIGNED, who + " made you the editor of " + title(story) + ".");
        }
        if (assigned.reviewer() != null && !assigned.reviewer().equals(assigned.previousReviewer()) && !assigned.reviewer().equals(assigned.by())) {
            notes.notify(assigned.reviewer(), assigned.story(), Notification.Kind.ASSIGNED, who + " made you the reviewer of " + title(story) + ".");
        }
    }

    private static String title(Story story) {
        String headline = story.content().headline(List.of("en", "zh", "fr"));
        return headline.isBlank() ? "story " + story.id().value() : "“" + headline + "”";
    }

    private static String abbreviate(String s) {
        return s.length() > 140 ? s.substring(0, 140) + "…" : s;
    }
}
