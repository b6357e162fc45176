package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscPosStatusTest {

    @Test
    void readsPaperPresentFromPlainStatusByte() {
        assertThat(EscPosStatus.isStatusByte(0x12)).isTrue();
        assertThat(EscPosStatus.paperOut(0x12)).isFalse();
        assertThat(EscPosStatus.paperNearEnd(0x12)).isFalse();
    }

    @Test
    void readsPaperEndFromBitsFiveAndSix() {
        assertThat(EscPosStatus.paperOut(0x72)).isTrue();
        assertThat(EscPosStatus.paperOut(0x32)).isTrue();
        assertThat(EscPosStatus.paperOut(0x52)).isTrue();
    }

    @Test
    void readsPaperNearEndFromBitsTwoAndThree() {
        assertThat(EscPosStatus.paperNearEnd(0x1E)).isTrue();
        assertThat(EscPosStatus.paperOut(0x1E)).isFalse();
    }

    @Test
    void readsCoverOpenFromOfflineCauseBitTwo() {
        assertThat(EscPosStatus.coverOpen(0x16)).isTrue();
        assertThat(EscPosStatus.coverOpen(0x12)).isFalse();
    }

    @Test
    void rejectsBytesWithoutTheFixedStatusBits() {
        assertThat(EscPosStatus.isStatusByte(0x00)).isFalse();
        assertThat(EscPosStatus.isStatusByte(0x13)).isFalse();
        assertThat(EscPosStatus.isStatusByte(0x92)).isFalse();
        assertThat(EscPosStatus.isStatusByte(0x72)).isTrue();
    }
}
