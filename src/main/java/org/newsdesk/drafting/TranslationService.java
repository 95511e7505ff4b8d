package org.newsdesk.drafting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.drafting.internal.CostLedger;
import org.newsdesk.drafting.internal.DraftBroadcaster;
import org.newsdesk.drafting.internal.DraftJobRepository;
import org.newsdesk.drafting.internal.LlmClient;
import org.newsdesk.drafting.internal.ProvenanceRepository;
import org.newsdesk.drafting.internal.Translator;
import org.newsdesk.identity.Actor;
import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentDiff;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.Story;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.newsdesk.story.TranslationStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Update translations": redrafts only the translated fields that fell behind the primary language
 * (or were never translated), one streamed model call per language, in the background; fields that
 * are up to date are left alone. A field a person wrote in that language is never replaced: its
 * update comes back as a {@link TranslationProposal} beside the person's version, for them to choose
 * (keep theirs with {@link StoryService#keepTranslation}, or save the proposal as an edit). Works for
 * one field too. Runs as the story's AI job (one at a time, like a draft), and open editors hear it
 * as drafting progress.
 */
@Service
public class TranslationService {

    private static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final StoryService stories;
    private final Translator translator;
    private final LlmClient llm;
    private final DraftJobRepository jobs;
    private final ProvenanceRepository provenance;
    private final DraftBroadcaster broadcaster;
    private final CostLedger ledger;
    private final TransactionTemplate tx;
    private final NewsdeskProperties props;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("translate-", 0).factory());

    TranslationService(StoryService stories, Translator translator, LlmClient llm, DraftJobRepository jobs, ProvenanceRepository provenance,
            DraftBroadcaster broadcaster, CostLedger ledger, TransactionTemplate tx, NewsdeskProperties props) {
        this.stories = stories;
        this.translator = translator;
        this.llm = llm;
        this.jobs = jobs;
        this.provenance = provenance;
        this.broadcaster = broadcaster;
        this.ledger = ledger;
        this.tx = tx;
        this.props = props;
    }

    /**
     * Starts updating the story's stale (and missing) translations, or only {@code field}'s when it
     * is given. {@code streamed} hears each language's answer grow (language, characters so far). The
     * future completes with what was written and proposed, or fails with a message for the editor
     * (nothing is saved then).
     */
    @RolesAllowed(Names.EDITOR)
    public CompletableFuture<TranslationUpdate> update(StoryId id, ContentField field, BiConsumer<String, Integer> streamed) {
        if (!llm.configured()) {
            throw new IllegalStateException(LlmStatus.HOW_TO_CONFIGURE);
        }
        Story story = stories.get(id);
        if (!story.state().acceptsEdits()) {
            throw new IllegalStateException("This story is " + story.state().label().toLowerCase() + ": reopen it before updating translations.");
        }
        List<TranslationStatus> todo = stories.translations(id).stream().filter(TranslationStatus::needsUpdate)
                .filter(t -> field == null || t.field() == field).toList();
        if (todo.isEmpty()) {
            throw new IllegalStateException((field == null ? "Every translation" : field.label() + " in every language")
                    + " is up to date with the primary language: there is nothing to update.");
        }
        ledger.checkBudget();
        Actor actor = CurrentUser.require();
        String what = "translations of " + String.join(", ", todo.stream().map(t -> t.ref().toString()).distinct().toList());
        DraftJobId job = jobs.start(id, actor.id(), props.llm().provider(), props.llm().model(), what.length() > 200 ? what.substring(0, 199) + "…" : what, null)
                .orElseThrow(() -> new IllegalStateException("AI drafting is already running on this story: wait for it, then update the translations."));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        BiConsumer<String, Integer> listener = streamed == null ? (l, n) -> {} : streamed;
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(context);
            try {
                TranslationUpdate done = run(job, story, todo, actor, listener);
                broadcaster.publish(new DraftEvent.Finished(id, done.message()));
                return done;
            } catch (RuntimeException e) {
                String message = e instanceof Translator.Failed || e instanceof IllegalStateException
                        ? e.getMessage() : "Updating the translations failed. Nothing was changed.";
                jobs.finish(job, DraftJob.Status.FAILED, message, null);
                broadcaster.publish(new DraftEvent.Failed(id, message));
                throw new IllegalStateException(message, e);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
    }

    private TranslationUpdate run(DraftJobId job, Story story, List<TranslationStatus> todo, Actor actor, BiConsumer<String, Integer> streamed) {
        String primary = props.languages().getFirst();
        Map<String, List<TranslationStatus>> byLanguage = new LinkedHashMap<>();
        todo.forEach(t -> byLanguage.computeIfAbsent(t.language(), l -> new ArrayList<>()).add(t));
        AtomicLong lastBeat = new AtomicLong(System.nanoTime());
        Map<String, CompletableFuture<Translator.Answer>> calls = new LinkedHashMap<>();
        byLanguage.forEach((lang, fields) -> {
            Map<ContentField, String> current = new EnumMap<>(ContentField.class);
            fields.forEach(t -> current.put(t.field(), story.content().in(lang).text(t.field())));
            calls.put(lang, CompletableFuture.supplyAsync(() -> translator.translate(primary, lang, fields, current, n -> {
                streamed.accept(lang, n);
                if (System.nanoTime() - lastBeat.get() > HEARTBEAT.toNanos()) {
                    lastBeat.set(System.nanoTime());
                    jobs.heartbeat(List.of(job)); // a job nobody touches for a while counts as left behind by a stopped node
                }
            }), executor));
        });
        Map<String, Translator.Answer> answers = new LinkedHashMap<>();
        calls.forEach((lang, call) -> {
            try {
                answers.put(lang, call.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        });
        answers.forEach((lang, a) -> ledger.record(story.id(), actor.id(), job.value(), "TRANSLATE", lang, props.llm().provider(), props.llm().model(),
                translator.version(), a.promptTokens(), a.completionTokens(), false));
        return save(job, story.id(), todo, answers);
    }

    /** Writes the answers into the latest content, except where a person wrote the field (proposed instead) or the primary moved on meanwhile. */
    private TranslationUpdate save(DraftJobId job, StoryId id, List<TranslationStatus> todo, Map<String, Translator.Answer> answers) {
        List<StoryContent.FieldRef> written = new ArrayList<>();
        List<TranslationProposal> proposals = new ArrayList<>();
        List<StoryContent.FieldRef> movedOn = new ArrayList<>();
        String primary = props.languages().getFirst();
        String model = props.llm().model();
        RevisionId revision = tx.execute(status -> {
            Story latest = stories.get(id);
            List<SourceItemId> sources = latest.sources();
            StoryContent merged = latest.content();
            for (TranslationStatus t : todo) {
                String proposed = answers.get(t.language()).fields().get(t.field());
                if (!merged.in(primary).text(t.field()).equals(t.primaryNow())) {
                    movedOn.add(t.ref());
                } else if (t.writtenByPerson()) {
                    String mine = merged.in(t.language()).text(t.field());
                    proposals.add(new TranslationProposal(t.field(), t.language(), mine, proposed, t.primaryChange(), ContentDiff.words(mine, proposed)));
                } else {
                    merged = merged.with(t.language(), merged.in(t.language()).with(t.field(), proposed));
                    written.add(t.ref());
                }
            }
            if (written.isEmpty()) {
                jobs.finish(job, DraftJob.Status.SUCCEEDED, null, null);
                return null;
            }
            StoryContent result = merged;
            RevisionId rev = stories.saveModelDraft(id, ignored -> result, model, "AI update of the translations of "
                    + String.join(", ", written.stream().map(Object::toString).toList()) + " by " + model);
            Instant now = Instant.now();
            for (StoryContent.FieldRef ref : written) {
                Translator.Answer a = answers.get(ref.language());
                int n = Math.max(1, a.fields().size());
                provenance.recordGenerated(id, ref.field(), ref.language(), props.llm().provider(), model, translator.version(), now, sources,
                        a.promptTokens() / n, a.completionTokens() / n);
            }
            jobs.finish(job, DraftJob.Status.SUCCEEDED, null, rev);
            return rev;
        });
        StringBuilder message = new StringBuilder(written.isEmpty() ? "No translation was rewritten." : "Updated " + written.size()
                + (written.size() == 1 ? " translated field" : " translated fields") + " with " + model + ".");
        if (!proposals.isEmpty()) {
            message.append(" A person wrote ").append(String.join(", ", proposals.stream().map(p -> p.field().label() + " (" + p.language() + ")").toList()))
                    .append(": the update is proposed beside their version, for them to choose.");
        }
        if (!movedOn.isEmpty()) {
            message.append(" The primary text of ").append(String.join(", ", movedOn.stream().map(Object::toString).toList()))
                    .append(" changed meanwhile: update again.");
        }
        return new TranslationUpdate(revision, List.copyOf(written), List.copyOf(proposals), message.toString());
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
