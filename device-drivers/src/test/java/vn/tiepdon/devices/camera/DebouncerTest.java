package vn.tiepdon.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.testing.MutableClock;

class DebouncerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T01:00:00Z"));
    private final Debouncer debouncer = new Debouncer(clock, Duration.ofSeconds(3));

    @Test
    void aCodeHeldInFrontOfTheCameraIsReportedOnce() {
        assertThat(debouncer.isNew("KIOSK|Q=1")).isTrue();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMillis(500));
            assertThat(debouncer.isNew("KIOSK|Q=1")).as("sighting %d", i).isFalse();
        }
    }

    @Test
    void theSameCodeAfterTheWindowWithoutSightingsIsNewAgain() {
        assertThat(debouncer.isNew("A")).isTrue();
        clock.advance(Duration.ofMillis(2999));
        assertThat(debouncer.isNew("A")).isFalse();
        clock.advance(Duration.ofSeconds(3));
        assertThat(debouncer.isNew("A")).isTrue();
    }

    @Test
    void anotherCodeIsNewAtOnce() {
        assertThat(debouncer.isNew("A")).isTrue();
        assertThat(debouncer.isNew("B")).isTrue();
        assertThat(debouncer.isNew("A")).isFalse();
    }

    @Test
    void refusesANegativeWindow() {
        assertThatThrownBy(() -> new Debouncer(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
