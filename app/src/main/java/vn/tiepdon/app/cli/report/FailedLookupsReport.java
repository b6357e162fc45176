package vn.tiepdon.app.cli.report;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report failed-lookups}: not built yet (issue 10). */
@Command(name = "failed-lookups", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class FailedLookupsReport implements Callable<Integer> {
    @Mixin
    ReportOptions options;

    @Override
    public Integer call() {
        System.err.println("tiepdon report failed-lookups: not built yet");
        return 2;
    }
}
