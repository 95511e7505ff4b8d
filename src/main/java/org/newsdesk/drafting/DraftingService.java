package org.newsdesk.drafting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.drafting.internal.CostLedger;
import org.newsdesk.drafting.internal.DraftBroadcaster;
import org.newsdesk.drafting.internal.DraftJobRepository;
import org.newsdesk.drafting.internal.DraftRunner;
import org.newsdesk.drafting.internal.LlmClient;
import org.newsdesk.drafting.internal.PromptTemplates;
import org.newsdesk.drafting.internal.ProvenanceFromHistory;
import org.newsdesk.drafting.internal.ProvenanceRepository;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.ingest.IngestService;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.AuthorKind;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.RevisionRestored;
import org.newsdesk.story.StoryRevised;
import org.newsdesk.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AI drafting of a story's whole analysis card in each desk language, or of one section or
 * field with an editor's instruction. A draft runs as a background job that outlives the
 * editor's tab; its progress streams to every open editor. Also: provenance, cost and budget,
 * and the prompt templates.
 */
@Service
public class DraftingService {

    private static final Logger log = LoggerFactory.getLogger(DraftingService.class);

    private final LlmClient llm;
    private final DraftRunner runner;
    private final DraftJobRepository jobs;
    private final ProvenanceRepository provenance;
    private final DraftBroadcaster broadcaster;
    private final PromptTemplates templates;
    private final CostLedger ledger;
    private final StoryService stories;
    private final IngestService ingest;
    private final NewsdeskProperties props;

    DraftingService(LlmClient llm, DraftRunner runner, DraftJobRepository jobs, ProvenanceRepository provenance, DraftBroadcaster broadcaster,
            PromptTemplates templates, CostLedger ledger, StoryService stories, IngestService ingest, NewsdeskProperties props) {
        this.llm = llm;
        this.runner = runner;
        this.jobs = jobs;
        this.provenance = provenance;
        this.broadcaster = broadcaster;
        this.templates = templates;
        this.ledger = ledger;
        this.stories = stories;
        this.ingest = ingest;
        this.props = props;
    }

    @PermitAll
    public LlmStatus status() {
        var s = props.llm();
        return new LlmStatus(llm.configured(), s.provider(), s.model(), s.baseUrl(), llm.configured() ? "" : LlmStatus.HOW_TO_CONFIGURE);
    }

    /** Drafts the whole card in every desk language, in the background. */
    @RolesAllowed(Names.EDITOR)
    public DraftJobId start(StoryId id) {
        return redraft(id, DraftScope.everything());
    }

    /**
     * Drafts what {@code scope} says (one field, one section or everything), with the editor's
     * instruction; fields a person edited are kept unless the scope says to overwrite them.
     */
    @RolesAllowed(Names.EDITOR)
    public DraftJobId redraft(StoryId id, DraftScope scope) {
        if (!llm.configured()) {
            throw new IllegalStateException(LlmStatus.HOW_TO_CONFIGURE);
        }
        Story story = stories.get(id);
        if (!story.state().acceptsEdits()) {
            throw new IllegalStateException("This story is " + story.state().label().toLowerCase() + ": reopen it before drafting.");
        }
        List<SourceItem> sources = ingest.findAll(story.sources());
        if (sources.isEmpty()) {
            throw new IllegalStateException("This story has no source items to draft from.");
        }
        if (scope.instruction() != null && scope.instruction().length() > 500) {
            throw new IllegalArgumentException("Keep the instruction under 500 characters.");
        }
        ledger.checkBudget();
        Actor actor = CurrentUser.require();
        DraftJobId job = jobs.start(id, actor.id(), props.llm().provider(), props.llm().model(), scope.describe(), scope.instruction())
                .orElseThrow(() -> new IllegalStateException("AI drafting is already running on this story."));
        runner.launch(job, id, sources, scope, actor.id());
        return job;
    }

    /**
     * Like {@link #redraft}, but first saves what the person has on screen, if it differs from the
     * story, as their revision: a draft never costs anyone their typing, and their edits are then
     * kept by the draft like any person's edit.
     */
    @RolesAllowed(Names.EDITOR)
    public DraftJobId redraftKeeping(StoryId id, DraftScope scope, long seenVersion, StoryContent onScreen) {
        stories.keepTyping(id, seenVersion, onScreen, "AI drafting");
        return redraft(id, scope);
    }

    /** {@link #retryFailedParts(StoryId)}, after saving what the person has on screen. */
    @RolesAllowed(Names.EDITOR)
    public DraftJobId retryFailedParts(StoryId id, long seenVersion, StoryContent onScreen) {
        stories.keepTyping(id, seenVersion, onScreen, "AI drafting");
        return retryFailedParts(id);
    }

    @RolesAllowed(Names.EDITOR)
    public void cancel(StoryId id) {
        if (!runner.cancelAnywhere(id)) {
            throw new IllegalStateException("No AI drafting is running on this story.");
        }
    }

    @PermitAll
    @Transactional(readOnly = true)
    public boolean isRunning(StoryId id) {
        return jobs.isRunning(id);
    }

