package vn.tiepdon.app.cli.report;

import picocli.CommandLine.Command;

/**
 * {@code report}: the admin's figures and the failed-lookup report for BHXH, from a running server
 * ({@code --server URL}, as an admin) or from the H2 data folder of a stopped one ({@code --data DIR}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Reports over a date range: lookup success rates, the failed lookups for BHXH (XLSX or CSV),",
                "queue statistics. From a running server (--server URL, logged in as an admin: password from",
                "TIEPDON_ADMIN_PASSWORD or asked) or from the H2 data folder of a stopped server (--data DIR).",
                "Exit 0 with the report, 2 on bad input or when the server or data cannot be read."},
        subcommands = {SuccessReport.class, FailedLookupsReport.class, QueuesReport.class})
public final class ReportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
