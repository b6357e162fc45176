package vn.tiepdon.devices.camera;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What ffmpeg reads and the frame size it writes: {@code inputOptions} go before {@code -i input}
 * (e.g. {@code -f v4l2 -video_size 1280x720} for a camera, {@code -re} to pace a video file in
 * real time). The output is scaled to {@code width x height} so every frame has that size, whatever
 * the input gives.
 */
public record FfmpegInput(String ffmpeg, List<String> inputOptions, String input, int width, int height) {
    public FfmpegInput {
        Objects.requireNonNull(ffmpeg);
        inputOptions = List.copyOf(inputOptions);
        Objects.requireNonNull(input);
        GrayFrame.byteCount(width, height);
    }

    /** A V4L2 camera such as {@code /dev/video0}, asked for {@code width x height}. */
    public static FfmpegInput v4l2(String device, int width, int height) {
        return new FfmpegInput("ffmpeg", List.of("-f", "v4l2", "-video_size", width + "x" + height), device, width,
                height);
    }

    /** The ffmpeg command line: raw 8-bit gray frames on stdout, no audio, errors only on stderr. */
    public List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error"));
        cmd.addAll(inputOptions);
        cmd.addAll(List.of("-i", input, "-an", "-vf", "scale=" + width + ":" + height, "-f", "rawvideo",
                "-pix_fmt", "gray", "-"));
        return cmd;
    }

    public int frameBytes() {
        return GrayFrame.byteCount(width, height);
    }
}
