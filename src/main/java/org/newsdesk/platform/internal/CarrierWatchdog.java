package org.newsdesk.platform.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.sun.management.HotSpotDiagnosticMXBean;
import jdk.jfr.consumer.RecordingStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Says in the log when the app is about to hang the way virtual threads can hang it: request
 * handling runs on virtual threads, which need a free carrier (one per core). Every few seconds a
 * probe starts a virtual thread; when it gets no carrier within {@code newsdesk.carrier-watchdog},
 * the carriers' stacks are logged and a full thread dump (virtual threads included) is written to a
 * file named in the warning. Virtual threads pinned to their carrier for more than 200 ms (blocking
 * inside {@code synchronized} native code or class loading) are logged too, from the JDK's own
 * {@code jdk.VirtualThreadPinned} events.
 */
@Component
class CarrierWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CarrierWatchdog.class);

    private final Duration patience;
    private volatile boolean running;
    private Thread probe;
    private RecordingStream pinned;
    private long lastDump;

    CarrierWatchdog(@Value("${newsdesk.carrier-watchdog:2s}") Duration patience) {
        this.patience = patience;
    }

    @Override
    public void start() {
        if (patience.isZero() || patience.isNegative()) {
            return;
        }
        running = true;
        probe = Thread.ofPlatform().daemon().name("carrier-watchdog").start(this::watch);
        try {
            pinned = new RecordingStream();
            pinned.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(200)).withStackTrace();
            pinned.onEvent("jdk.VirtualThreadPinned", e -> log.warn("A virtual thread was pinned to its carrier for {} ms at {}", e.getDuration().toMillis(),
                    e.getStackTrace() == null ? "?" : e.getStackTrace().getFrames().stream().limit(8)
                            .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName() + ":" + f.getLineNumber())
                            .collect(Collectors.joining(" < "))));
            pinned.startAsync();
        } catch (RuntimeException | LinkageError e) {
            log.debug("No JFR here; pinned virtual threads are not logged: {}", e.toString());
            pinned = null;
        }
    }

    private void watch() {
        while (running) {
            try {
                Thread.sleep(Math.max(1000, patience.toMillis() * 2));
                CountDownLatch ran = new CountDownLatch(1);
                Thread.ofVirtual().name("carrier-probe").start(ran::countDown);
                if (!ran.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    report();
                    ran.await();
                    log.warn("Virtual threads got a carrier again");
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void report() {
        StringBuilder carriers = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith("ForkJoinPool-")) {
                carriers.append("\n  ").append(e.getKey().getName()).append(" ").append(e.getKey().getState());
                for (int i = 0; i < Math.min(12, e.getValue().length); i++) {
                    carriers.append("\n      at ").append(e.getValue()[i]);
                }
            }
        }
        String dump = "";
        long now = System.currentTimeMillis();
        if (now - lastDump > 60_000) { // one dump a minute at most
            lastDump = now;
            try {
                Path file = Files.createTempFile("newsdesk-threads-", ".txt");
                Files.delete(file);
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpThreads(file.toString(),
                        HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
                dump = " Full thread dump: " + file + ".";
            } catch (Exception e) {
                dump = " (no thread dump: " + e + ")";
            }
        }
        log.warn("Virtual threads (request handling) have waited more than {} ms for a carrier: every carrier is busy or pinned.{} Carriers:{}",
                patience.toMillis(), dump, carriers);
    }

    @Override
    public void stop() {
        running = false;
        if (probe != null) {
            probe.interrupt();
        }
        if (pinned != null) {
            pinned.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
