package vn.tiepdon.devices.announce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VirtualAnnouncerTest {

    @Test
    void recordsEachPhraseItWouldSay() {
        VirtualAnnouncer announcer = new VirtualAnnouncer();

        announcer.announceCall("A001", "Quầy 1");
        announcer.announceCall("B002", "Phòng khám số 3");

        assertThat(announcer.phrases()).containsExactly("Mời số A001 đến Quầy 1", "Mời số B002 đến Phòng khám số 3");
    }

    @Test
    void startsSilent() {
        assertThat(new VirtualAnnouncer().phrases()).isEmpty();
    }
}
