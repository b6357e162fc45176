package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.tiepdon.bhxhsim.SimSettings;

/** The options of {@code bhxh-sim} give the simulator settings they say. */
class BhxhSimCommandTest {

    private static SimSettings settings(String... args) {
        BhxhSimCommand command = new BhxhSimCommand();
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }

    @Test
    void defaultsAreTheDemoWithoutQuotaFaultsOrOutage() {
        SimSettings s = settings();

        assertThat(s.quota()).isEqualTo(SimSettings.Quota.unlimited());
        assertThat(s.faults()).isEqualTo(SimSettings.Faults.none());
        assertThat(s.down()).isFalse();
    }

    @Test
    void quotaOptionsSetTheQuota() {
        SimSettings s = settings("--quota-per-minute", "30", "--quota-per-day", "2000", "--quota-restrict-for", "10m");

        assertThat(s.quota()).isEqualTo(new SimSettings.Quota(30, 2000, Duration.ofMinutes(10)));
        assertThat(settings("--quota-per-day", "5").quota().restrictFor()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void latencyOptionsOverrideTheFaultsJson() {
        SimSettings s = settings("--faults", "{\"latencyMillis\":1,\"jitterMillis\":2,\"timeoutRate\":0.1,"
                + "\"errorRate\":0,\"malformedRate\":0}", "--latency-ms", "5000", "--jitter-ms", "25000");

        assertThat(s.faults()).isEqualTo(new SimSettings.Faults(5000, 25000, 0.1, 0, 0));
        assertThat(settings("--latency-ms", "300").faults()).isEqualTo(new SimSettings.Faults(300, 0, 0, 0, 0));
    }

    @Test
    void downStartsInAnOutage() {
        assertThat(settings("--down").down()).isTrue();
    }

    @Test
    void refusesANegativeQuotaOrABadDuration() {
        assertThatThrownBy(() -> settings("--quota-per-minute", "-1"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("perMinute");
        assertThatThrownBy(() -> settings("--quota-restrict-for", "soon"))
                .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("not a duration");
    }

    @Test
    void readsDurations() {
        assertThat(BhxhSimCommand.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BhxhSimCommand.duration("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(BhxhSimCommand.duration("PT24H")).isEqualTo(Duration.ofHours(24));
    }
}
