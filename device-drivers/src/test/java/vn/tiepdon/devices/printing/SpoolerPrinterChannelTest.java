package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spooler channel's contract with {@code lp}: the job on standard input with {@code -d NAME -o raw},
 * a refusal reported. A stand-in {@code lp} script is used (no CUPS queue can be installed here).
 */
class SpoolerPrinterChannelTest {

    @TempDir
    Path dir;

    @Test
    void sendsTheJobRawToTheNamedQueue() throws Exception {
        Path lp = script("lp-ok", "echo \"$@\" > " + dir.resolve("args") + "; cat > " + dir.resolve("job")
                + "; echo 'request id is receipt-1 (1 file(s))'");
        byte[] job = new EscPosSlipRenderer(384).render(Slips.slip());

        PrintResult result = new SpoolerPrinterChannel("receipt", lp.toString(), Duration.ofSeconds(20)).send(job);

        assertThat(result).isEqualTo(new PrintResult.Printed(job.length, "spooler:receipt"));
        assertThat(Files.readString(dir.resolve("args")).strip()).isEqualTo("-d receipt -o raw");
        assertThat(Files.readAllBytes(dir.resolve("job"))).isEqualTo(job);
    }

    @Test
    void aRefusedJobIsOfflineWithLpsWords() throws Exception {
        Path lp = script("lp-refuse", "cat > /dev/null; echo 'lp: The printer or class does not exist.' >&2; exit 1");

        PrintResult result = new SpoolerPrinterChannel("nope", lp.toString(), Duration.ofSeconds(20)).send(new byte[] {1});

        assertThat(result).isEqualTo(new PrintResult.Failed(PrintResult.Failure.OFFLINE,
                "lp refused the job: lp: The printer or class does not exist."));
    }

    @Test
    void aQueueNameWithSpacesOrOptionsIsRefused() {
        assertThatThrownBy(() -> new SpoolerPrinterChannel("-o evil", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CUPS queue name");
    }

    private Path script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
