package vn.tiepdon.devices.camera;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real tools the camera tests use: {@code qrencode} makes the codes, {@code ffmpeg} degrades and films them. */
public final class QrPeers {
    /** A CCCD-like front QR with Vietnamese name and address. */
    public static final String CCCD_TEXT = "001085012345||Nguyễn Văn An|05031985|Nam|Số 12 Lê Lợi, Hà Nội|10052021";

    private QrPeers() {
    }

    /** Skips the calling test, saying why, when {@code tool} is not installed. */
    public static void assumeTool(String tool) {
        assumeTrue(installed(tool), tool + " is not installed (apt-get install " + tool + "); skipping");
    }

    public static boolean installed(String tool) {
        try {
            return run(List.of("sh", "-c", "command -v " + tool), null) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A PNG of {@code text}: {@code scale} pixels a module, quiet zone of 4, error correction M. */
    public static Path qrencode(Path dir, String name, String text, int scale) throws IOException {
        Path png = dir.resolve(name);
        check(run(List.of("qrencode", "-s", String.valueOf(scale), "-m", "4", "-l", "M", "-o", png.toString(), text),
                null), "qrencode");
        return png;
    }

    /** {@code ffmpeg -i in -vf filter out}. */
    public static Path ffmpegFilter(Path in, String filter, Path out) throws IOException {
        check(run(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", in.toString(),
                "-vf", filter, "-frames:v", "1", out.toString()), null), "ffmpeg " + filter);
        return out;
    }

    /** A {@code seconds}-long lossless video (FFV1 in Matroska, 10 fps) showing {@code png} on gray. */
    public static Path video(Path png, int seconds, Path out) throws IOException {
        check(run(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-loop", "1",
                "-i", png.toString(), "-t", String.valueOf(seconds), "-r", "10",
                "-vf", "pad=640:480:(ow-iw)/2:(oh-ih)/2:color=gray,format=gray", "-c:v", "ffv1", out.toString()), null),
                "ffmpeg video");
        return out;
    }

    private static void check(int exit, String what) throws IOException {
        if (exit != 0) {
            throw new IOException(what + " failed with exit " + exit);
        }
    }

    private static int run(List<String> command, Path workDir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        Process p = pb.start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish");
            }
            if (p.exitValue() != 0 && !output.isBlank()) {
                System.err.println(command.get(0) + ": " + output.strip());
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
