package vn.tiepdon.app.cli.report;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report queues}: not built yet (issue 10). */
@Command(name = "queues", mixinStandardHelpOptions = true, description = "Not built yet.")
public final class QueuesReport implements Callable<Integer> {
    @Mixin
    ReportOptions options;

    @Override
    public Integer call() {
        System.err.println("tiepdon report queues: not built yet");
        return 2;
    }
}
