package vn.tiepdon.app.cli.report;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report success}: not built yet (issue 10). */
@Command(name = "success", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class SuccessReport implements Callable<Integer> {
    @Mixin
    ReportOptions options;

    @Override
    public Integer call() {
        System.err.println("tiepdon report success: not built yet");
        return 2;
    }
}
