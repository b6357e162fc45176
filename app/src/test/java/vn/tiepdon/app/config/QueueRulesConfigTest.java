package vn.tiepdon.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.core.queue.QueueRules;

/** The {@code queueRules.*} keys. */
class QueueRulesConfigTest {
    private static final String QUEUE = "queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n";
    final ConfigLoader loader = new ConfigLoader();
    @TempDir
    Path dir;

    private Settings load(String yaml) throws IOException {
        Path f = dir.resolve("tiepdon.yaml");
        Files.writeString(f, QUEUE + yaml, StandardCharsets.UTF_8);
        return loader.load(Optional.of(f), Map.of());
    }

    @Test
    void theDocumentedFileAndAbsentKeysGiveTheDefaults() throws IOException {
        QueueRules documented = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of())
                .hospital().rules();
        assertThat(documented).isEqualTo(QueueRules.defaults());
        assertThat(load("").hospital().rules()).isEqualTo(QueueRules.defaults());
    }

    @Test
    void readsEveryKey() throws IOException {
        QueueRules r = load("queueRules: { maxPriorityRun: 3, skipAfterRecalls: 0, elderlyAge: 80, childAge: 5 }\n")
                .hospital().rules();
        assertThat(r.maxPriorityRun()).isEqualTo(3);
        assertThat(r.skipAfterRecalls()).isZero();
        assertThat(r.ages().elderlyAge()).isEqualTo(80);
        assertThat(r.ages().childAge()).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "queueRules: { maxPriorityRun: 0 }|queueRules.maxPriorityRun",
            "queueRules: { skipAfterRecalls: -1 }|queueRules.skipAfterRecalls",
            "queueRules: { elderlyAge: 6, childAge: 6 }|queueRules.elderlyAge/childAge",
            "queueRules: { maxPriorityRun: two }|maxPriorityRun",
            "queueRules: { priorityRun: 2 }|priorityRun"})
    void rejectsBadValuesNamingTheKey(String yaml, String key) {
        assertThatThrownBy(() -> load(yaml + "\n")).isInstanceOf(ConfigException.class).hasMessageContaining(key);
    }
}
