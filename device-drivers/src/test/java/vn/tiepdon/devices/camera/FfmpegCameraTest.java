package vn.tiepdon.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.testing.Conditions;

/** The ffmpeg frame source against real ffmpeg, on a video made from a qrencode PNG. */
class FfmpegCameraTest {
    @TempDir
    Path dir;

    private final List<String> events = new CopyOnWriteArrayList<>();

    private final CameraListener recorder = new CameraListener() {
        @Override
        public void codeRead(String text) {
            events.add("code:" + text);
        }

        @Override
        public void cameraLost(String reason) {
            events.add("lost");
        }

        @Override
        public void cameraBack() {
            events.add("back");
        }
    };

    @Test
    void aCodeShownForTwoSecondsIsReportedOnceAndTheEndOfTheStreamOnce() throws IOException {
        QrPeers.assumeTool("qrencode");
        QrPeers.assumeTool("ffmpeg");
        Path png = QrPeers.qrencode(dir, "cccd.png", QrPeers.CCCD_TEXT, 4);
        Path video = QrPeers.video(png, 2, dir.resolve("cccd.mkv"));
        FfmpegInput input = new FfmpegInput("ffmpeg", List.of("-re"), video.toString(), 640, 480);
        try (FfmpegCamera camera = new FfmpegCamera("test", input, DecoderChain.standard(),
                new Debouncer(Clock.systemUTC(), Duration.ofSeconds(10)),
                new FfmpegCamera.Retry(Duration.ofMinutes(10), Duration.ofMinutes(10)))) {
            camera.start(recorder);
            Conditions.await("the end of the video reported", Duration.ofSeconds(20), () -> events.contains("lost"));
            FfmpegCamera.Stats stats = camera.stats();
            assertThat(events).containsExactly("code:" + QrPeers.CCCD_TEXT, "lost");
            assertThat(stats.framesRead()).isEqualTo(20);
            assertThat(stats.framesDecoded()).isBetween(2L, 20L);
            assertThat(stats.codesReported()).isEqualTo(1);
            assertThat(stats.starts()).isEqualTo(1);
        }
    }

    @Test
    void aCameraThatCannotBeOpenedIsReportedLostOnceAndRetriedWithBackoff() {
        QrPeers.assumeTool("ffmpeg");
        FfmpegInput input = new FfmpegInput("ffmpeg", List.of(), dir.resolve("unplugged.mkv").toString(), 64, 48);
        try (FfmpegCamera camera = new FfmpegCamera("unplugged", input, DecoderChain.standard(),
                new Debouncer(Clock.systemUTC(), Duration.ofSeconds(3)),
                new FfmpegCamera.Retry(Duration.ofMillis(20), Duration.ofMillis(80)))) {
            camera.start(recorder);
            Conditions.await("ffmpeg started three times", Duration.ofSeconds(20), () -> camera.stats().starts() >= 3);
            assertThat(events).containsExactly("lost");
            assertThat(camera.stats().framesRead()).isZero();
        }
    }

    @Test
    void aMissingFfmpegIsReportedLostWithItsReason() {
        List<String> reasons = new CopyOnWriteArrayList<>();
        FfmpegInput input = new FfmpegInput("/nonexistent/ffmpeg", List.of(), "/dev/video9", 64, 48);
        try (FfmpegCamera camera = new FfmpegCamera("no-ffmpeg", input, DecoderChain.standard(),
                new Debouncer(Clock.systemUTC(), Duration.ofSeconds(3)),
                new FfmpegCamera.Retry(Duration.ofMinutes(10), Duration.ofMinutes(10)))) {
            camera.start(new CameraListener() {
                @Override
                public void codeRead(String text) {
                    reasons.add("code");
                }

                @Override
                public void cameraLost(String reason) {
                    reasons.add(reason);
                }
            });
            Conditions.await("the loss reported", Duration.ofSeconds(10), () -> !reasons.isEmpty());
            assertThat(reasons).singleElement().asString().startsWith("cannot start /nonexistent/ffmpeg");
        }
    }

    @Test
    void theCommandAsksForRawGrayFramesOfTheGivenSize() {
        assertThat(FfmpegInput.v4l2("/dev/video0", 1280, 720).command()).containsExactly("ffmpeg", "-hide_banner",
                "-nostdin", "-loglevel", "error", "-f", "v4l2", "-video_size", "1280x720", "-i", "/dev/video0", "-an",
                "-vf", "scale=1280:720", "-f", "rawvideo", "-pix_fmt", "gray", "-");
        assertThat(FfmpegInput.v4l2("/dev/video0", 1280, 720).frameBytes()).isEqualTo(1280 * 720);
    }
}
