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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code access.*} keys, {@code client.tokenFile} and {@code TIEPDON_ADMIN_PASSWORD}. */
class AccessConfigTest {
    private static final String QUEUE = "queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n";
    final ConfigLoader loader = new ConfigLoader();
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("tiepdon.yaml");
        Files.writeString(f, QUEUE + yaml, StandardCharsets.UTF_8);
        return f;
    }

    private Settings load(String yaml, Map<String, String> env) throws IOException {
        return loader.load(Optional.of(write(yaml)), env);
    }

    @Test
    void theDocumentedFileGivesTheDefaults() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.access().lockoutAttempts()).isEqualTo(5);
        assertThat(s.access().lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.access().sessionTtl()).isEqualTo(Duration.ofHours(8));
        assertThat(s.access().bootstrapAdminPassword()).isEmpty();
        assertThat(s.tokenFile()).isEmpty();
    }

    @Test
    void absentKeysTakeTheSameDefaults() throws IOException {
        Settings s = load("", Map.of());
        assertThat(s.access().lockoutAttempts()).isEqualTo(5);
        assertThat(s.access().lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.access().sessionTtl()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void readsLockoutAndSessionLength() throws IOException {
        Settings s = load("access:\n  lockout: { attempts: 3, duration: \"30m\" }\n  sessionTtl: \"12h\"\n", Map.of());
        assertThat(s.access().lockoutAttempts()).isEqualTo(3);
        assertThat(s.access().lockoutDuration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.access().sessionTtl()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void theAdminPasswordComesFromTheEnvironmentAndIsNeverPrinted() throws IOException {
        Settings s = load("", Map.of("TIEPDON_ADMIN_PASSWORD", "correct horse"));
        assertThat(s.access().bootstrapAdminPassword()).contains("correct horse");
        assertThat(s.toString()).doesNotContain("correct horse");
        s.checkAdminPassword();
    }

    @Test
    void aShortAdminPasswordStopsTheServerWithAClearMessage() throws IOException {
        Settings s = load("", Map.of("TIEPDON_ADMIN_PASSWORD", "abc1234"));
        assertThatThrownBy(s::checkAdminPassword)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TIEPDON_ADMIN_PASSWORD is too short (7 characters)")
                .hasMessageContaining("at least 8 characters")
                .hasMessageContaining("does not start")
                .hasMessageNotContaining("abc1234");
    }

    @Test
    void anEmptyAdminPasswordIsNoPassword() throws IOException {
        Settings s = load("", Map.of("TIEPDON_ADMIN_PASSWORD", ""));
        assertThat(s.access().bootstrapAdminPassword()).isEmpty();
        s.checkAdminPassword();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("access:\n  lockout: { attempts: 0 }", "'access.lockout.attempts' must be 1-100"),
                Arguments.of("access:\n  lockout: { attempts: 101 }", "'access.lockout.attempts' must be 1-100"),
                Arguments.of("access:\n  lockout: { attempts: many }", "bad value at 'access.lockout.attempts'"),
                Arguments.of("access:\n  lockout: { duration: \"15\" }",
                        "'access.lockout.duration' must be a duration like"),
                Arguments.of("access:\n  lockout: { duration: soon }",
                        "'access.lockout.duration' must be a duration like"),
                Arguments.of("access:\n  lockout: { duration: 0s }", "'access.lockout.duration' must be more than 0"),
                Arguments.of("access:\n  lockout: { duration: -5m }", "'access.lockout.duration' must be more than 0"),
                Arguments.of("access:\n  sessionTtl: 8 hours",
                        "'access.sessionTtl' must be a duration like 500ms, 4s, 1m or 8h"),
                Arguments.of("access:\n  sessionTtl: 200h", "'access.sessionTtl' must be more than 0 and at most 7 days"),
                Arguments.of("access:\n  sessionTTL: 8h", "unknown key 'access.sessionTTL'"),
                Arguments.of("access:\n  lockout: { tries: 3 }", "unknown key 'access.lockout.tries'"),
                Arguments.of("client:\n  tokenFile: \"  \"", "'client.tokenFile' is empty"),
                Arguments.of("client:\n  tokenfile: /etc/t", "unknown key 'client.tokenfile'"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void rejectsBadAccessValuesByTheirKeyPath(String yaml, String message) throws IOException {
        Path f = write(yaml + "\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void readsTheTokenFileWithTheHomeExpanded() throws IOException {
        Settings s = load("client:\n  tokenFile: \"~/.tiepdon/device-token\"\n", Map.of());
        assertThat(s.tokenFile()).contains(Path.of(System.getProperty("user.home"), ".tiepdon", "device-token"));
        Settings absolute = load("client:\n  tokenFile: \"/etc/tiepdon/kiosk-1.token\"\n", Map.of());
        assertThat(absolute.tokenFile()).contains(Path.of("/etc/tiepdon/kiosk-1.token"));
    }

    @Test
    void hoursAreADurationForEveryDurationKey() throws IOException {
        Settings s = load("gateway:\n  breaker: { openFor: \"1h\" }\n", Map.of());
        assertThat(s.breaker().openFor()).isEqualTo(Duration.ofHours(1));
    }
}
