package vn.tiepdon.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a piece of work runs: the most in use (sampled every 5 ms, so garbage not
 * yet collected counts) and the most still live right after a garbage collection (from the
 * collectors' notifications: the heap the work really needed). Closing it stops watching.
 */
final class HeapWatch implements AutoCloseable {
    /** What was seen: bytes, and the collections during the watch. */
    record Peaks(long used, long liveAfterGc, long collections) {
    }

    private final AtomicLong used = new AtomicLong();
    private final AtomicLong live = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> stops = new ArrayList<>();
    /** The heap's pools (the collectors also report the code cache and metaspace). */
    private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        NotificationListener listener = this::collected;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                stops.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                used.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = 0;
        long before = 0;
        for (java.util.Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                after += e.getValue().getUsed();
            }
        }
        for (java.util.Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                before += e.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        live.accumulateAndGet(after, Math::max);
        used.accumulateAndGet(before, Math::max);
    }

    Peaks peaks() {
        used.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return new Peaks(used.get(), live.get(), collections.get());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        stops.forEach(Runnable::run);
    }
}
