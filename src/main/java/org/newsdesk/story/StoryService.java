package org.newsdesk.story;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.internal.Slugs;
import org.newsdesk.story.internal.StoryRepository;
import org.newsdesk.story.internal.TranslationLinkRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories and their revisions. Every save makes a new immutable revision and is refused when
 * the story changed since the caller loaded it. State changes come only from the workflow
 * module, through {@link #transition}.
 */
@Service
public class StoryService {

    private final StoryRepository stories;
    private final IngestService ingest;
    private final ApplicationEventPublisher events;
    private final NewsdeskProperties props;
    private final Clock clock;
    private final DeskSignals signals;
    private final TranslationLinkRepository translationLinks;

    StoryService(StoryRepository stories, IngestService ingest, ApplicationEventPublisher events, NewsdeskProperties props, Clock clock,
            DeskSignals signals, TranslationLinkRepository translationLinks) {
        this.translationLinks = translationLinks;
        this.signals = signals;
        this.stories = stories;
        this.ingest = ingest;
        this.events = events;
        this.props = props;
        this.clock = clock;
    }

    @RolesAllowed(Names.EDITOR)
    @Transactional
    public StoryId createFromSources(List<SourceItemId> sources) {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("Pick at least one source item to start a story from.");
        }
        var found = ingest.findAll(sources);
        if (found.size() != Set.copyOf(sources).size()) {
            throw new IllegalArgumentException("Some of the chosen source items no longer exist.");
        }
        Actor actor = CurrentUser.require();
        StoryId id = stories.insertStory(actor.id());
        stories.linkSources(id, sources);
        stories.insertRevision(id, StoryContent.EMPTY, AuthorKind.PERSON, actor.id(), null, "Created from " + sources.size() + (sources.size() == 1 ? " source" : " sources"));
        ingest.markUsed(sources);
        signals.send(MyWork.CHANGED, String.valueOf(id.value()));
        return id;
    }

    /** A story written by hand, from no source: empty, a draft, its editor the signed-in person. */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public StoryId createByHand() {
        Actor actor = CurrentUser.require();
        StoryId id = stories.insertStory(actor.id());
        stories.insertRevision(id, StoryContent.EMPTY, AuthorKind.PERSON, actor.id(), null, "Started by hand, from no source");
        signals.send(MyWork.CHANGED, String.valueOf(id.value()));
        return id;
    }

    /** Whether the signed-in person may start stories from sources (editors may). */
    @PermitAll
    public boolean mayCreate() {
        return CurrentUser.find().map(a -> a.has(org.newsdesk.identity.Role.EDITOR)).orElse(false);
    }

    /** The queue "My work" opens on for the signed-in person: reviews for a reviewer, releases for a publisher, drafts otherwise. */
    @PermitAll
    public String myDefaultQueue() {
        var me = CurrentUser.find();
        return me.map(a -> a.has(org.newsdesk.identity.Role.REVIEWER)).orElse(false) ? "MY_REVIEWS"
                : me.map(a -> a.has(org.newsdesk.identity.Role.PUBLISHER)).orElse(false) ? "TO_PUBLISH" : "MY_DRAFTS";
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Story get(StoryId id) {
        return stories.find(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
    }

    /**
     * The story's version (it moves with every save and transition; an assignment leaves it, so that it never makes a save stale): the editor asks it on
     * each poll, so that whoever has a story open sees another person's change without reloading.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public long version(StoryId id) {
        return stories.version(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<StorySummary> page(int offset, int limit) {
        return stories.search(StoryFilter.ALL, offset, limit);
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public int count() {
        return stories.count(StoryFilter.ALL);
    }

    /** One page of the stories matching {@code filter}, most recently updated first (the list loads lazily). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<StorySummary> search(StoryFilter filter, int offset, int limit) {
        return stories.search(filter, offset, Math.min(limit, 500));
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public int count(StoryFilter filter) {
        return stories.count(filter);
    }

    /** The signed-in person's queues: drafts they own, stories waiting for their review, approved stories for publishers. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public MyWork myWork() {
        Actor me = CurrentUser.require();
        return stories.myWork(me.id(), me.has(org.newsdesk.identity.Role.EDITOR), me.has(org.newsdesk.identity.Role.REVIEWER),
                me.has(org.newsdesk.identity.Role.PUBLISHER));
    }

    /** Gives the story an assigned editor and reviewer (either may be null: unassigned). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public Story assign(StoryId id, UserId editor, UserId reviewer) {
        Story before = get(id);
        stories.assign(id, editor, reviewer);
        events.publishEvent(new StoryAssigned(id, editor, reviewer, before.assignedEditor(), before.assignedReviewer(), CurrentUser.require().id()));
        signals.send(MyWork.CHANGED, String.valueOf(id.value()));
        return get(id);
    }

    /** Every revision of the story, newest first. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<Revision> revisions(StoryId id) {
        return stories.revisions(id);
    }

    /** Makes an old revision's content the newest revision (nothing in between is lost: it stays in the history). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER})
    @Transactional
    public Story restore(StoryId id, RevisionId old, long expectedVersion) {
        Revision revision = revision(old);
        if (!revision.storyId().equals(id)) {
            throw new IllegalArgumentException(old + " belongs to another story.");
        }
        Story story = get(id);
        if (revision.content().equals(story.content())) {
            throw new IllegalArgumentException("Revision " + revision.number() + " is what the story holds already.");
        }
        Story restored = saveContent(id, expectedVersion, revision.content(), "Restored revision " + revision.number());
        events.publishEvent(new RevisionRestored(id, old, restored.current().id()));
        return restored;
    }

    /** Keeps the signed-in person's unsaved work on a story, replacing what was kept before. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER})
    @Transactional
    public void autosave(StoryId id, long baseVersion, StoryContent content) {
        content.requireSensibleLengths();
        Story story = get(id);
        // typed on the current revision when the version matches; otherwise on one we cannot tell
        stories.autosave(CurrentUser.require().id(), id, baseVersion, story.version() == baseVersion ? story.current().id() : null, content);
    }

    /**
     * The signed-in person's unsaved work on a story, if it differs from what is saved: the fields
     * they typed (those that differ from the revision they typed on) on top of what the story holds
     * now, so that putting it back never undoes what was saved since, such as an AI draft.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<Autosave> unsavedWork(StoryId id) {
        return unsavedWork(get(id));
    }

    /** The same for the story as the caller has just read it. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<Autosave> unsavedWork(Story story) {
        StoryId id = story.id();
        UserId me = CurrentUser.require().id();
        return stories.findAutosave(me, id).map(a -> stories.autosaveBase(me, id).flatMap(stories::findRevision)
                        .map(base -> new Autosave(id, a.baseVersion(), typedOnto(story.content(), base.content(), a.content()), a.savedAt()))
                        .orElse(a))
                .filter(a -> !a.content().equals(story.content()));
    }

    /** {@code now} with the fields where {@code typed} differs from {@code base}. */
    private StoryContent typedOnto(StoryContent now, StoryContent base, StoryContent typed) {
        StoryContent result = now;
        for (StoryContent.FieldRef f : typed.changedFrom(base, props.languages())) {
            result = result.with(f.language(), result.in(f.language()).with(f.field(), typed.in(f.language()).text(f.field())));
        }
        return result;
    }

    /**
     * Saves what a person has on screen, if it differs from what the story holds, as their
     * revision (before a draft or a restore, so that nothing typed is lost); returns the story.
     * Refused like any save when someone saved since {@code seenVersion}.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER})
    @Transactional
    public Story keepTyping(StoryId id, long seenVersion, StoryContent onScreen, String before) {
        Story story = get(id);
        if (onScreen == null || onScreen.changedFrom(story.content(), props.languages()).isEmpty()) {
            return story;
        }
        return saveContent(id, seenVersion, onScreen, "Saved what was typed before " + before);
    }

    /** Restores an old revision as the newest, after saving what the person has typed (so it stays in the history). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER})
    @Transactional
    public Story restoreKeeping(StoryId id, RevisionId old, long seenVersion, StoryContent onScreen) {
        Story kept = keepTyping(id, seenVersion, onScreen, "restoring revision " + revision(old).number());
        return restore(id, old, kept.version());
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public void discardUnsavedWork(StoryId id) {
        stories.deleteAutosave(CurrentUser.require().id(), id);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Revision revision(RevisionId id) {
        return stories.findRevision(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
    }

    /** Every person who wrote any revision of the story (the model's drafts make nobody an author). */
    @PermitAll
    @Transactional(readOnly = true)
    public Set<UserId> humanAuthors(StoryId id) {
        return stories.humanAuthors(id);
    }

    /** Who made each revision of the story, newest first (for four eyes: see the workflow module). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<RevisionAuthor> revisionAuthors(StoryId id) {
        return stories.revisionAuthors(id);
    }

    /**
     * Saves a person's edit as a new revision. Refused when the story changed since
     * {@code expectedVersion} (nothing is overwritten) or when its state takes no edits.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER})
    @Transactional
    public Story saveContent(StoryId id, long expectedVersion, StoryContent content, String reason) {
        Actor actor = CurrentUser.require();
        Story story = lockForEdit(id, expectedVersion);
        content.requireSensibleLengths();
        var changed = content.changedFrom(story.content(), props.languages());
        if (changed.isEmpty()) {
            return story;
        }
        RevisionId rev = stories.insertRevision(id, content, AuthorKind.PERSON, actor.id(), null,
                reason == null || reason.isBlank() ? "Edited " + StoryContent.FieldRef.list(changed) : reason);
        recordTranslationLinks(id, rev, story.content(), content, AuthorKind.PERSON, actor.id());
        stories.deleteAutosave(actor.id(), id);
        events.publishEvent(new StoryRevised(id, rev, story.state(), AuthorKind.PERSON, actor.id(), changed));
        return get(id);
    }

    /**
     * Saves what the model drafted as a new revision on top of the latest one. {@code merge}
     * receives the latest content and returns it with the drafted fields filled in (it decides
     * which fields a person's edits keep).
     */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public RevisionId saveModelDraft(StoryId id, java.util.function.UnaryOperator<StoryContent> merge, String model, String reason) {
        Story story = stories.lockForUpdate(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
        if (!story.state().acceptsEdits()) {
            throw new IllegalStateException("The story became " + story.state().label().toLowerCase() + " while drafting; the draft was not saved.");
        }
        StoryContent merged = merge.apply(story.content());
        merged.requireSensibleLengths();
        var changed = merged.changedFrom(story.content(), props.languages());
        RevisionId rev = stories.insertRevision(id, merged, AuthorKind.MODEL, null, model, reason);
        recordTranslationLinks(id, rev, story.content(), merged, AuthorKind.MODEL, null);
        events.publishEvent(new StoryRevised(id, rev, story.state(), AuthorKind.MODEL, null, changed));
        return rev;
    }

    /**
     * Moves the story from {@code from} to {@code to}, for the workflow module only: it has checked
     * roles and guards; this refuses the move if the story is no longer in {@code from}. Scheduling
     * goes through {@link #schedule}, which carries the release time.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional
    public Story transition(StoryId id, StoryState from, StoryState to, TransitionEffect effect) {
        if (to == StoryState.SCHEDULED) {
            throw new IllegalArgumentException("A story is scheduled with a release time: use schedule(), not transition().");
        }
        Story story = lockInState(id, from);
        UserId actor = CurrentUser.require().id();
        switch (effect) {
            case NONE -> stories.setState(id, to);
            case APPROVE_CURRENT_REVISION -> stories.approve(id, to, story.current().id(), actor, clock.instant());
            case CLEAR_APPROVAL -> stories.clearApproval(id, to);
            case PUBLISH_APPROVED_REVISION -> publishApproved(story, to);
        }
        return get(id);
    }

    /**
     * Sets (or moves) the release time of an approved story and makes it {@link StoryState#SCHEDULED},
     * for the workflow module only: it has checked the role and that the time is in the future.
     */
    @RolesAllowed(Names.PUBLISHER)
    @Transactional
    public Story schedule(StoryId id, StoryState from, Schedule schedule) {
        Story story = lockInState(id, from);
        if (story.approvedRevision() == null) {
            throw new IllegalStateException("Only an approved story can be scheduled.");
        }
        stories.schedule(id, schedule);
        return get(id);
    }

    /**
     * The scheduled release, taken by the system at the time (no one is signed in). It publishes the
     * approved revision only while the story is still scheduled, its release time has come by the
     * clock, and the approved revision is still {@code scheduledRevision}; otherwise it refuses and
     * changes nothing. It can therefore do nothing the clock would not do anyway, which is why any
     * caller may call it (and the scheduler needs no security context on its threads).
     */
    @PermitAll
    @Transactional
    public Story release(StoryId id, RevisionId scheduledRevision) {
        Story story = lockInState(id, StoryState.SCHEDULED);
        Instant now = clock.instant();
        if (story.schedule() == null || story.schedule().at().isAfter(now)) {
            throw new IllegalStateException("The release of " + id + " is not due yet: it is set for "
                    + (story.schedule() == null ? "no time" : story.schedule().at()) + " and it is " + now + ".");
        }
        if (!scheduledRevision.equals(story.approvedRevision())) {
            throw new IllegalStateException("The approved revision changed since the release was scheduled (scheduled " + scheduledRevision
                    + ", approved now " + story.approvedRevision() + "); nothing was published.");
        }
        publishApproved(story, StoryState.PUBLISHED);
        return get(id);
    }

    private Story lockInState(StoryId id, StoryState from) {
        Story story = stories.lockForUpdate(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
        if (story.state() != from) {
            throw new IllegalStateException("The story is now " + story.state().label().toLowerCase() + ", no longer "
                    + from.label().toLowerCase() + ": reload to see the change.");
        }
        return story;
    }

    /**
     * Freezes the approved revision as the public one. The slug follows the published headline, so a
     * story republished under a new headline gets a new slug (the public site redirects the old one).
     */
    private void publishApproved(Story story, StoryState to) {
        if (story.approvedRevision() == null) {
            throw new IllegalStateException("Only an approved revision can be published.");
        }
        String slug = Slugs.slug(revision(story.approvedRevision()).content().headline(props.languages()), story.id().value());
        stories.publish(story.id(), to, story.approvedRevision(), slug, clock.instant());
    }

    /** Locks the story for a person's change: refused when it changed since {@code expectedVersion} or its state takes no edits. */
    private Story lockForEdit(StoryId id, long expectedVersion) {
        Story story = stories.lockForUpdate(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
        if (story.version() != expectedVersion) {
            throw new StaleStoryException(id);
        }
        if (!story.state().acceptsEdits()) {
            throw new IllegalStateException("This story is " + story.state().label().toLowerCase()
                    + ": reopen it before editing.");
        }
        return story;
    }

    private void recordTranslationLinks(StoryId id, RevisionId rev, StoryContent before, StoryContent after, AuthorKind kind, UserId person) {
        var links = Translations.afterRevision(before, after, props.languages(), rev, kind, person, clock.instant());
        if (!links.isEmpty()) {
            translationLinks.record(id, revision(rev).number(), links);
        }
    }

    /**
     * Where each field in a non-primary language stands against the primary language (the first
     * desk language) in the story's current revision: up to date, stale (with the primary's change
     * since), accepted as it stands by a reviewer, or not translated.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<TranslationStatus> translations(StoryId id) {
        return translations(get(id).current());
    }

    /** The same for the story as the caller has just read it. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<TranslationStatus> translations(Story story) {
        return translations(story.current());
    }

    /** The same as it stood at one revision of the story (the public site asks for the published one). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<TranslationStatus> translationsAt(RevisionId at) {
        return translations(revision(at));
    }

    private List<TranslationStatus> translations(Revision at) {
        return Translations.status(at.content(), translationLinks.asOf(at.storyId(), at.number()), props.languages(),
                rev -> revision(rev).content());
    }

    private TranslationStatus translation(Story story, ContentField field, String language) {
        if (field == null || language == null || !props.languages().contains(language) || language.equals(props.languages().getFirst())) {
            throw new IllegalArgumentException("Pick a field in one of the desk's other languages ("
                    + String.join(", ", props.languages().subList(1, props.languages().size())) + ").");
        }
        return translations(story.current()).stream().filter(t -> t.field() == field && t.language().equals(language)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field.label() + " (" + language + ") has no text to compare in either language."));
    }

    /**
     * A reviewer accepts a stale translation as it stands, with a note saying why; it then no longer
     * blocks approval, until the primary text changes again. Announced as {@link TranslationAccepted}
     * (the workflow's audit log records it).
     */
    @RolesAllowed(Names.REVIEWER)
    @Transactional
    public TranslationStatus acceptTranslation(StoryId id, ContentField field, String language, String note) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Say why the translation may stand as it is: accepting it needs a note.");
        }
        Actor actor = CurrentUser.require();
        Story story = stories.lockForUpdate(id).orElseThrow(() -> new IllegalArgumentException("There is no " + id + "."));
        TranslationStatus status = translation(story, field, language);
        if (status.state() != TranslationStatus.State.STALE) {
            throw new IllegalArgumentException(field.label() + " (" + language + ") is not behind the primary language: there is nothing to accept.");
        }
        translationLinks.record(id, story.current().number(), List.of(Translations.accepted(status, actor.id(), note.strip(), clock.instant())));
        events.publishEvent(new TranslationAccepted(id, story.current().id(), story.state(), status.ref(), actor.id(), note.strip()));
        return translation(story, field, language);
    }

    /**
     * A person keeps the translation they wrote as it stands: it matches the primary text as it is
     * now (what choosing one's own version over a proposed update says). Refused when the story
     * changed since {@code expectedVersion}.
     */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER})
    @Transactional
    public TranslationStatus keepTranslation(StoryId id, ContentField field, String language, long expectedVersion) {
        Actor actor = CurrentUser.require();
        Story story = lockForEdit(id, expectedVersion);
        TranslationStatus status = translation(story, field, language);
        if (status.state() == TranslationStatus.State.MISSING) {
            throw new IllegalArgumentException(field.label() + " (" + language + ") is empty: there is no translation to keep.");
        }
        translationLinks.record(id, story.current().number(), List.of(Translations.confirmed(status, story.current().id(), actor.id(), clock.instant())));
        return translation(story, field, language);
    }

    /** The published story behind a public slug, for the public site. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Story> findBySlug(String slug) {
        return stories.findBySlug(slug);
    }
}
