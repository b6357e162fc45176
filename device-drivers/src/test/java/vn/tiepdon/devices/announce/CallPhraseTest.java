package vn.tiepdon.devices.announce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallPhraseTest {

    @Test
    void invitesTheTicketToTheCounter() {
        assertThat(new CallPhrase("A001", "Quầy 1").text()).isEqualTo("Mời số A001 đến Quầy 1");
    }

    @Test
    void tidiesWhiteSpaceInNames() {
        assertThat(new CallPhrase(" B012 ", "Phòng  khám\tsố 3 ").text()).isEqualTo("Mời số B012 đến Phòng khám số 3");
    }

    @Test
    void leavesOutTheCounterWhenNoneIsGiven() {
        assertThat(new CallPhrase("A001", " ").text()).isEqualTo("Mời số A001");
    }

    @Test
    void rejectsBlankTicketNumber() {
        assertThatThrownBy(() -> new CallPhrase("  ", "Quầy 1")).isInstanceOf(IllegalArgumentException.class);
    }
}
