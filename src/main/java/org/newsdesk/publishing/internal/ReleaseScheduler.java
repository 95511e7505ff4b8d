package org.newsdesk.publishing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsdesk.platform.NewsdeskProperties;
import org.newsdesk.platform.Wakeup;
import org.newsdesk.publishing.internal.ReleaseRepository.Claimed;
import org.newsdesk.story.Schedule;
import org.newsdesk.workflow.ReleaseTimes;
import org.newsdesk.workflow.WorkflowException;
import org.newsdesk.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled stories at their time, exactly once across every node on the database, never
 * before it. See docs/decisions/0006-scheduled-releases-claimed-in-postgresql.md.
 *
 * <p>One thread per node sleeps until the earliest pending release (or at most the poll interval,
 * to notice releases set on other nodes; a release set on this node, or announced by another
 * through LISTEN/NOTIFY, wakes it at once), then workers claim due releases in batches by locking
 * their story rows with {@code FOR UPDATE SKIP LOCKED}: a row another node holds is skipped, and a
 * row it has released is no longer due. Each release runs in a savepoint, so one failing release
 * does not hold back the others; a failure is retried, then shown on the calendar as failed.
 * "Due" is decided by the {@link Clock} (a test's own clock in tests), never by the database.
 * On start-up the first pass publishes whatever fell due while no node was running, marked late.
 */
@Component
class ReleaseScheduler implements SmartLifecycle {

    static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(ReleaseScheduler.class);

    private final ReleaseRepository releases;
    private final WorkflowService workflow;
    private final Clock clock;
    private final NewsdeskProperties.Publishing settings;
    private final TransactionTemplate batchTx;
    private final TransactionTemplate releaseTx;
    private final String node;

    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;

    ReleaseScheduler(ReleaseRepository releases, WorkflowService workflow, Clock clock, NewsdeskProperties props,
            PlatformTransactionManager transactions) {
        this.releases = releases;
        this.workflow = workflow;
        this.clock = clock;
        this.settings = props.publishing();
        this.batchTx = new TransactionTemplate(transactions);
        this.releaseTx = new TransactionTemplate(transactions);
        this.releaseTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.node = settings.nodeName() == null || settings.nodeName().isBlank() ? defaultNodeName() : settings.nodeName();
    }

    /** This node's name in the release log. */
    String node() {
        return node;
    }

    @Override
    public void start() {
        running = true;
        int n = Math.max(1, settings.releaseWorkers());
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(n, r -> Thread.ofPlatform().daemon().name("release-worker-" + count.incrementAndGet()).unstarted(r));
        loop = Thread.ofPlatform().daemon().name("release-scheduler").start(this::run);
        log.info("Release scheduler started on node {} ({} worker(s), polling every {} ms)", node, n, settings.pollInterval().toMillis());
    }

    @Override
    public void stop() {
        running = false;
        wake();
        try {
            if (loop != null) {
                loop.join(Duration.ofSeconds(10));
            }
            if (workers != null) {
                workers.shutdown();
                workers.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Makes the scheduler look at the queue again now (a release time was set or moved). */
    void wake() {
        wakeup.wake();
    }

    private void run() {
        while (running) {
            try {
                releaseDue();
                sleepUntilNext();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("The release scheduler could not read or release its queue ({}); trying again in {} ms", e.getMessage(),
                        settings.pollInterval().toMillis());
                sleep(settings.pollInterval().toNanos());
            }
        }
    }

    /** Publishes every release due now, with all workers in parallel; returns how many went out or were given up on. */
    int releaseDue() {
        int n = Math.max(1, settings.releaseWorkers());
        if (n == 1 || workers == null) {
            return drain();
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(this::drain);
        }
        int total = 0;
        try {
            for (Future<Integer> f : workers.invokeAll(tasks)) {
                total += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return total;
    }

    private int drain() {
        int total = 0;
        int n;
        do {
            n = releaseBatch();
            total += n;
        } while (n > 0 && running);
        return total;
    }

    /** Claims up to {@link #BATCH} due releases and handles each in its own savepoint; one transaction for the batch. */
    private int releaseBatch() {
        Integer handled = batchTx.execute(status -> {
            List<Claimed> claimed = releases.claimDue(clock.instant(), BATCH);
            claimed.forEach(this::releaseOne);
            return claimed.size();
        });
        return handled == null ? 0 : handled;
    }

    private void releaseOne(Claimed c) {
        Instant now = clock.instant();
        Duration lateness = Duration.between(c.dueAt(), now);
        boolean late = lateness.compareTo(settings.lateAfter()) > 0;
        try {
            releaseTx.executeWithoutResult(s -> {
                var story = workflow.releaseScheduled(c.story(), c.revision(), note(c, lateness, late));
                Duration actual = Duration.between(c.dueAt(), story.publishedAt());
                releases.markReleased(c.id(), story.publishedAt(), actual.toMillis(), actual.compareTo(settings.lateAfter()) > 0, node);
            });
            if (late) {
                log.warn("Released {} late: {} after its time", c.story(), human(lateness));
            }
        } catch (WorkflowException e) {
            // The story's state says this release cannot happen as scheduled: trying again would not help.
            releases.markFailed(c.id(), e.getMessage());
            log.warn("Release of {} failed and will not be retried: {}", c.story(), e.getMessage());
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (c.attempts() + 1 >= settings.releaseMaxAttempts()) {
                releases.markFailed(c.id(), "Gave up after " + (c.attempts() + 1) + " attempts: " + error);
                log.error("Release of {} failed {} times and is marked failed", c.story(), c.attempts() + 1, e);
            } else {
                releases.markAttemptFailed(c.id(), error, now.plus(settings.releaseRetryBackoff()));
                log.warn("Release of {} failed (attempt {}), retrying in {} s: {}", c.story(), c.attempts() + 1,
                        settings.releaseRetryBackoff().toSeconds(), error);
            }
        }
    }

    private String note(Claimed c, Duration lateness, boolean late) {
        String due = "due " + ReleaseTimes.describe(new Schedule(c.dueAt(), c.zone()));
        return late ? "Released late, " + human(lateness) + " after its time (" + due + "), by node " + node + "."
                : "Released on time (" + due + "), by node " + node + ".";
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 1) {
            return d.toMillis() + " ms";
        }
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        if (s < 172_800) {
            return s / 3600 + " h " + (s % 3600) / 60 + " min";
        }
        return s / 86_400 + " days";
    }

    private void sleepUntilNext() {
        long nanos = settings.pollInterval().toNanos();
        Optional<Instant> next = releases.nextDue();
        if (next.isPresent()) {
            nanos = Math.min(nanos, Duration.between(clock.instant(), next.get()).toNanos());
        }
        sleep(nanos);
    }

    private void sleep(long nanos) {
        if (running && !wakeup.await(Duration.ofNanos(nanos))) {
            running = false;
        }
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }
}
