package vn.tiepdon.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tiepdon.app.cli.BenchCommand;
import vn.tiepdon.app.cli.BhxhSimCommand;
import vn.tiepdon.app.cli.DecodeImageCommand;
import vn.tiepdon.app.cli.DemoCommand;
import vn.tiepdon.app.cli.DeskCommand;
import vn.tiepdon.app.cli.DeviceTokenCommand;
import vn.tiepdon.app.cli.DisplayCommand;
import vn.tiepdon.app.cli.KioskCommand;
import vn.tiepdon.app.cli.LookupCommand;
import vn.tiepdon.app.cli.ParseCommand;
import vn.tiepdon.app.cli.PrintCommand;
import vn.tiepdon.app.cli.ReadCardCommand;
import vn.tiepdon.app.cli.ServerCommand;
import vn.tiepdon.app.config.ConfigException;

/** The one launcher: {@code ./tiepdon <command>}. */
@Command(name = "tiepdon", mixinStandardHelpOptions = true, version = "tiepdon 0.1.0",
        description = "Reception software for Vietnamese hospitals: kiosk check-in, BHYT lookup, queue, displays.",
        subcommands = {DemoCommand.class, ServerCommand.class, BhxhSimCommand.class, KioskCommand.class,
                DeskCommand.class, DisplayCommand.class, DeviceTokenCommand.class, ParseCommand.class, DecodeImageCommand.class,
                PrintCommand.class,
                LookupCommand.class, ReadCardCommand.class, BenchCommand.class, vn.tiepdon.app.cli.report.ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class Tiepdon implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (0 ok, 1 failure, 2 bad input or usage). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Tiepdon());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("tiepdon: configuration error: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("tiepdon: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }
}
