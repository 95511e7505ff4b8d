package org.newsdesk.drafting.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.LocalizedContent;
import org.newsdesk.story.RevisionId;
import org.newsdesk.story.StoryContent;
import org.newsdesk.story.StoryId;
import org.newsdesk.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import reactor.core.publisher.Sinks;

/**
 * Runs drafting jobs in the background: one streamed call per language, in parallel; each
 * answer checked, asked again once if unusable, retried a bounded number of times on failures
 * that may pass; then everything saved at once as one model revision, or nothing at all.
 */
@Component
public class DraftRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftRunner.class);

    private final LlmClient llm;
    private final StoryService stories;
    private final DraftJobRepository jobs;
    private final ProvenanceRepository provenance;
    private final DraftBroadcaster broadcaster;
    private final TransactionTemplate tx;
    private final NewsdeskProperties props;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("draft-", 0).factory());
    private final Map<StoryId, Running> running = new ConcurrentHashMap<>();

    DraftRunner(LlmClient llm, StoryService stories, DraftJobRepository jobs, ProvenanceRepository provenance, DraftBroadcaster broadcaster,
            TransactionTemplate tx, NewsdeskProperties props) {
        this.llm = llm;
        this.stories = stories;
        this.jobs = jobs;
        this.provenance = provenance;
        this.broadcaster = broadcaster;
        this.tx = tx;
        this.props = props;
    }

    /** A job in this process: what has been drafted so far, and the switch that cancels it. */
    private static final class Running {
        final DraftJobId id;
        final Map<String, LocalizedContent> partial = new ConcurrentHashMap<>();
        final Sinks.Empty<Void> cancel = Sinks.empty();
        volatile boolean cancelled;
        volatile int languagesDone;

        Running(DraftJobId id) {
            this.id = id;
        }
    }

    private static final class DraftFailure extends RuntimeException {
        DraftFailure(String message) {
            super(message, null, false, false);
        }
    }

    private record LanguageDraft(String language, LocalizedContent content, int promptTokens, int completionTokens) {}

    public void launch(DraftJobId id, StoryId story, List<SourceItem> sources) {
        Running job = new Running(id);
        running.put(story, job);
        SecurityContext requester = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(requester);
            try {
                run(job, story, sources);
            } finally {
                running.remove(story, job);
                SecurityContextHolder.clearContext();
            }
        });
    }

    public boolean cancel(StoryId story) {
        Running job = running.get(story);
        if (job == null) {
            return false;
        }
        job.cancelled = true;
        job.cancel.tryEmitEmpty();
        return true;
    }

    public Optional<Map<String, LocalizedContent>> partial(StoryId story) {
        return Optional.ofNullable(running.get(story)).map(r -> Map.copyOf(r.partial));
    }

    private void run(Running job, StoryId story, List<SourceItem> sources) {
        List<String> languages = props.languages();
        Instant started = Instant.now();
        try {
            List<CompletableFuture<LanguageDraft>> drafts = new ArrayList<>();
            for (String language : languages) {
                drafts.add(CompletableFuture.supplyAsync(() -> draftLanguage(job, story, language, sources, languages.size()), executor));
            }
            List<LanguageDraft> done = new ArrayList<>();
            for (CompletableFuture<LanguageDraft> draft : drafts) {
                try {
                    done.add(draft.join());
                } catch (CompletionException e) {
                    cancel(story); // stop the other languages: the draft is saved whole or not at all
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            if (job.cancelled) {
                throw new DraftFailure("Drafting was cancelled; nothing was changed.");
            }
            String message = save(job, story, done, sources, started);
            broadcaster.publish(new DraftEvent.Finished(story, message));
        } catch (DraftFailure e) {
            DraftJob.Status status = job.cancelled && e.getMessage().startsWith("Drafting was cancelled") ? DraftJob.Status.CANCELLED : DraftJob.Status.FAILED;
            jobs.finish(job.id, status, e.getMessage(), null);
            broadcaster.publish(new DraftEvent.Failed(story, e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Drafting {} failed unexpectedly", story, e);
            String message = "Drafting failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + ". Nothing already saved was changed.";
            jobs.finish(job.id, DraftJob.Status.FAILED, message, null);
            broadcaster.publish(new DraftEvent.Failed(story, message));
        }
    }

    private LanguageDraft draftLanguage(Running job, StoryId story, String language, List<SourceItem> sources, int languageCount) {
        var settings = props.llm();
        String system = DraftPrompt.system();
        String user = DraftPrompt.user(language, sources);
        String name = DraftPrompt.languageName(language);
        String lastProblem = null;
        for (int attempt = 1; attempt <= Math.max(1, settings.maxAttempts()); attempt++) {
            StringBuilder text = new StringBuilder();
            int[] tokens = new int[2];
            try {
                llm.stream(system, user)
                        .timeout(settings.timeout())
                        .takeUntilOther(job.cancel.asMono())
                        .doOnNext(response -> {
                            if (response.getResult() != null && response.getResult().getOutput().getText() != null) {
                                text.append(response.getResult().getOutput().getText());
                                job.partial.put(language, DraftFormat.parse(text.toString()));
                                broadcaster.publish(new DraftEvent.Progress(story, Map.copyOf(job.partial), job.languagesDone, languageCount));
                            }
                            Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
                            if (usage != null && usage.getTotalTokens() != null && usage.getTotalTokens() > 0) {
                                tokens[0] = usage.getPromptTokens() == null ? 0 : usage.getPromptTokens();
                                tokens[1] = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
                            }
                        })
                        .blockLast(Duration.ofMinutes(10));
                if (job.cancelled) {
                    throw new DraftFailure("Drafting was cancelled; nothing was changed.");
                }
                Optional<String> problem = DraftFormat.problem(text.toString());
                if (problem.isEmpty()) {
                    job.languagesDone++;
                    return new LanguageDraft(language, DraftFormat.parse(text.toString()), tokens[0], tokens[1]);
                }
                lastProblem = "The model's " + name + " answer could not be used: " + problem.get() + ".";
                log.info("Draft of {} in {} unusable (attempt {}): {}", story, language, attempt, problem.get());
            } catch (DraftFailure e) {
                throw e;
            } catch (RuntimeException e) {
                if (job.cancelled) {
                    throw new DraftFailure("Drafting was cancelled; nothing was changed.");
                }
                LlmClient.Failure failure = llm.explain(e);
                log.info("Draft of {} in {} failed (attempt {}): {}", story, language, attempt, failure.message());
                lastProblem = failure.message();
                if (!failure.retryable()) {
                    break;
                }
                if (attempt < settings.maxAttempts()) {
                    pause(max(settings.retryBackoff().multipliedBy(attempt), failure.retryAfter()));
                }
            }
            job.partial.remove(language);
        }
        throw new DraftFailure(lastProblem + " Nothing was changed; you can start drafting again.");
    }

    private String save(Running job, StoryId story, List<LanguageDraft> drafts, List<SourceItem> sources, Instant started) {
        var settings = props.llm();
        List<SourceItemId> sourceIds = sources.stream().map(SourceItem::id).toList();
        List<String> kept = new ArrayList<>();
        List<StoryContent.FieldRef> written = new ArrayList<>();
        RevisionId revision = tx.execute(status -> {
            Map<String, Map<ContentField, FieldProvenance>> known = new LinkedHashMap<>();
            for (FieldProvenance p : provenance.forStory(story)) {
                known.computeIfAbsent(p.language(), l -> new EnumMap<>(ContentField.class)).put(p.field(), p);
            }
            RevisionId rev = stories.saveModelDraft(story, latest -> {
                StoryContent merged = latest;
                for (LanguageDraft draft : drafts) {
                    LocalizedContent current = merged.in(draft.language());
                    for (ContentField field : ContentField.values()) {
                        FieldProvenance p = known.getOrDefault(draft.language(), Map.of()).get(field);
                        boolean personWrote = !current.isEmpty(field) && (p == null || p.editedByPerson());
                        if (personWrote) {
                            kept.add(field.label() + " (" + draft.language() + ")");
                        } else {
                            current = current.with(field, draft.content().text(field));
                            written.add(new StoryContent.FieldRef(field, draft.language()));
                        }
                    }
                    merged = merged.with(draft.language(), current);
                }
                return merged;
            }, settings.model(), "AI draft by " + settings.model());
            Instant now = Instant.now();
            for (LanguageDraft draft : drafts) {
                int fields = ContentField.values().length;
                for (StoryContent.FieldRef ref : written) {
                    if (ref.language().equals(draft.language())) {
                        provenance.recordGenerated(story, ref.field(), ref.language(), settings.provider(), settings.model(), DraftPrompt.VERSION,
                                now, sourceIds, draft.promptTokens() / fields, draft.completionTokens() / fields);
                    }
                }
            }
            jobs.finish(job.id, DraftJob.Status.SUCCEEDED, null, rev);
            return rev;
        });
        log.info("Drafted {} as {} in {} ms", story, revision, Duration.between(started, Instant.now()).toMillis());
        String message = "Drafted " + written.size() + " fields with " + settings.model() + ".";
        if (!kept.isEmpty()) {
            message += " Kept what a person wrote in " + String.join(", ", kept) + ".";
        }
        return message;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(Math.min(d.toMillis(), 10_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running.keySet().forEach(this::cancel);
        executor.shutdownNow();
    }
}
