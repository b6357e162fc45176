package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFrom250MillisecondsUpToFiveSeconds() {
        Backoff backoff = Backoff.standard();

        assertThat(Stream.generate(backoff::next).limit(7).map(Duration::toMillis))
                .containsExactly(250L, 500L, 1000L, 2000L, 4000L, 5000L, 5000L);
    }

    @Test
    void startsAgainFromTheInitialDelayAfterReset() {
        Backoff backoff = Backoff.standard();
        backoff.next();
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void rejectsAMaximumBelowTheInitialDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
