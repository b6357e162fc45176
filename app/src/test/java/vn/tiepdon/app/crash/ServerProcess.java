package vn.tiepdon.app.crash;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./tiepdon server} as a separate JVM (the test's class path), so that it can be killed
 * with SIGKILL: no shutdown hook, no close, no flush. Its stdout and stderr are read line by line
 * (the last lines are kept for failure messages).
 */
final class ServerProcess implements AutoCloseable {
    private static final int TAIL_LINES = 80;

    private final String name;
    private final Process process;
    private final String baseUrl;
    private final Deque<String> tail = new ArrayDeque<>();
    private final List<Thread> pumps = new ArrayList<>();
    /** Kills the child should this JVM end before {@link #close()} (a test run aborted). */
    private final Thread reaper;

    private ServerProcess(String name, Process process, String baseUrl) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
        this.reaper = new Thread(process::destroyForcibly, name + "-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts {@code vn.tiepdon.app.Tiepdon server --config config --port port}; {@code env} replaces
     * every {@code TIEPDON_*} variable of this JVM's environment (none leaks in from the caller).
     */
    static ServerProcess start(String name, Path config, int port, Map<String, String> env) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only and the serial collector: a quicker start on a small, busy machine
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                "vn.tiepdon.app.Tiepdon", "server", "--config", config.toString(), "--port", Integer.toString(port));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("TIEPDON_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        ServerProcess server = new ServerProcess(name, process, "http://127.0.0.1:" + port);
        server.pump(process.getInputStream(), "out");
        server.pump(process.getErrorStream(), "err");
        return server;
    }

    private void pump(InputStream stream, String label) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    remember(label + "| " + line);
                }
            } catch (IOException e) {
                remember(label + "| (stream closed: " + e.getMessage() + ")");
            }
        }, name + "-" + label);
        t.setDaemon(true);
        t.start();
        pumps.add(t);
    }

    private synchronized void remember(String line) {
        tail.addLast(line);
        while (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
    }

    /** The child's last output lines, for failure messages. */
    synchronized String tail() {
        return tail.isEmpty() ? "(no output)" : String.join("\n", tail);
    }

    String baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Polls {@code GET /api/v1/health} until it says {@code UP}; fails with the child's output when
     * the deadline passes or the child exits first.
     */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // the JDK's client: HttpReceptionClient logs a warning for each refused connection
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/health"))
                .timeout(Duration.ofSeconds(5)).build();
        String last = "-";
        while (true) {
            if (!process.isAlive()) {
                waitForPumps();
                fail(name + " exited with code " + process.exitValue() + " before answering " + baseUrl
                        + "/api/v1/health; its output:\n" + tail());
            }
            try {
                HttpResponse<String> answer = probe.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
                last = "HTTP " + answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (System.nanoTime() - deadline > 0) {
                fail(name + " did not answer " + baseUrl + "/api/v1/health with UP within " + timeout.toMillis()
                        + " ms (last: " + last + "); its output:\n" + tail());
            }
            Await.pause();
        }
    }

    /** {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux. Returns the exit code. */
    int killNine(Duration timeout) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail(name + " (pid " + process.pid() + ") still alive " + timeout.toMillis() + " ms after SIGKILL");
        }
        return process.exitValue();
    }

    private void waitForPumps() {
        for (Thread t : pumps) {
            try {
                t.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException e) {
            // this JVM is already shutting down: the hook runs, harmlessly
        }
    }
}
