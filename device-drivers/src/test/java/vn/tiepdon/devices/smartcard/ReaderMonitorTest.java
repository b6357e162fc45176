package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.devices.smartcard.ReaderMonitor.Observation;

class ReaderMonitorTest {
    private final List<CardEvent> events = new ArrayList<>();
    private Observation state = Observation.none();
    private final ReaderMonitor monitor = new ReaderMonitor(() -> state, events::add);

    private void observe(Optional<String> reader, boolean card) {
        state = new Observation(reader, card);
        monitor.poll();
    }

    @Test
    void reportsReaderThenCardInsertedAndRemoved() {
        observe(Optional.of("ACS ACR1252"), false);
        observe(Optional.of("ACS ACR1252"), true);
        observe(Optional.of("ACS ACR1252"), true);
        observe(Optional.of("ACS ACR1252"), false);

        assertThat(events).containsExactly(new CardEvent.ReaderConnected("ACS ACR1252"),
                new CardEvent.CardInserted("ACS ACR1252"), new CardEvent.CardRemoved("ACS ACR1252"));
    }

    @Test
    void survivesAReaderUnpluggedWithACardAndPluggedBack() {
        observe(Optional.of("ACS ACR1252"), true);
        observe(Optional.empty(), false);
        observe(Optional.empty(), false);
        observe(Optional.of("ACS ACR1252"), true);

        assertThat(events).containsExactly(new CardEvent.ReaderConnected("ACS ACR1252"),
                new CardEvent.CardInserted("ACS ACR1252"), new CardEvent.CardRemoved("ACS ACR1252"),
                new CardEvent.ReaderDisconnected("ACS ACR1252"), new CardEvent.ReaderConnected("ACS ACR1252"),
                new CardEvent.CardInserted("ACS ACR1252"));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheMonitor() {
        List<CardEvent> seen = new ArrayList<>();
        ReaderMonitor m = new ReaderMonitor(() -> state, e -> {
            seen.add(e);
            throw new IllegalStateException("listener bug");
        });
        state = new Observation(Optional.of("R"), true);
        m.poll();

        assertThat(seen).hasSize(2);
    }
}
