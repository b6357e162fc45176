package vn.tiepdon.devices.printing;

/**
 * Reading the one-byte replies to Epson {@code DLE EOT n}. In every reply bits 1 and 4 are 1 and
 * bits 0 and 7 are 0, so {@code 0x12} means "nothing to report".
 */
final class EscPosStatus {

    /** {@code DLE EOT 1}: printer status. */
    static final int PRINTER = 1;
    /** {@code DLE EOT 3}: error cause. */
    static final int ERROR_CAUSE = 3;
    /** {@code DLE EOT 2}: offline cause. */
    static final int OFFLINE_CAUSE = 2;
    /** {@code DLE EOT 4}: roll paper sensor. */
    static final int ROLL_PAPER_SENSOR = 4;

    private EscPosStatus() {
    }

    /** True when {@code reply} has the fixed bits of a {@code DLE EOT} status byte. */
    static boolean isStatusByte(int reply) {
        return (reply & 0x93) == 0x12;
    }

    /** {@code DLE EOT 4}, bits 5–6: paper end. */
    static boolean paperOut(int rollPaperSensor) {
        return (rollPaperSensor & 0x60) != 0;
    }

    /** {@code DLE EOT 4}, bits 2–3: paper near end. */
    static boolean paperNearEnd(int rollPaperSensor) {
        return (rollPaperSensor & 0x0C) != 0;
    }

    /** {@code DLE EOT 2}, bit 2: cover open. */
    static boolean coverOpen(int offlineCause) {
        return (offlineCause & 0x04) != 0;
    }

    /** {@code DLE EOT 1}, bit 3: offline. */
    static boolean offline(int printerStatus) {
        return (printerStatus & 0x08) != 0;
    }

    /** {@code DLE EOT 2}, bit 5: printing stopped because the paper ran out. */
    static boolean stoppedAtPaperEnd(int offlineCause) {
        return (offlineCause & 0x20) != 0;
    }
}
