package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscPosRasterDecoderTest {

    private final EscPosRasterDecoder decoder = new EscPosRasterDecoder();

    @Test
    void decodesRasterDotsMostSignificantBitLeftmost() {
        // GS v 0, 2 bytes (16 dots) wide, 2 rows: row 0 = 1000 0000 0000 0001, row 1 = 0100 0000 0000 0000
        byte[] stream = bytes(0x1B, '@', 0x1D, 'v', '0', 0, 2, 0, 2, 0, 0x80, 0x01, 0x40, 0x00);

        EscPosDocument document = decoder.decode(stream);

        assertThat(document.rasters()).hasSize(1);
        BufferedImage image = document.rasters().get(0);
        assertThat(image.getWidth()).isEqualTo(16);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(Slips.isInk(image, 0, 0)).isTrue();
        assertThat(Slips.isInk(image, 15, 0)).isTrue();
        assertThat(Slips.isInk(image, 1, 1)).isTrue();
        assertThat(Slips.inkDots(image)).isEqualTo(3);
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void readsQrPayloadWhenTheSymbolIsPrinted() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(QrCodeCommand.qrCode("TD|T=9|N=C042", 6));

        EscPosDocument document = decoder.decode(stream.toByteArray());

        assertThat(document.qrPayloads()).containsExactly("TD|T=9|N=C042");
        assertThat(document.startsWithInitialize()).isFalse();
        assertThat(document.cut()).isFalse();
    }

    @Test
    void ignoresAStoredQrThatIsNeverPrinted() {
        byte[] data = "X".getBytes(StandardCharsets.US_ASCII);
        byte[] stream = bytes(0x1D, '(', 'k', 4, 0, 0x31, 0x50, 0x30, data[0]);

        assertThat(decoder.decode(stream).qrPayloads()).isEmpty();
    }

    @Test
    void keepsPlainTextAndStepsOverStyleCommands() {
        byte[] stream = bytes(0x1B, '@', 0x1B, '!', 0x30, 'S', 'O', 0x1D, '!', 0x11, '1', 0x0A, 0x1B, 'a', 1, 'O', 'K',
                0x1B, 'd', 3, 0x1D, 'V', 66, 3);

        EscPosDocument document = decoder.decode(stream);

        assertThat(document.text()).isEqualTo("SO1\nOK");
        assertThat(document.cut()).isTrue();
        assertThat(document.problems()).isEmpty();
    }

    @Test
    void reportsTruncatedRasterInsteadOfThrowing() {
        byte[] stream = bytes(0x1B, '@', 0x1D, 'v', '0', 0, 72, 0, 100, 0, 0xFF, 0xFF);

        EscPosDocument document = decoder.decode(stream);

        assertThat(document.rasters()).isEmpty();
        assertThat(document.problems()).containsExactly("truncated command at offset 2");
    }

    @Test
    void reportsUnknownCommandAndCarriesOn() {
        byte[] stream = bytes(0x1D, 0x7E, 'A', 0x1D, 'V', 0x30);

        EscPosDocument document = decoder.decode(stream);

        assertThat(document.problems()).containsExactly("unknown command GS 0x7E at offset 0");
        assertThat(document.text()).isEqualTo("A");
        assertThat(document.cut()).isTrue();
    }

    @Test
    void skipsStatusRequestsAndOldStyleBitImages() {
        byte[] stream = bytes(0x10, 0x04, 0x04, 0x1B, '*', 0, 2, 0, 0x41, 0x42, 'Z');

        EscPosDocument document = decoder.decode(stream);

        assertThat(document.text()).isEqualTo("Z");
        assertThat(document.problems()).isEmpty();
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