    /** The draft running on the story now, if any: who started it and when. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<RunningDraft> running(StoryId id) {
        return jobs.running(id);
    }

    /** Who started each AI draft that was saved as a revision of the story: that person answers for it (four eyes). */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<org.newsdesk.story.RevisionId, org.newsdesk.identity.UserId> draftStarters(StoryId id) {
        return jobs.starters(id);
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Optional<DraftJob> latestJob(StoryId id) {
        return jobs.latest(id);
    }

    /** What a running draft has produced so far, for an editor who opens the story midway. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public Optional<Map<String, LocalizedContent>> partialDraft(StoryId id) {
        return runner.partial(id);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<FieldProvenance> provenance(StoryId id) {
        return provenance.forStory(id);
    }

    /** Tokens and estimated cost spent on one story. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Usage usage(StoryId id) {
        return ledger.forStory(id);
    }

    /** What the signed-in person's drafting cost today (UTC). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public Usage myUsageToday() {
        return ledger.forUserToday(CurrentUser.require().id());
    }

    /** What the whole desk's drafting cost today (UTC), against the daily budget. */
    @RolesAllowed({Names.EDITOR, Names.ADMIN})
    @Transactional(readOnly = true)
    public Usage usageToday() {
        return ledger.today();
    }

    /** Hears drafting events on a story until the returned handle is run. */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    public Runnable subscribe(StoryId id, Consumer<DraftEvent> listener) {
        return broadcaster.subscribe(id, listener);
    }

    @RolesAllowed(Names.ADMIN)
    public List<String> templateNames() {
        return PromptTemplates.names();
    }

    /** The version in force. */
    @RolesAllowed(Names.ADMIN)
    @Transactional(readOnly = true)
    public PromptTemplate template(String name) {
        requireTemplate(name);
        return templates.current(name);
    }

    /** Every version of a template, newest first (the shipped file last). */
    @RolesAllowed(Names.ADMIN)
    @Transactional(readOnly = true)
    public List<PromptTemplate> templateHistory(String name) {
        requireTemplate(name);
        return templates.history(name);
    }

    /** An admin's new version of a template; it applies to the next drafts, and its version is stored with what it produces. */
    @RolesAllowed(Names.ADMIN)
    @Transactional
    public PromptTemplate overrideTemplate(String name, String body, String note) {
        requireTemplate(name);
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A prompt template cannot be empty.");
        }
        if (!name.equals(PromptTemplates.STYLE) && !body.contains("{")) {
            throw new IllegalArgumentException("A section template must show the JSON object the model answers with.");
        }
        templates.override(name, body.strip(), note, CurrentUser.require().id());
        return templates.current(name);
    }

    /** Puts the template shipped with Newsdesk back in force; earlier overrides stay in the history. */
    @RolesAllowed(Names.ADMIN)
    @Transactional
    public PromptTemplate revertTemplate(String name) {
        requireTemplate(name);
        templates.revert(name, CurrentUser.require().id());
        return templates.current(name);
    }

    /** Whether the circuit breaker has paused calls to a failing provider. */
    @PermitAll
    public boolean providerPaused() {
        return llm.breaker().state().paused();
    }

    /** How the provider is doing (on every node alike): working, failing, paused until when; its last errors and the last hour's calls. */
    @PermitAll
    public ProviderState providerState() {
        return llm.breaker().state();
    }

    /** Lets drafting call the provider again at once (after fixing its settings, say). */
    @RolesAllowed(Names.ADMIN)
    public void resumeProvider() {
        llm.breaker().resume();
    }

    /**
     * Drafts again the parts the story's last draft could not write (a partial draft, or a failed
     * one); what was saved since, and what a person edited, is kept.
     */
    @RolesAllowed(Names.EDITOR)
    public DraftJobId retryFailedParts(StoryId id) {
        DraftJob last = jobs.latest(id).filter(j -> j.status() != DraftJob.Status.RUNNING && !j.failedParts().isEmpty())
                .orElseThrow(() -> new IllegalStateException("The last draft of this story left no sections to retry."));
        return redraft(id, DraftScope.retry(last.failedParts()));
    }

    /** A person's edit of a drafted field is recorded in its provenance; a later redraft keeps it. */
    @EventListener
    void onRevised(StoryRevised revised) {
        if (revised.authorKind() == AuthorKind.PERSON) {
            provenance.markEdited(revised.story(), revised.changedFields(), revised.author());
            provenance.snapshotNew(revised.story(), revised.revision());
        }
    }

    /**
     * A restored revision brings back its fields' provenance as it was (a restore edits nothing by
     * hand); for a revision saved before provenance was kept per revision, as its history shows it.
     */
    @EventListener
    void onRestored(RevisionRestored restored) {
        if (!provenance.restore(restored.story(), restored.restored())) {
            Story story = stories.get(restored.story());
            provenance.replace(restored.story(), ProvenanceFromHistory.rebuild(stories.revisions(restored.story()),
                    stories.revision(restored.restored()), props.languages(), props.llm().provider(), story.sources()));
        }
        provenance.snapshot(restored.story(), restored.as());
    }

    /** Jobs a stopped node left running are marked failed at start-up (and every few seconds after, by any node). */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        int n = runner.failOrphans();
        if (n > 0) {
            log.warn("{} drafting job(s) were interrupted when a node stopped and are marked failed", n);
        }
    }

    private static void requireTemplate(String name) {
        if (!PromptTemplates.names().contains(name)) {
            throw new IllegalArgumentException("There is no prompt template \"" + name + "\"; there are " + PromptTemplates.names() + ".");
        }
    }
}
