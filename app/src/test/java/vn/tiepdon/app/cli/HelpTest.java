package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help with its usage, and exits 0 (issue 2's command-line contract). */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "server", "bhxh-sim", "kiosk", "desk", "display", "parse", "lookup",
        "read-card", "bench", "bench checkin", "bench lookup", "bench card", "bench queue"})
    void answersHelp(String command) {
        String[] words = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        ParseCommandTest.Run r = ParseCommandTest.run(words);
        assertThat(r.exit()).as(command).isZero();
        assertThat(r.out()).as(command).contains("Usage: tiepdon" + (command.isEmpty() ? "" : " " + command));
    }
}
