package vn.tiepdon.devices.scanning;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Cuts a scanner's byte stream into codes at its {@link CodeTerminator} and decodes each whole code
 * (so a letter split across two reads stays intact). Decoding: UTF-8 when the bytes are valid
 * UTF-8 (what USB-CDC scanners send for the CCCD QR); otherwise Windows-1258, the Vietnamese
 * legacy code page some scanners are set to, normalised to NFC. Pure ASCII reads the same either
 * way. Empty codes are skipped; a code over {@link #MAX_CODE_BYTES} is dropped whole. Not
 * thread-safe: one reader thread feeds it.
 */
public final class CodeFramer {

    /** Far above a CCCD QR (~150 bytes); stops a stuck scanner from filling memory. */
    public static final int MAX_CODE_BYTES = 8192;
    /** The fallback for bytes that are not UTF-8. */
    public static final Charset FALLBACK = Charset.forName("windows-1258");

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final CodeTerminator terminator;
    private final Consumer<Code> sink;
    private final Runnable onOverlong;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private boolean overlong;
    private boolean pendingCr;

    /** A decoded code; {@code fallback}: the bytes were not UTF-8 and were read as Windows-1258. */
    public record Code(String text, boolean fallback) {
    }

    /** {@code sink} gets each non-empty code; {@code onOverlong} runs for each code dropped as overlong. */
    public CodeFramer(CodeTerminator terminator, Consumer<Code> sink, Runnable onOverlong) {
        this.terminator = Objects.requireNonNull(terminator);
        this.sink = Objects.requireNonNull(sink);
        this.onOverlong = Objects.requireNonNull(onOverlong);
    }

    public void accept(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            accept(bytes[i]);
        }
    }

    private void accept(byte b) {
        switch (terminator) {
            case CR -> {
                if (b == CR) {
                    end();
                } else if (b != LF || code.size() > 0) {
                    add(b);
                }
            }
            case LF -> {
                if (b == LF) {
                    end();
                } else if (b != CR) {
                    add(b);
                }
            }
            case CRLF -> {
                if (pendingCr) {
                    pendingCr = false;
                    if (b == LF) {
                        end();
                        return;
                    }
                    add(CR);
                }
                if (b == CR) {
                    pendingCr = true;
                } else {
                    add(b);
                }
            }
        }
    }

    /** Ends the code under way (the stream ended or the port was lost mid-code: the bytes are dropped). */
    public void discard() {
        code.reset();
        overlong = false;
        pendingCr = false;
    }

    private void add(byte b) {
        if (code.size() >= MAX_CODE_BYTES) {
            overlong = true;
        } else {
            code.write(b);
        }
    }

    private void end() {
        byte[] bytes = code.toByteArray();
        boolean dropped = overlong;
        discard();
        if (dropped) {
            onOverlong.run();
            return;
        }
        if (bytes.length > 0) {
            sink.accept(decode(bytes));
        }
    }

    /** UTF-8 when valid, else Windows-1258 normalised to NFC. */
    static Code decode(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Code(utf8.decode(ByteBuffer.wrap(bytes)).toString(), false);
        } catch (CharacterCodingException e) {
            return new Code(Normalizer.normalize(new String(bytes, FALLBACK), Normalizer.Form.NFC), true);
        }
    }
}
