package org.newsdesk.platform;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The sleep of a background worker that polls a queue, cut short when there is work: {@link #wake()}
 * ends the current {@link #await(Duration)} at once, and a wake that comes while nobody waits is kept
 * for the next one, so no signal falls between a worker's last look at the queue and its sleep.
 */
public final class Wakeup {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private boolean woken;

    /** Ends the sleep of every waiting worker, or the next sleep if none waits. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sleeps for at most {@code timeout} (not at all when woken since the last sleep or when the
     * timeout is not positive).
     *
     * @return {@code false} if the thread was interrupted (its interrupt flag is set again)
     */
    public boolean await(Duration timeout) {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            if (!woken && nanos > 0) {
                signal.awaitNanos(nanos);
            }
            woken = false;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
