package vn.tiepdon.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.RequestBudget;

/** {@code gateway.quota.*}, {@code gateway.reuseAnswerFor} and {@code gateway.outageAfter}. */
class GatewayGuardConfigTest {
    private static final String QUEUES = "queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n";
    final ConfigLoader loader = new ConfigLoader();
    @TempDir
    Path dir;

    private Settings load(String yaml) throws IOException {
        Path f = dir.resolve("tiepdon.yaml");
        Files.writeString(f, QUEUES + yaml, StandardCharsets.UTF_8);
        return loader.load(Optional.of(f), Map.of());
    }

    @Test
    void theDocumentedConfigurationHasTheDefaults() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());

        assertThat(s.guard()).isEqualTo(GatewayGuard.Settings.defaults());
        assertThat(s.guard()).isEqualTo(new GatewayGuard.Settings(new RequestBudget.Quota(60, 5000, 0.5),
                Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofSeconds(60)));
    }

    @Test
    void aConfigurationWithoutTheKeysHasTheDefaults() throws IOException {
        assertThat(load("").guard()).isEqualTo(GatewayGuard.Settings.defaults());
        assertThat(load("gateway:\n  budget: 4s\n").guard()).isEqualTo(GatewayGuard.Settings.defaults());
        assertThat(load("gateway:\n  quota: { perDay: 800 }\n").guard().quota())
                .isEqualTo(new RequestBudget.Quota(60, 800, 0.5));
    }

    @Test
    void readsTheGivenValues() throws IOException {
        Settings s = load("gateway:\n  quota: { perMinute: 20, perDay: 1000, backgroundShare: 0.25 }\n"
                + "  reuseAnswerFor: \"90s\"\n  outageAfter: \"2m\"\n  backgroundBudget: \"45s\"\n");

        assertThat(s.guard()).isEqualTo(new GatewayGuard.Settings(new RequestBudget.Quota(20, 1000, 0.25),
                Duration.ofSeconds(90), Duration.ofMinutes(2), Duration.ofSeconds(45)));
    }

    @ParameterizedTest
    @CsvSource({"'\"0\"', 0", "0, 0", "'\"0s\"', 0", "'\"1h\"', 3600", "'\"24h\"', 86400"})
    void zeroTurnsAnswerReuseOff(String value, long seconds) throws IOException {
        assertThat(load("gateway:\n  reuseAnswerFor: " + value + "\n").guard().reuseAnswerFor())
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "quota: { perMinute: 0 }                   | 'gateway.quota.perMinute' must be at least 1, got 0",
            "quota: { perMinute: -5 }                  | 'gateway.quota.perMinute' must be at least 1, got -5",
            "quota: { perMinute: 100, perDay: 50 }     | 'gateway.quota.perDay' must be at least gateway.quota.perMinute, got 50",
            "quota: { backgroundShare: 0 }             | 'gateway.quota.backgroundShare' must be more than 0 and at most 1, got 0.0",
            "quota: { backgroundShare: 1.5 }           | 'gateway.quota.backgroundShare' must be more than 0 and at most 1, got 1.5",
            "quota: { backgroundShare: -0.1 }          | 'gateway.quota.backgroundShare' must be more than 0 and at most 1, got -0.1",
            "quota: { backgroundShare: .nan }          | bad value at 'gateway.quota.backgroundShare'",
            "reuseAnswerFor: soon                      | 'gateway.reuseAnswerFor' must be a duration",
            "reuseAnswerFor: \"25h\"                   | 'gateway.reuseAnswerFor' must be at most 1 day, got 25h",
            "reuseAnswerFor: \"-5m\"                   | 'gateway.reuseAnswerFor' must not be negative, got -5m",
            "outageAfter: \"10s\"                      | 'gateway.outageAfter' must be between 30s and 2h, got 10s",
            "outageAfter: \"3h\"                       | 'gateway.outageAfter' must be between 30s and 2h, got 3h",
            "outageAfter: \"-5m\"                      | 'gateway.outageAfter' must be between 30s and 2h, got -5m",
            "outageAfter: never                        | 'gateway.outageAfter' must be a duration",
            "backgroundBudget: \"2s\"                 | 'gateway.backgroundBudget' must be between 5s and 5m, got 2s",
            "backgroundBudget: \"10m\"                | 'gateway.backgroundBudget' must be between 5s and 5m, got 10m",
            "backgroundBudget: later                   | 'gateway.backgroundBudget' must be a duration"})
    void aBadValueIsRejectedByItsKeyPath(String line, String message) {
        assertThatThrownBy(() -> load("gateway:\n  " + line + "\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedByItsKeyPath() {
        assertThatThrownBy(() -> load("gateway:\n  quota: { perMinute: many }\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("'gateway.quota.perMinute'");
        assertThatThrownBy(() -> load("gateway:\n  quota: { perMinit: 5 }\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'gateway.quota.perMinit'");
    }
}
