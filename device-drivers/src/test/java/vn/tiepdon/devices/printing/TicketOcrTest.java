package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed ticket read by a real OCR engine: the {@code GS v 0} rasters decoded back to images and
 * given to Tesseract ({@code tesseract-ocr}, {@code tesseract-ocr-vie}). Skips when it is not installed.
 */
class TicketOcrTest {

    @TempDir
    Path dir;

    @Test
    void tesseractReadsTheNumberAndTheVietnameseSentence() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")),
                "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)");
        EscPosDocument printed = new EscPosRasterDecoder().decode(
                new EscPosSlipRenderer(576).render(SampleTicket.at(LocalDateTime.of(2026, 11, 23, 8, 30))));

        // the number: one line, letters and digits (O left out: in this font Tesseract reads 0 as O)
        assertThat(ocr(printed.rasters().get(1), "eng", "--psm", "7", "-c",
                "tessedit_char_whitelist=ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")).contains("A001");
        assertThat(ocr(printed.rasters().get(3), "vie", "--psm", "6")).contains("Vui lòng chờ gọi số");
        assertThat(PrintedQr.texts(printed)).containsExactly("TIEPDON:TICKET:2026-11-23:A001");
    }

    private String ocr(java.awt.image.BufferedImage image, String language, String... options) throws Exception {
        assumeTrue(language.equals("eng") || Files.exists(Path.of("/usr/share/tesseract-ocr/5/tessdata/vie.traineddata")),
                "tesseract-ocr-vie is not installed");
        Path png = dir.resolve(language + ".png");
        ImageIO.write(image, "png", png.toFile());
        List<String> command = new java.util.ArrayList<>(List.of("tesseract", png.toString(), "stdout", "-l", language));
        command.addAll(List.of(options));
        Process p = new ProcessBuilder(command)
                .redirectError(dir.resolve(language + ".err").toFile()).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }
}
