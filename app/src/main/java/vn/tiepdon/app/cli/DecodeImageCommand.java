package vn.tiepdon.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.tiepdon.devices.camera.DecoderChain;
import vn.tiepdon.devices.camera.GrayFrame;
import vn.tiepdon.devices.camera.ImageFrames;

/**
 * {@code decode-image FILE…}: the camera's decoder chain (BoofCV, then ZXing) on image files.
 * One JSON line per file read; a file that cannot be read gets a line on stderr instead.
 */
@Command(name = "decode-image", mixinStandardHelpOptions = true,
        description = {"Read the QR code in each image file (PNG, JPEG, BMP, GIF) with the camera's decoder chain",
                "(BoofCV first, ZXing as the fallback) and print one JSON line per file read:",
                "  {\"file\":\"card.jpg\",\"text\":\"001085012345||Nguyễn Văn An|…\"}  (text null: no code found).",
                "A file that cannot be read prints its reason on stderr and nothing on stdout.",
                "Exit 0 when at least one code was read, 1 when files were read but no code found,",
                "2 when no file could be read."})
public final class DecodeImageCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "image files")
    List<Path> files;

    @Override
    public Integer call() throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        DecoderChain chain = DecoderChain.standard();
        int read = 0;
        int decoded = 0;
        for (Path file : files) {
            GrayFrame frame;
            try {
                frame = ImageFrames.read(file);
            } catch (IOException | RuntimeException e) {
                System.err.println("decode-image: cannot read " + file + ": " + reason(e));
                continue;
            }
            read++;
            Optional<String> text = chain.decode(frame);
            decoded += text.isPresent() ? 1 : 0;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file.toString());
            line.put("text", text.orElse(null));
            System.out.println(json.writeValueAsString(line));
        }
        if (decoded > 0) {
            return 0;
        }
        return read > 0 ? 1 : 2;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
