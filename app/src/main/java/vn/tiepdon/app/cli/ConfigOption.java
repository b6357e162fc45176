package vn.tiepdon.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.ConfigLoader;
import vn.tiepdon.app.config.Settings;

/** {@code --config FILE}, shared by every command that reads the configuration. */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "configuration file (default: config/tiepdon.yaml if present, else the built-in defaults)")
    Path file;

    public Settings load() {
        return new ConfigLoader().load(Optional.ofNullable(file), System.getenv());
    }
}
