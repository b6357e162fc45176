package vn.tiepdon.devices.camera;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera read through an {@code ffmpeg} subprocess writing raw gray frames to its stdout.
 *
 * <p>Two threads: the capture thread reads exact frame-size chunks and leaves only the latest
 * frame for the decoding thread, dropping any older one not yet taken; the single decoding thread
 * decodes each frame it takes once, so no frame is ever decoded twice or in parallel, and a slow
 * decoder never delays the camera. A decoded text goes to the listener when the {@link Debouncer}
 * says it is a new sighting.
 *
 * <p>When ffmpeg ends or fails (camera unplugged, device busy, end of a file), the loss is
 * reported once, and ffmpeg is started again after a backoff that doubles from {@code retryFirst}
 * up to {@code retryMax}; the first frame after a loss reports {@link CameraListener#cameraBack}
 * and resets the backoff. {@link #close} stops ffmpeg and both threads. Decoded texts hold
 * personal data, so only their length is logged.
 */
public final class FfmpegCamera implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FfmpegCamera.class);
    private static final int STDERR_LINES_KEPT = 3;

    /** How long to wait before starting ffmpeg again after it stopped. */
    public record Retry(Duration first, Duration max) {
        public Retry {
            if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
                throw new IllegalArgumentException("retry needs 0 < first <= max, got " + first + ", " + max);
            }
        }

        public static Retry standard() {
            return new Retry(Duration.ofSeconds(1), Duration.ofSeconds(30));
        }

        Duration after(Duration previous) {
            Duration doubled = previous.multipliedBy(2);
            return doubled.compareTo(max) > 0 ? max : doubled;
        }
    }

    /** Counts since start: frames read from ffmpeg, frames decoded, codes reported, ffmpeg starts. */
    public record Stats(long framesRead, long framesDecoded, long codesReported, long starts) {
    }

    private final String name;
    private final FfmpegInput input;
    private final FrameDecoder decoder;
    private final Debouncer debouncer;
    private final Retry retry;
    private final Object lock = new Object();
    private final AtomicLong framesRead = new AtomicLong();
    private final AtomicLong framesDecoded = new AtomicLong();
    private final AtomicLong codesReported = new AtomicLong();
    private final AtomicLong starts = new AtomicLong();
    private GrayFrame latest;
    private Process process;
    private boolean started;
    private boolean closed;
    private final List<Thread> threads = new ArrayList<>();

    /** {@code name} identifies the camera in logs and names its threads. */
    public FfmpegCamera(String name, FfmpegInput input, FrameDecoder decoder, Debouncer debouncer, Retry retry) {
        this.name = Objects.requireNonNull(name);
        this.input = Objects.requireNonNull(input);
        this.decoder = Objects.requireNonNull(decoder);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.retry = Objects.requireNonNull(retry);
    }

    /** Starts ffmpeg and the two threads; events go to {@code listener}. Once only. */
    public void start(CameraListener listener) {
        Objects.requireNonNull(listener);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("camera " + name + " is closed");
            }
            if (started) {
                throw new IllegalStateException("camera " + name + " already started");
            }
            started = true;
            threads.add(daemon("camera-capture-" + name, () -> capture(listener)));
            threads.add(daemon("camera-decode-" + name, () -> decodeLoop(listener)));
        }
        threads.forEach(Thread::start);
    }

    public Stats stats() {
        return new Stats(framesRead.get(), framesDecoded.get(), codesReported.get(), starts.get());
    }

    @Override
    public void close() {
        Optional<Process> running;
        synchronized (lock) {
            closed = true;
            running = Optional.ofNullable(process);
            lock.notifyAll();
        }
        running.ifPresent(Process::destroy);
        threads.forEach(Thread::interrupt);
    }

    private static Thread daemon(String threadName, Runnable body) {
        Thread t = new Thread(body, threadName);
        t.setDaemon(true);
        return t;
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void capture(CameraListener listener) {
        Duration wait = retry.first();
        boolean lost = false;
        while (!isClosed()) {
            Run run = runOnce(lost, listener);
            if (run.gotFrames()) {
                lost = false;
                wait = retry.first();
            }
            if (isClosed()) {
                return;
            }
            if (!lost) {
                lost = true;
                log.warn("Camera {} lost: {}; retrying from every {}", name, run.reason(), wait);
                safely(() -> listener.cameraLost(run.reason()));
            } else {
                log.debug("Camera {} still unavailable: {}", name, run.reason());
            }
            if (!pause(wait)) {
                return;
            }
            wait = retry.after(wait);
        }
    }

    private record Run(boolean gotFrames, String reason) {
    }

    /** One ffmpeg run until its stream ends; reports {@code cameraBack} at its first frame after a loss. */
    private Run runOnce(boolean lostBefore, CameraListener listener) {
        Process p;
        try {
            p = new ProcessBuilder(input.command()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            return new Run(false, "cannot start " + input.ffmpeg() + ": " + e.getMessage());
        }
        starts.incrementAndGet();
        synchronized (lock) {
            if (closed) {
                p.destroy();
                return new Run(false, "closed");
            }
            process = p;
        }
        List<String> errors = new ArrayList<>();
        Thread stderr = daemon("camera-stderr-" + name, () -> keepLastLines(p, errors));
        stderr.start();
        boolean gotFrames = false;
        String reason;
        try (DataInputStream frames = new DataInputStream(p.getInputStream())) {
            while (true) {
                byte[] pixels = new byte[input.frameBytes()];
                frames.readFully(pixels);
                framesRead.incrementAndGet();
                if (!gotFrames) {
                    gotFrames = true;
                    if (lostBefore) {
                        log.info("Camera {} is back", name);
                        safely(listener::cameraBack);
                    }
                }
                offer(new GrayFrame(input.width(), input.height(), pixels));
            }
        } catch (EOFException e) {
            reason = "the stream ended";
        } catch (IOException e) {
            reason = "reading frames failed: " + e.getMessage();
        }
        p.destroy();
        try {
            int exit = p.waitFor();
            stderr.join(1000);
            synchronized (errors) {
                reason = reason + " (ffmpeg exit " + exit + (errors.isEmpty() ? "" : ": " + String.join(" / ", errors))
                        + ")";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (lock) {
            process = null;
        }
        return new Run(gotFrames, reason);
    }

    private static void keepLastLines(Process p, List<String> lines) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line.strip());
                    if (lines.size() > STDERR_LINES_KEPT) {
                        lines.remove(0);
                    }
                }
            }
        } catch (IOException e) {
            // ffmpeg gone: nothing more to keep
        }
    }

    /** Waits {@code wait} unless closed first; false when closed. */
    private boolean pause(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            while (!closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    /** Keeps only the newest frame: one the decoder has not taken yet is dropped. */
    private void offer(GrayFrame frame) {
        synchronized (lock) {
            latest = frame;
            lock.notifyAll();
        }
    }

    private Optional<GrayFrame> take() throws InterruptedException {
        synchronized (lock) {
            while (latest == null && !closed) {
                lock.wait();
            }
            if (closed) {
                return Optional.empty();
            }
            GrayFrame frame = latest;
            latest = null;
            return Optional.of(frame);
        }
    }

    private void decodeLoop(CameraListener listener) {
        try {
            while (true) {
                Optional<GrayFrame> frame = take();
                if (frame.isEmpty()) {
                    return;
                }
                Optional<String> text = decodeSafely(frame.get());
                framesDecoded.incrementAndGet();
                if (text.isPresent() && debouncer.isNew(text.get()) && !isClosed()) {
                    codesReported.incrementAndGet();
                    log.debug("Camera {} read a code of {} characters", name, text.get().length());
                    safely(() -> listener.codeRead(text.get()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<String> decodeSafely(GrayFrame frame) {
        try {
            return decoder.decode(frame);
        } catch (RuntimeException e) {
            log.warn("Camera {} decoder failed on a frame: {}", name, e.toString());
            return Optional.empty();
        }
    }

    private void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("Camera {} listener failed: {}", name, e.toString());
        }
    }
}
