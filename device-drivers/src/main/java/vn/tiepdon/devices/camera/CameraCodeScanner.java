package vn.tiepdon.devices.camera;

import java.util.Objects;
import java.util.function.Consumer;
import vn.tiepdon.devices.scanning.CodeScanner;

/** The camera as one more source of scanned codes for the kiosk: each new sighting is one scan. */
public final class CameraCodeScanner implements CodeScanner {
    private final FfmpegCamera camera;

    public CameraCodeScanner(FfmpegCamera camera) {
        this.camera = Objects.requireNonNull(camera);
    }

    @Override
    public void start(Consumer<String> listener) {
        Objects.requireNonNull(listener);
        camera.start(new CameraListener() {
            @Override
            public void codeRead(String text) {
                listener.accept(text);
            }

            @Override
            public void cameraLost(String reason) {
                // the camera logs the loss once; the kiosk keeps its other ways in
            }
        });
    }

    @Override
    public void close() {
        camera.close();
    }

    /** {@code other} and this camera as one source: both deliver to the same listener; closing closes both. */
    public CodeScanner alongside(CodeScanner other) {
        Objects.requireNonNull(other);
        CodeScanner camera = this;
        return new CodeScanner() {
            @Override
            public void start(Consumer<String> listener) {
                other.start(listener);
                camera.start(listener);
            }

            @Override
            public void close() {
                try {
                    camera.close();
                } finally {
                    other.close();
                }
            }
        };
    }
}
