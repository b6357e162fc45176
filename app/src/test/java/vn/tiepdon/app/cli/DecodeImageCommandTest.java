package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decode-image}: one JSON line per file read, reasons on stderr, exit 0 / 1 / 2. */
class DecodeImageCommandTest {
    static final String CCCD = "001085012345||Nguyễn Văn An|05031985|Nam|Số 12 Lê Lợi, Hà Nội|10052021";
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsTheTextOfEachCodeAndNothingForAFileItCannotRead() throws Exception {
        Path qr = qrencode("cccd.png", CCCD);
        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY), "png", blank.toFile());
        Path notImage = Files.writeString(dir.resolve("notes.png"), "not a picture");
        Path missing = dir.resolve("missing.jpg");

        ParseCommandTest.Run r = ParseCommandTest.run("decode-image", qr.toString(), notImage.toString(),
                blank.toString(), missing.toString());

        assertThat(r.exit()).isZero();
        List<String> lines = r.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo(qr.toString());
        assertThat(first.get("text").asText()).isEqualTo(CCCD);
        JsonNode second = json.readTree(lines.get(1));
        assertThat(second.get("file").asText()).isEqualTo(blank.toString());
        assertThat(second.get("text").isNull()).isTrue();
        assertThat(r.err()).contains("cannot read " + notImage + ": not an image")
                .contains("cannot read " + missing + ": no such file");
    }

    @Test
    void exitsOneWhenNoCodeWasFoundAndTwoWhenNoFileCouldBeRead() throws Exception {
        Path blank = dir.resolve("blank.png");
        ImageIO.write(new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY), "png", blank.toFile());
        assertThat(ParseCommandTest.run("decode-image", blank.toString()).exit()).isEqualTo(1);
        ParseCommandTest.Run none = ParseCommandTest.run("decode-image", dir.resolve("nothing.png").toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
    }

    @Test
    void helpDescribesTheExitCodes() {
        ParseCommandTest.Run r = ParseCommandTest.run("decode-image", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("BoofCV first, ZXing as the fallback").contains("Exit 0 when at least one code");
    }

    private Path qrencode(String name, String text) throws Exception {
        boolean installed = new ProcessBuilder("sh", "-c", "command -v qrencode").start().waitFor() == 0;
        assumeTrue(installed, "qrencode is not installed (apt-get install qrencode); skipping");
        Path png = dir.resolve(name);
        Process p = new ProcessBuilder("qrencode", "-s", "6", "-o", png.toString(), text).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return png;
    }
}
