package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QrCodeCommandTest {

    @Test
    void selectsModelTwoSizeAndErrorCorrectionM() {
        byte[] command = QrCodeCommand.qrCode("A", 8);

        assertThat(Arrays.copyOfRange(command, 0, 27)).containsExactly(
                0x1D, '(', 'k', 4, 0, 0x31, 0x41, 50, 0,
                0x1D, '(', 'k', 3, 0, 0x31, 0x43, 8,
                0x1D, '(', 'k', 3, 0, 0x31, 0x45, 49,
                0x1D, '(');
    }

    @Test
    void countsPayloadLengthInUtf8Bytes() {
        byte[] command = QrCodeCommand.qrCode("Số", 8);

        // store function: pL pH = 3 + 4 UTF-8 bytes ("S" + 3-byte "ố"), then cn 49, fn 80, m 48, data
        assertThat(Arrays.copyOfRange(command, 25, 36)).containsExactly(
                0x1D, '(', 'k', 7, 0, 0x31, 0x50, 0x30, 'S', 0xE1, 0xBB);
        assertThat(Arrays.copyOfRange(command, command.length - 8, command.length)).containsExactly(
                0x1D, '(', 'k', 3, 0, 0x31, 0x51, 0x30);
    }

    @Test
    void rejectsEmptyPayloadAndModuleSizeOutOfRange() {
        assertThatThrownBy(() -> QrCodeCommand.qrCode("", 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeCommand.qrCode("A", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodeCommand.qrCode("A", 17)).isInstanceOf(IllegalArgumentException.class);
    }
}
