package vn.tiepdon.devices.camera;

/** What a camera tells its user. Called on the camera's own threads; implementations return quickly. */
public interface CameraListener {
    /** A code's text, once per sighting (repeats within the debounce window are not reported). */
    void codeRead(String text);

    /** The camera stopped giving frames (unplugged, ffmpeg failed or ended); once per loss. */
    void cameraLost(String reason);

    /** Frames flow again after {@link #cameraLost}. */
    default void cameraBack() {
    }
}
