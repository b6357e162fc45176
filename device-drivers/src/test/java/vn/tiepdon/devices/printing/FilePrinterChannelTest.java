package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePrinterChannelTest {

    @TempDir
    Path directory;

    @Test
    void appendsEachJobCreatingParentDirectories() throws Exception {
        Path file = directory.resolve("kiosk-1/out/tickets.bin");
        FilePrinterChannel channel = new FilePrinterChannel(file);
        byte[] first = {0x1B, '@', 'A'};
        byte[] second = {0x1B, '@', 'B', 'C'};

        PrintResult firstResult = channel.send(first);
        PrintResult secondResult = channel.send(second);

        assertThat(firstResult).isEqualTo(new PrintResult.Printed(3, "file:" + file));
        assertThat(secondResult).isEqualTo(new PrintResult.Printed(4, "file:" + file));
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(first);
        both.writeBytes(second);
        assertThat(Files.readAllBytes(file)).isEqualTo(both.toByteArray());
    }

    @Test
    void writesToAnExistingDeviceNode() {
        Path devNull = Path.of("/dev/null");
        assumeThat(Files.isWritable(devNull)).as("/dev/null present").isTrue();

        assertThat(new FilePrinterChannel(devNull).send(new byte[] {0x1B, '@'})).isInstanceOf(PrintResult.Printed.class);
    }

    @Test
    void reportsMissingDeviceNodeAsOfflineWithoutCreatingIt() {
        Path absent = Path.of("/dev/tiepdon-test-absent-printer-lp9");
        assumeThat(Files.exists(absent)).isFalse();

        PrintResult result = new FilePrinterChannel(absent).send(new byte[] {0x1B, '@'});

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.OFFLINE));
        assertThat(absent).doesNotExist();
    }

    @Test
    void reportsIoErrorWhenTheFileCannotBeWritten() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("plain.txt"), "x");

        PrintResult result = new FilePrinterChannel(notADirectory.resolve("ticket.bin")).send(new byte[] {1});

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.IO_ERROR));
    }
}
