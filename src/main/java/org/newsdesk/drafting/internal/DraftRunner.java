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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.DraftScope;
import org.newsdesk.drafting.FieldProvenance;
import org.newsdesk.identity.UserId;
import org.newsdesk.ingest.SourceItem;
import org.newsdesk.ingest.SourceItemId;
import org.newsdesk.platform.DeskSignals;
import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.story.ContentField;
import org.newsdesk.story.ContentField.Section;
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
 * Runs drafting jobs in the background. Every (section, language) pair is one streamed model
 * call, all in parallel. Each answer is reused from the cache when the very same request was
 * paid for before; otherwise it is read against its schema, repaired or asked for again once,
 * and retried a bounded number of times on failures that may pass, behind a circuit breaker.
 * The job then saves everything at once as one model revision, or nothing at all.
 */
@Component
public class DraftRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DraftRunner.class);
    private static final String CANCELLED = "Drafting was cancelled; nothing was changed.";

    private final LlmClient llm;
    private final StoryService stories;
    private final DraftJobRepository jobs;
    private final ProvenanceRepository provenance;
    private final DraftBroadcaster broadcaster;
    private final PromptTemplates templates;
    private final DraftCache cache;
    private final CostLedger ledger;
    private final TransactionTemplate tx;
    private final NewsdeskProperties props;
    /**
     * Sections (one provider call each) run on a fixed number of platform threads, and jobs (which
     * wait for their sections) on as many again: drafting never holds more threads than that, and
     * never the carrier threads that request handling runs on (a blocked or class-loading virtual
     * thread pins its carrier; on two cores two of them stalled the whole app).
     */
    private final ExecutorService executor;
    private final ExecutorService jobRunner;
    private final Map<StoryId, Running> running = new ConcurrentHashMap<>();
    /** Touches this node's running jobs and looks for jobs a stopped node left running. */
    private final ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("draft-keeper").factory());
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** A running job not touched for this long belongs to a node that stopped. */
    static final Duration ORPHANED_AFTER = Duration.ofSeconds(45);
    static final String CANCEL_TOPIC = "drafting-cancel";
    private final DeskSignals signals;

    DraftRunner(LlmClient llm, StoryService stories, DraftJobRepository jobs, ProvenanceRepository provenance, DraftBroadcaster broadcaster,
            PromptTemplates templates, DraftCache cache, CostLedger ledger, TransactionTemplate tx, NewsdeskProperties props, DeskSignals signals,
            @org.springframework.beans.factory.annotation.Value("${newsdesk.drafting-threads:10}") int threads) {
        this.executor = pool("draft-", threads);
        this.jobRunner = pool("draft-job-", threads);
        this.stalledAfter = stalledAfter(props.llm().timeout(), props.llm().maxAttempts(), props.llm().retryBackoff());
        this.signals = signals;
        this.llm = llm;
        this.stories = stories;
        this.jobs = jobs;
        this.provenance = provenance;
        this.broadcaster = broadcaster;
        this.templates = templates;
        this.cache = cache;
        this.ledger = ledger;
        this.tx = tx;
        this.props = props;
        // a cancel asked on another node reaches the node running the job
        signals.subscribe(CANCEL_TOPIC, signal -> cancel(new StoryId(Long.parseLong(signal.field(0)))));
        keeper.scheduleWithFixedDelay(this::keep, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * How long a job may go without progress (a streamed piece of an answer, a section started or
     * ended) while it has a call under way: every attempt times out and retries back off well within it.
     */
    static Duration stalledAfter(Duration llmTimeout, int maxAttempts, Duration retryBackoff) {
        Duration attempts = llmTimeout.plus(Duration.ofSeconds(1)).multipliedBy(Math.max(1, maxAttempts) + 1L)
                .plus(max(retryBackoff, Duration.ofSeconds(10)).multipliedBy(Math.max(1, maxAttempts)));
        return max(attempts, Duration.ofSeconds(30));
    }

    private final Duration stalledAfter;

    /** The heartbeat proves progress, not that this node is alive: a job stuck without progress is not touched, and is failed. */
    static boolean progressing(int activeSections, Instant lastProgress, Instant now, Duration stalledAfter) {
        // a job whose sections all wait for a drafting thread is not stuck, only queued
        return activeSections == 0 || Duration.between(lastProgress, now).compareTo(stalledAfter) < 0;
    }

    private void keep() {
        try {
            Instant now = Instant.now();
            jobs.heartbeat(running.values().stream().filter(r -> progressing(r.active.get(), r.lastProgress, now, stalledAfter)).map(r -> r.id).toList());
            running.forEach((story, r) -> {
                if (!progressing(r.active.get(), r.lastProgress, now, stalledAfter.plus(ORPHANED_AFTER))) {
                    log.warn("Drafting {} made no progress for {} s; giving it up", story, Duration.between(r.lastProgress, now).toSeconds());
                    cancel(story);
                }
            });
            failOrphans();
        } catch (RuntimeException e) {
            log.debug("Drafting heartbeat failed; the next round tries again: {}", e.toString());
        }
    }

    /** Marks failed the jobs of nodes that stopped, and tells their stories' open editors. */
    public int failOrphans() {
        List<StoryId> orphaned = jobs.failOrphans(ORPHANED_AFTER);
        orphaned.forEach(story -> broadcaster.publish(new DraftEvent.Failed(story,
                "Drafting was interrupted when Newsdesk stopped; nothing was saved. Start drafting again.")));
        return orphaned.size();
    }

    /** Asks whichever node runs the story's draft to cancel it; false when none does. */
    public boolean cancelAnywhere(StoryId story) {
        if (cancel(story)) {
            return true;
        }
        if (!jobs.isRunning(story)) {
            return false;
        }
        signals.send(CANCEL_TOPIC, String.valueOf(story.value()));
        return true;
    }

    /** A job in this process: what has been drafted so far, and the switch that cancels it. */
    private static final class Running {
        final DraftJobId id;
        final UserId requester;
        final Map<String, LocalizedContent> partial = new ConcurrentHashMap<>();
        final Sinks.Empty<Void> cancel = Sinks.empty();
        final AtomicInteger done = new AtomicInteger();
        /** Sections calling the provider now, and when the job last moved (for the heartbeat). */
        final AtomicInteger active = new AtomicInteger();
        volatile Instant lastProgress = Instant.now();
        /** Answers to keep in the cache once the draft is saved: an answer that cannot be saved is never reused. */
        final Map<String, DraftCache.Answer> toCache = new ConcurrentHashMap<>();
        volatile int total;
        volatile boolean cancelled;

        Running(DraftJobId id, UserId requester) {
            this.id = id;
            this.requester = requester;
        }

        synchronized void show(String language, Map<ContentField, String> fields) {
            lastProgress = Instant.now();
            LocalizedContent c = partial.getOrDefault(language, LocalizedContent.EMPTY);
            for (var e : fields.entrySet()) {
                c = c.with(e.getKey(), e.getValue());
            }
            partial.put(language, c);
        }
    }

    private static final class DraftFailure extends RuntimeException {
        DraftFailure(String message) {
            super(message, null, false, false);
        }
    }

    private record SectionDraft(String language, Section section, Map<ContentField, String> fields, int promptTokens, int completionTokens,
            String promptVersion) {}

    public void launch(DraftJobId id, StoryId story, List<SourceItem> sources, DraftScope scope, UserId requester) {
        Running job = new Running(id, requester);
        running.put(story, job);
        // a copy: the requester may sign out or switch user while the draft runs
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        jobRunner.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(job, story, sources, scope);
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

    private void run(Running job, StoryId story, List<SourceItem> sources, DraftScope scope) {
        Instant started = Instant.now();
        try {
            List<CompletableFuture<SectionDraft>> calls = new ArrayList<>();
            for (String language : props.languages()) {
                for (Section section : scope.sections()) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        job.active.incrementAndGet();
                        job.lastProgress = Instant.now();
                        try {
                            return draftSection(job, story, language, section, sources, scope);
                        } finally {
                            job.active.decrementAndGet();
                            job.lastProgress = Instant.now();
                        }
                    }, executor));
                }
            }
            job.total = calls.size();
            List<SectionDraft> drafts = new ArrayList<>();
            for (CompletableFuture<SectionDraft> call : calls) {
                try {
                    drafts.add(call.join());
                } catch (CompletionException e) {
                    cancel(story); // the draft is saved whole or not at all: stop the other calls
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            if (job.cancelled) {
                throw new DraftFailure(CANCELLED);
            }
            String message = save(job, story, drafts, sources, scope, started);
            broadcaster.publish(new DraftEvent.Finished(story, message));
        } catch (DraftFailure | LlmClient.ProviderPaused e) {
            boolean cancelled = job.cancelled && CANCELLED.equals(e.getMessage());
            jobs.finish(job.id, cancelled ? DraftJob.Status.CANCELLED : DraftJob.Status.FAILED, e.getMessage(), null);
            broadcaster.publish(new DraftEvent.Failed(story, e.getMessage()));
        } catch (RuntimeException e) {
            // never a database's or library's text: it may hold SQL and means nothing to an editor
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            log.error("Drafting {} failed unexpectedly [{}]", story, reference, e);
            String message = (e instanceof IllegalArgumentException || e instanceof IllegalStateException) && e.getCause() == null
                    ? "Drafting failed: " + e.getMessage() + " Nothing already saved was changed."
                    : "Drafting failed because of an error on the server (reference " + reference + "). Nothing already saved was changed; try again.";
            jobs.finish(job.id, DraftJob.Status.FAILED, message, null);
            broadcaster.publish(new DraftEvent.Failed(story, message));
        }
    }

    private SectionDraft draftSection(Running job, StoryId story, String language, Section section, List<SourceItem> sources, DraftScope scope) {
        var settings = props.llm();
        PromptTemplates.Prompt prompt = templates.system(section);
        String user = PromptTemplates.user(language, scope.instruction(), sources);
        String key = DraftCache.key(settings.model(), prompt.version(), section.name(), language, prompt.system(), user);
        String what = "The model's " + PromptTemplates.languageName(language) + " " + section.label().toLowerCase() + " section";

        if (!scope.fresh()) {
            Optional<DraftCache.Answer> cached = cache.find(key);
            if (cached.isPresent()) {
                SectionAnswer.Result result = SectionAnswer.read(section, cached.get().text());
                if (result.ok()) {
                    ledger.record(story, job.requester, job.id.value(), section.name(), language, settings.provider(), settings.model(), prompt.version(),
                            cached.get().promptTokens(), cached.get().completionTokens(), true);
                    job.show(language, result.fields());
                    job.done.incrementAndGet();
                    progress(job, story);
                    return new SectionDraft(language, section, result.fields(), cached.get().promptTokens(), cached.get().completionTokens(),
                            prompt.version());
                }
            }
        }

        String ask = user;
        boolean askedAgain = false;
        String lastProblem = null;
        for (int attempt = 1; attempt <= Math.max(1, settings.maxAttempts()); attempt++) {
            if (job.cancelled) {
                throw new DraftFailure(CANCELLED);
            }
            StringBuilder text = new StringBuilder();
            int[] tokens = new int[2];
            llm.acquire();
            Instant callStart = Instant.now();
            try {
                llm.stream(prompt.system(), ask)
                        .timeout(settings.timeout())
                        .takeUntilOther(job.cancel.asMono())
                        .doOnNext(response -> {
                            if (response.getResult() != null && response.getResult().getOutput().getText() != null) {
                                text.append(response.getResult().getOutput().getText());
                                Map<ContentField, String> partial = SectionAnswer.partial(section, text.toString());
                                if (!partial.isEmpty()) {
                                    job.show(language, partial);
                                    progress(job, story);
                                }
                            }
                            Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
                            if (usage != null && usage.getTotalTokens() != null && usage.getTotalTokens() > 0) {
                                tokens[0] = usage.getPromptTokens() == null ? 0 : usage.getPromptTokens();
                                tokens[1] = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
                            }
                        })
                        .blockLast(Duration.ofMinutes(10));
            } catch (RuntimeException e) {
                if (job.cancelled) {
                    llm.released();
                    throw new DraftFailure(CANCELLED);
                }
                llm.failed(Duration.between(callStart, Instant.now()), e);
                LlmClient.Failure failure = llm.explain(e);
                log.info("{} of {} failed (attempt {}): {}", what, story, attempt, failure.message());
                lastProblem = failure.message();
                if (!failure.retryable()) {
                    break;
                }
                if (attempt < settings.maxAttempts()) {
                    pause(max(settings.retryBackoff().multipliedBy(attempt), failure.retryAfter()));
                }
                continue;
            }
            if (job.cancelled) {
                llm.released();
                throw new DraftFailure(CANCELLED);
            }
            llm.succeeded(Duration.between(callStart, Instant.now()));
            ledger.record(story, job.requester, job.id.value(), section.name(), language, settings.provider(), settings.model(), prompt.version(),
                    tokens[0], tokens[1], false);
            SectionAnswer.Result result = SectionAnswer.read(section, text.toString());
            if (result.ok()) {
                job.toCache.put(key, new DraftCache.Answer(text.toString(), tokens[0], tokens[1]));
                job.show(language, result.fields());
                job.done.incrementAndGet();
                progress(job, story);
                return new SectionDraft(language, section, result.fields(), tokens[0], tokens[1], prompt.version());
            }
            lastProblem = what + " could not be used: " + String.join("; ", result.problems()) + ".";
            log.info("{} of {} unusable (attempt {}): {}", what, story, attempt, result.problems());
            if (!askedAgain) {
                // ask again once, saying what was wrong; this does not use up a retry
                askedAgain = true;
                attempt--;
                ask = user + "Your previous answer could not be used: " + String.join("; ", result.problems())
                        + ". Answer again with the JSON object only, exactly in the format given.\n";
            } else {
                break;
            }
        }
        throw new DraftFailure(lastProblem + " Nothing was changed; you can start drafting again.");
    }

    private void progress(Running job, StoryId story) {
        broadcaster.publish(new DraftEvent.Progress(story, Map.copyOf(job.partial), job.done.get(), job.total));
    }

    private String save(Running job, StoryId story, List<SectionDraft> drafts, List<SourceItem> sources, DraftScope scope, Instant started) {
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
                for (SectionDraft draft : drafts) {
                    LocalizedContent current = merged.in(draft.language());
                    for (var e : draft.fields().entrySet()) {
                        ContentField field = e.getKey();
                        if (!scope.covers(field)) {
                            continue;
                        }
                        FieldProvenance p = known.getOrDefault(draft.language(), Map.of()).get(field);
                        boolean personWrote = !current.isEmpty(field) && (p == null || p.editedByPerson());
                        if (personWrote && !scope.overwriteEdits()) {
                            kept.add(field.label() + " (" + draft.language() + ")");
                        } else {
                            current = current.with(field, e.getValue());
                            written.add(new StoryContent.FieldRef(field, draft.language()));
                        }
                    }
                    merged = merged.with(draft.language(), current);
                }
                return merged;
            }, settings.model(), "AI draft of " + scope.describe() + " by " + settings.model());
            Instant now = Instant.now();
            for (SectionDraft draft : drafts) {
                int fields = Math.max(1, draft.fields().size());
                for (StoryContent.FieldRef ref : written) {
                    if (ref.language().equals(draft.language()) && ref.field().section() == draft.section()) {
                        provenance.recordGenerated(story, ref.field(), ref.language(), settings.provider(), settings.model(), draft.promptVersion(),
                                now, sourceIds, draft.promptTokens() / fields, draft.completionTokens() / fields);
                    }
                }
            }
            // kept for reuse in the transaction that saves the draft: with it, or not at all, and before the job reads as finished
            job.toCache.forEach(cache::put);
            jobs.finish(job.id, DraftJob.Status.SUCCEEDED, null, rev);
            return rev;
        });
        log.info("Drafted {} of {} as {} in {} ms", scope.describe(), story, revision, Duration.between(started, Instant.now()).toMillis());
        String message = "Drafted " + written.size() + (written.size() == 1 ? " field" : " fields") + " with " + settings.model() + ".";
        if (!kept.isEmpty()) {
            message += " Kept what a person wrote in " + String.join(", ", kept) + ".";
        }
        return message;
    }

    /** At most {@code threads} platform threads, ended after a minute without work; more tasks wait in line. */
    private static ExecutorService pool(String name, int threads) {
        int n = Math.max(1, threads);
        var pool = new java.util.concurrent.ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name(name, 0).factory());
        pool.allowCoreThreadTimeOut(true);
        return pool;
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
        keeper.shutdownNow();
        executor.shutdownNow();
        jobRunner.shutdownNow();
    }
}
