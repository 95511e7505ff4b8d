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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsdesk.drafting.DraftEvent;
import org.newsdesk.drafting.DraftJob;
import org.newsdesk.drafting.DraftJobId;
import org.newsdesk.drafting.DraftScope;
import org.newsdesk.drafting.FailedPart;
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
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Runs drafting jobs in the background. Every (section, language) pair is one streamed model
 * call, all in parallel. Each answer is reused from the cache when the very same request was
 * paid for before; otherwise it is read against its schema, repaired or asked for again once,
 * and a failed call is retried on its own ({@link RetryPolicy}: bounded attempts, exponential
 * backoff with jitter, Retry-After honoured). The draft as a whole passes the circuit breaker
 * ({@link ProviderBreaker}), which counts failed drafts, not failed calls. What succeeded is
 * saved as one model revision (marked partial when some parts failed, which are listed with
 * their causes); nothing when every part failed. Causes are told in plain words with the run's
 * reference; the technical detail is logged under that reference.
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
    /** The heartbeat's time (a controlled clock in tests), for progress, beats and orphans alike. */
    private final java.time.Clock clock;

    DraftRunner(LlmClient llm, StoryService stories, DraftJobRepository jobs, ProvenanceRepository provenance, DraftBroadcaster broadcaster,
            PromptTemplates templates, DraftCache cache, CostLedger ledger, TransactionTemplate tx, NewsdeskProperties props, DeskSignals signals,
            java.time.Clock clock, @org.springframework.beans.factory.annotation.Value("${newsdesk.drafting-threads:10}") int threads) {
        this.clock = clock;
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

    /** How long a job with a call under way may go without progress before its heartbeat stops. */
    public Duration stalledAfter() {
        return stalledAfter;
    }

    /** One heartbeat round (every {@link #HEARTBEAT}): beats the jobs that progress, gives up the stuck ones, fails orphans. */
    public void keep() {
        try {
            Instant now = clock.instant();
            jobs.heartbeat(running.values().stream().filter(r -> progressing(r.active.get(), r.lastProgress, now, stalledAfter)).map(r -> r.id).toList(),
                    now);
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

    /**
     * Marks failed the jobs whose node stopped, or stopped proving progress (its heartbeat no longer touches
     * them), and tells their stories' open editors; such a job can never save any more ({@link TakenOver}).
     */
    public int failOrphans() {
        List<StoryId> orphaned = jobs.failOrphans(ORPHANED_AFTER, clock.instant());
        orphaned.forEach(story -> broadcaster.publish(new DraftEvent.Failed(story, DraftJobRepository.GIVEN_UP)));
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
        volatile Instant lastProgress;
        /** Answers to keep in the cache once the draft is saved: an answer that cannot be saved is never reused. */
        final Map<String, DraftCache.Answer> toCache = new ConcurrentHashMap<>();
        volatile int total;
        volatile boolean cancelled;
        /** Some call of this job got an answer from the provider (usable or not). */
        volatile boolean answered;

        final java.time.Clock clock;

        Running(DraftJobId id, UserId requester, java.time.Clock clock) {
            this.id = id;
            this.requester = requester;
            this.clock = clock;
            this.lastProgress = clock.instant();
        }

        synchronized void show(String language, Map<ContentField, String> fields) {
            lastProgress = clock.instant();
            LocalizedContent c = partial.getOrDefault(language, LocalizedContent.EMPTY);
            for (var e : fields.entrySet()) {
                c = c.with(e.getKey(), e.getValue());
            }
            partial.put(language, c);
        }
    }

    /** The job was failed while it made no progress (by any node): it must not save what it drafted after all. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super("the drafting job was given up meanwhile", null, false, false);
        }
    }

    private static final class DraftFailure extends RuntimeException {
        DraftFailure(String message) {
            super(message, null, false, false);
        }
    }

    private record SectionDraft(String language, Section section, Map<ContentField, String> fields, int promptTokens, int completionTokens,
            String promptVersion) {}

    /** One part's end: drafted, or failed with its cause. */
    private record Outcome(SectionDraft draft, FailedPart failure, ProviderProblem problem) {
        static Outcome of(SectionDraft draft) {
            return new Outcome(draft, null, null);
        }

        static Outcome failed(String language, Section section, ProviderProblem problem) {
            return new Outcome(null, new FailedPart(section, language, problem.message()), problem);
        }
    }

    public void launch(DraftJobId id, StoryId story, List<SourceItem> sources, DraftScope scope, UserId requester) {
        Running job = new Running(id, requester, clock);
        running.put(story, job);
        jobs.heartbeat(List.of(id), job.lastProgress); // on the heartbeat's clock from the start
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
        String ref = DraftJob.reference(job.id);
        Optional<String> refused = llm.breaker().admit(job.id);
        if (refused.isPresent()) {
            String message = refused.get() + " Nothing was changed. (Reference " + ref + " in the log.)";
            log.info("[{}] Drafting {} of {} refused: the provider is paused", ref, scope.describe(), story);
            jobs.finish(job.id, DraftJob.Status.FAILED, message, null);
            broadcaster.publish(new DraftEvent.Failed(story, message));
            return;
        }
        boolean providerFailed = false;
        boolean breakerTold = false;
        String lastCause = null;
        try {
            List<CompletableFuture<Outcome>> calls = new ArrayList<>();
            for (String language : props.languages()) {
                if (!scope.includes(language)) {
                    continue;
                }
                for (Section section : scope.sections()) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        job.active.incrementAndGet();
                        job.lastProgress = clock.instant();
                        try {
                            return draftSection(job, story, language, section, sources, scope);
                        } finally {
                            job.active.decrementAndGet();
                            job.lastProgress = clock.instant();
                        }
                    }, executor));
                }
            }
            job.total = calls.size();
            List<SectionDraft> drafts = new ArrayList<>();
            List<Outcome> failed = new ArrayList<>();
            for (CompletableFuture<Outcome> call : calls) {
                try {
                    Outcome outcome = call.join();
                    if (outcome.draft() != null) {
                        drafts.add(outcome.draft());
                    } else {
                        failed.add(outcome);
                    }
                } catch (CompletionException e) {
                    cancel(story);
                    throw e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
            if (job.cancelled) {
                throw new DraftFailure(CANCELLED);
            }
            List<FailedPart> parts = failed.stream().map(Outcome::failure).toList();
            if (drafts.isEmpty()) {
                providerFailed = !job.answered && failed.stream().anyMatch(o -> o.problem().providerDown());
                lastCause = failed.getFirst().problem().message();
                String message = "Drafting failed: " + causes(failed) + " Nothing was changed. (Reference " + ref + " in the log.)";
                log.info("[{}] Drafting {} of {} failed: no section could be drafted", ref, scope.describe(), story);
                // the breaker hears of it before anyone can read the job as ended: a pause it starts holds for the next draft
                llm.breaker().ended(job.id, providerFailed, lastCause);
                breakerTold = true;
                jobs.finish(job.id, DraftJob.Status.FAILED, message, null, parts);
                broadcaster.publish(new DraftEvent.Failed(story, message));
                return;
            }
            // the causes are listed under the toolbar, one line each, beside "Retry these sections": not said twice here
            String partialNote = failed.isEmpty() ? "" : parts.size() + " of " + job.total + " sections could not be drafted; what went wrong is listed"
                    + " under the toolbar, where \"Retry these sections\" drafts only them. (Reference " + ref + " in the log.)";
            String message = save(job, story, drafts, parts, partialNote, sources, scope, started);
            broadcaster.publish(new DraftEvent.Finished(story, message));
        } catch (TakenOver e) {
            // another node failed the job while this one was stuck; its editors were told then, and may have started again
            log.warn("[{}] Drafting {} of {} came back after it was given up for making no progress; its answers were not saved", ref,
                    scope.describe(), story);
        } catch (DraftFailure e) {
            boolean cancelled = job.cancelled && CANCELLED.equals(e.getMessage());
            jobs.finish(job.id, cancelled ? DraftJob.Status.CANCELLED : DraftJob.Status.FAILED, e.getMessage(), null);
            broadcaster.publish(new DraftEvent.Failed(story, e.getMessage()));
        } catch (RuntimeException e) {
            // never a database's or library's text: it may hold SQL and means nothing to an editor
            log.error("[{}] Drafting {} failed unexpectedly", ref, story, e);
            String message = (e instanceof IllegalArgumentException || e instanceof IllegalStateException) && e.getCause() == null
                    ? "Drafting failed: " + e.getMessage() + " Nothing already saved was changed. (Reference " + ref + " in the log.)"
                    : "Drafting failed because of an error in Newsdesk. Nothing already saved was changed. (Reference " + ref + " in the log.)";
            jobs.finish(job.id, DraftJob.Status.FAILED, message, null);
            broadcaster.publish(new DraftEvent.Failed(story, message));
        } finally {
            if (!breakerTold) {
                llm.breaker().ended(job.id, providerFailed, lastCause);
            }
        }
    }

    /** The distinct causes of the failed parts, each once, naming the parts when not all failed alike. */
    private static String causes(List<Outcome> failed) {
        Map<String, List<String>> byCause = new LinkedHashMap<>();
        failed.forEach(o -> byCause.computeIfAbsent(o.problem().message(), c -> new ArrayList<>()).add(o.failure().label()));
        if (byCause.size() == 1) {
            return byCause.keySet().iterator().next();
        }
        List<String> each = new ArrayList<>();
        byCause.forEach((cause, labels) -> each.add(String.join(", ", labels) + ": " + cause));
        return String.join(" ", each);
    }

    private Outcome draftSection(Running job, StoryId story, String language, Section section, List<SourceItem> sources, DraftScope scope) {
        var settings = props.llm();
        RetryPolicy policy = llm.retries();
        String ref = DraftJob.reference(job.id);
        PromptTemplates.Prompt prompt = templates.system(section);
        String user = PromptTemplates.user(language, scope.instruction(), sources);
        String key = DraftCache.key(settings.model(), prompt.version(), section.name(), language, prompt.system(), user);
        String what = "The model's " + PromptTemplates.languageName(language) + " " + section.inSentence() + " section";

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
                    return Outcome.of(new SectionDraft(language, section, result.fields(), cached.get().promptTokens(), cached.get().completionTokens(),
                            prompt.version()));
                }
            }
        }

        String ask = user;
        boolean askedAgain = false;
        for (int attempt = 1; ; attempt++) {
            if (job.cancelled) {
                throw new DraftFailure(CANCELLED);
            }
            if (!llm.breaker().mayCall(job.id)) {
                return Outcome.failed(language, section, ProviderProblem.of(ProviderProblem.Kind.PAUSED, llm.breaker().pausedMessage(), false, false, "paused"));
            }
            StringBuilder text = new StringBuilder();
            int[] tokens = new int[2];
            boolean[] finished = new boolean[1];
            String[] finishReason = new String[1];
            int[] chunks = new int[1];
            try {
                llm.stream(prompt.system(), ask)
                        .timeout(settings.timeout())
                        .takeUntilOther(job.cancel.asMono())
                        .doOnNext(response -> {
                            chunks[0]++;
                            if (response.getResult() != null && response.getResult().getOutput().getText() != null) {
                                text.append(response.getResult().getOutput().getText());
                                Map<ContentField, String> partial = SectionAnswer.partial(section, text.toString());
                                if (!partial.isEmpty()) {
                                    job.show(language, partial);
                                    progress(job, story);
                                }
                            }
                            if (response.getResult() != null && response.getResult().getMetadata() != null
                                    && org.springframework.util.StringUtils.hasText(response.getResult().getMetadata().getFinishReason())) {
                                finished[0] = true;
                                finishReason[0] = response.getResult().getMetadata().getFinishReason();
                            }
                            Usage usage = response.getMetadata() == null ? null : response.getMetadata().getUsage();
                            if (usage != null && usage.getTotalTokens() != null && usage.getTotalTokens() > 0) {
                                tokens[0] = usage.getPromptTokens() == null ? 0 : usage.getPromptTokens();
                                tokens[1] = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
                            }
                        })
                        .blockLast(Duration.ofMinutes(10));
                if (!finished[0] && !job.cancelled) {
                    // nothing the client could read as an answer stream (a web page, say); or a stream that ended
                    // without the provider saying the answer was complete: the connection broke
                    throw chunks[0] == 0 ? new NotAnAnswer() : new java.io.UncheckedIOException(new java.io.IOException("the answer stream ended without a finish reason"));
                }
            } catch (RuntimeException e) {
                if (job.cancelled) {
                    throw new DraftFailure(CANCELLED);
                }
                ProviderProblem problem = llm.explain(e);
                if (problem.kind() == ProviderProblem.Kind.TIMEOUT && chunks[0] > 0) {
                    problem = problem.withMessage("The provider stopped sending its answer for " + settings.timeout().toSeconds()
                            + " s (NEWSDESK_LLM_TIMEOUT).");
                }
                log.info("[{}] {} of {} failed (attempt {} of {}): {} ({})", ref, what, story, attempt, policy.maxAttempts(), problem.kind(), problem.detail());
                llm.breaker().failed(job.id, problem.message(), ref);
                if (!problem.retryable() || !policy.another(attempt)) {
                    return Outcome.failed(language, section, problem);
                }
                if (policy.tooLong(problem.retryAfter())) {
                    return Outcome.failed(language, section, problem.withMessage("The provider is rate-limiting Newsdesk (HTTP 429) and asks to wait until "
                            + Messages.time(Instant.now().plus(problem.retryAfter())) + ": try again then."));
                }
                Duration wait = policy.pause(attempt, problem.retryAfter(), ThreadLocalRandom.current()::nextDouble);
                if (problem.kind() == ProviderProblem.Kind.RATE_LIMITED) {
                    note(job, story, "The provider is rate-limiting Newsdesk (HTTP 429); retrying " + PromptTemplates.languageName(language) + " "
                            + section.inSentence() + " at " + Messages.timeWithSeconds(Instant.now().plus(wait)) + ".");
                } else {
                    // while retries run, the editor sees why the draft is taking long, not only "in progress"
                    note(job, story, problem.message() + " Retrying " + PromptTemplates.languageName(language) + " "
                            + section.inSentence() + " (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ").");
                }
                if (!waitUnlessCancelled(job, wait)) {
                    throw new DraftFailure(CANCELLED);
                }
                continue;
            }
            if (job.cancelled) {
                throw new DraftFailure(CANCELLED);
            }
            llm.breaker().succeeded(job.id);
            job.answered = true;
            ledger.record(story, job.requester, job.id.value(), section.name(), language, settings.provider(), settings.model(), prompt.version(),
                    tokens[0], tokens[1], false);
            SectionAnswer.Result result = SectionAnswer.read(section, text.toString());
            if (result.ok()) {
                job.toCache.put(key, new DraftCache.Answer(text.toString(), tokens[0], tokens[1]));
                job.show(language, result.fields());
                job.done.incrementAndGet();
                progress(job, story);
                return Outcome.of(new SectionDraft(language, section, result.fields(), tokens[0], tokens[1], prompt.version()));
            }
            log.info("[{}] {} of {} unusable (attempt {}, finish reason {}): {}", ref, what, story, attempt, finishReason[0], result.problems());
            if ("length".equalsIgnoreCase(finishReason[0])) {
                // the same question is cut off at the same place: asking again only pays for it twice
                return Outcome.failed(language, section, ProviderProblem.of(ProviderProblem.Kind.NOT_JSON, "The provider cut the answer off at the model's"
                        + " length limit before it was complete (finish reason \"length\"): a model with a larger output limit can draft this section.",
                        false, false, String.join("; ", result.problems())));
            }
            if ("content_filter".equalsIgnoreCase(finishReason[0])) {
                return Outcome.failed(language, section, ProviderProblem.of(ProviderProblem.Kind.NOT_JSON, "The provider's content filter stopped the"
                        + " answer (finish reason \"content_filter\"): the sources may hold text it refuses; draft this section by hand or edit the sources.",
                        false, false, String.join("; ", result.problems())));
            }
            if (askedAgain) {
                String first = result.problems().getFirst();
                return Outcome.failed(language, section, ProviderProblem.of(ProviderProblem.Kind.NOT_JSON, "The answer was not the JSON asked for ("
                        + first + (result.problems().size() > 1 ? ", and " + (result.problems().size() - 1) + " more problems" : "") + ").",
                        false, false, String.join("; ", result.problems())));
            }
            // ask again once, saying what was wrong; this does not use up a retry
            askedAgain = true;
            attempt--;
            ask = user + "Your previous answer could not be used: " + String.join("; ", result.problems())
                    + ". Answer again with the JSON object only, exactly in the format given.\n";
        }
    }

    /** The provider answered 200 with nothing readable as a stream of answer chunks. */
    static final class NotAnAnswer extends RuntimeException {
        NotAnAnswer() {
            super("the response held no answer chunk (not an OpenAI-compatible stream)", null, false, false);
        }
    }

    /** Waits {@code d}, or less if the job is cancelled meanwhile; false when it was. */
    private static boolean waitUnlessCancelled(Running job, Duration d) {
        Boolean waited = Mono.firstWithSignal(job.cancel.asMono().then(Mono.just(false)), Mono.delay(d).thenReturn(true)).block();
        return Boolean.TRUE.equals(waited) && !job.cancelled;
    }

    private void note(Running job, StoryId story, String note) {
        broadcaster.publish(new DraftEvent.Progress(story, Map.copyOf(job.partial), job.done.get(), job.total, note));
    }

    private void progress(Running job, StoryId story) {
        broadcaster.publish(new DraftEvent.Progress(story, Map.copyOf(job.partial), job.done.get(), job.total));
    }

    private String save(Running job, StoryId story, List<SectionDraft> drafts, List<FailedPart> failed, String partialNote, List<SourceItem> sources,
            DraftScope scope, Instant started) {
        var settings = props.llm();
        List<SourceItemId> sourceIds = sources.stream().map(SourceItem::id).toList();
        List<String> kept = new ArrayList<>();
        List<StoryContent.FieldRef> written = new ArrayList<>();
        RevisionId revision = tx.execute(status -> {
            if (!jobs.holdRunning(job.id)) {
                throw new TakenOver();
            }
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
            }, settings.model(), (failed.isEmpty() ? "AI draft of " : "Partial AI draft of ") + scope.describe() + " by " + settings.model()
                    + (failed.isEmpty() ? "" : " (" + drafts.size() + " of " + (drafts.size() + failed.size()) + " sections; not drafted: "
                            + String.join(", ", failed.stream().map(FailedPart::label).toList()) + ")"));
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
            provenance.snapshotNew(story, rev);
            jobs.finish(job.id, failed.isEmpty() ? DraftJob.Status.SUCCEEDED : DraftJob.Status.PARTIAL,
                    failed.isEmpty() ? null : drafted(written.size(), kept) + " " + partialNote, rev, failed);
            return rev;
        });
        log.info("Drafted {} of {} as {} in {} ms", scope.describe(), story, revision, Duration.between(started, Instant.now()).toMillis());
        return failed.isEmpty() ? drafted(written.size(), kept) : drafted(written.size(), kept) + " " + partialNote;
    }

    private String drafted(int written, List<String> kept) {
        String message = "Drafted " + written + (written == 1 ? " field" : " fields") + " with " + props.llm().model() + ".";
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

    @Override
    public void destroy() {
        running.keySet().forEach(this::cancel);
        keeper.shutdownNow();
        executor.shutdownNow();
        jobRunner.shutdownNow();
    }
}
