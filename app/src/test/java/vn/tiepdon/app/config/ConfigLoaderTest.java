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

class ConfigLoaderTest {
    final ConfigLoader loader = new ConfigLoader();
    @TempDir
    Path dir;

    @Test
    void loadsTheDocumentedDefaultConfiguration() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.hospital().hospitalCode()).isEqualTo("01999");
        assertThat(s.hospital().queues()).extracting(q -> q.prefix()).containsExactly("A", "B", "U");
        assertThat(s.hospital().counters()).hasSize(2);
        assertThat(s.serverPort()).isEqualTo(8420);
        assertThat(s.gatewayBudget()).isEqualTo(Duration.ofSeconds(4));
        assertThat(s.kiosk(Optional.of("kiosk-1")).printer().type()).isEqualTo("file");
    }

    @Test
    void rejectsAnUnknownKeyByItsPathAndLine() throws IOException {
        Path f = write("hospital:\n  code: \"01999\"\nserver:\n  prot: 8420\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'server.prot'")
                .hasMessageContaining("line 4")
                .hasMessageContaining("port");
    }

    @Test
    void rejectsAValueOfTheWrongTypeByItsPath() throws IOException {
        Path f = write("server:\n  port: eighty\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'server.port'");
    }

    @Test
    void rejectsACounterServingAnUnknownQueue() throws IOException {
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "counters:\n  - { id: \"1\", name: Q1, serves: [bhyt, vip] }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .hasMessageContaining("'counters[0].serves' names unknown queue 'vip'");
    }

    @Test
    void rejectsABadDuration() throws IOException {
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\ngateway:\n  budget: soon\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .hasMessageContaining("'gateway.budget' must be a duration");
    }

    @Test
    void readsTheKiosksCardReaderAndRejectsAnUnknownType() throws IOException {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.kiosk(Optional.empty()).cardReader().type()).isEqualTo("virtual");
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "kiosks:\n  - { id: k1, cardReader: { type: nfc } }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .hasMessageContaining("'kiosks[0].cardReader.type' must be one of");
    }

    @Test
    void readsTheBreakerAndRetryScheduleAndRejectsBadOnes() throws IOException {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.breaker().failuresInARow()).isEqualTo(5);
        assertThat(s.breaker().openFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.retries().maxRetries()).isEqualTo(12);
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "gateway:\n  retry: { first: 10m, max: 1m }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of())).hasMessageContaining("'gateway.retry'");
        Path g = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "gateway:\n  breaker: { failures: 0 }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(g), Map.of())).hasMessageContaining("'gateway.breaker'");
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> loader.load(Optional.of(missing), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration file not found")
                .hasMessageContaining("nope.yaml");
    }

    @Test
    void takesServerUrlsStorageAndGatewayFromTheEnvironment() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of(
                "TIEPDON_SERVER_URLS", "http://a:8420, http://b:8420",
                "TIEPDON_STORAGE", "jdbc:postgresql://db/tiepdon",
                "TIEPDON_DB_PASSWORD", "secret",
                "TIEPDON_BHXH_URL", "http://127.0.0.1:9999"));
        assertThat(s.serverUrls()).containsExactly("http://a:8420", "http://b:8420");
        assertThat(s.storageUrl()).isEqualTo("jdbc:postgresql://db/tiepdon");
        assertThat(s.storagePassword()).contains("secret");
        assertThat(s.gatewayUrl()).isEqualTo("http://127.0.0.1:9999");
    }

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("tiepdon.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }
}
