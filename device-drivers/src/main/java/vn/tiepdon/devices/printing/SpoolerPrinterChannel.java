package vn.tiepdon.devices.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operating system's spooler (CUPS): each job goes to {@code lp -d NAME -o raw}, read from its
 * standard input. The spooler reads no printer status, so paper out is not seen here: the job is
 * queued and printed when the printer can. A failure is only {@code lp} refusing the job.
 */
public final class SpoolerPrinterChannel implements PrinterChannel {

    private static final Logger log = LoggerFactory.getLogger(SpoolerPrinterChannel.class);
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,127}");

    private final String queue;
    private final List<String> lpCommand;
    private final Duration timeout;

    public SpoolerPrinterChannel(String queue, Duration timeout) {
        this(queue, "lp", timeout);
    }

    /** {@code lp}: the command to run (a path, for tests). */
    SpoolerPrinterChannel(String queue, String lp, Duration timeout) {
        if (queue == null || !QUEUE_NAME.matcher(queue).matches()) {
            throw new IllegalArgumentException("a CUPS queue name is letters, digits, '_', '.', '@', '-', was '" + queue + "'");
        }
        this.queue = queue;
        this.lpCommand = List.of(Objects.requireNonNull(lp), "-d", queue, "-o", "raw");
        this.timeout = Objects.requireNonNull(timeout);
    }

    @Override
    public String destination() {
        return "spooler:" + queue;
    }

    @Override
    public PrintResult send(byte[] job) {
        Process process;
        try {
            process = new ProcessBuilder(lpCommand).redirectErrorStream(true).start();
        } catch (IOException e) {
            log.warn("Cannot run {}: {}", lpCommand.get(0), e.toString());
            return new PrintResult.Failed(PrintResult.Failure.OFFLINE, "cannot run lp for " + destination() + ": " + e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(job);
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new PrintResult.Failed(PrintResult.Failure.NO_ANSWER, "lp did not finish for " + destination());
            }
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                log.warn("lp refused the job for {}: {}", destination(), said);
                return new PrintResult.Failed(PrintResult.Failure.OFFLINE, "lp refused the job: " + said);
            }
            log.debug("lp: {}", said);
            return new PrintResult.Printed(job.length, destination());
        } catch (IOException e) {
            process.destroyForcibly();
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, "lp for " + destination() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, "interrupted while lp ran for " + destination());
        }
    }
}
