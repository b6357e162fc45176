package vn.tiepdon.devices.printing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The native ESC/POS QR symbol ({@code GS ( k}, functions 165, 167, 169, 180, 181), written here
 * rather than with escpos-coffee 4.1.0's {@code QRCode}: that class sends model byte 48/49 where
 * Epson defines 49 = model 1, 50 = model 2, and sizes the data by {@code String.length()} while
 * writing {@code getBytes()}, which truncates any non-ASCII payload.
 */
final class QrCodeCommand {

    /** Largest data a QR symbol holds (version 40, byte mode, level L). */
    static final int MAX_DATA_BYTES = 2953;

    private static final int GS = 0x1D;
    private static final int CN_QR = 0x31;
    private static final int MODEL_2 = 50;
    private static final int ERROR_CORRECTION_M = 49;

    private QrCodeCommand() {
    }

    /** Model 2, error correction M, {@code moduleDots} dots per module (1–16), data as UTF-8. */
    static byte[] qrCode(String payload, int moduleDots) {
        if (moduleDots < 1 || moduleDots > 16) {
            throw new IllegalArgumentException("QR module size must be 1-16 dots, was " + moduleDots);
        }
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        if (data.length == 0 || data.length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("QR payload must be 1-" + MAX_DATA_BYTES + " bytes, was " + data.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 40);
        function(out, 0x41, new byte[] {MODEL_2, 0});
        function(out, 0x43, new byte[] {(byte) moduleDots});
        function(out, 0x45, new byte[] {ERROR_CORRECTION_M});
        byte[] store = new byte[data.length + 1];
        store[0] = 0x30;
        System.arraycopy(data, 0, store, 1, data.length);
        function(out, 0x50, store);
        function(out, 0x51, new byte[] {0x30});
        return out.toByteArray();
    }

    /** {@code GS ( k pL pH cn fn parameters}, where pL + 256·pH counts cn, fn and the parameters. */
    private static void function(ByteArrayOutputStream out, int fn, byte[] parameters) {
        int length = parameters.length + 2;
        out.write(GS);
        out.write('(');
        out.write('k');
        out.write(length & 0xFF);
        out.write(length >> 8);
        out.write(CN_QR);
        out.write(fn);
        out.writeBytes(parameters);
    }
}
