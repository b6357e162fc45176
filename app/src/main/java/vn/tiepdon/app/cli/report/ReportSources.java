package vn.tiepdon.app.cli.report;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.app.cli.DeviceTokenCommand;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.client.ApiException;

/** Opens the source a report's options name, or says in one line why it cannot. */
public final class ReportSources {
    private ReportSources() {
    }

    /** Why a source could not be opened, to print as it is. */
    public static final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }

    /**
     * {@code --server}: logs in as {@code --user} with the password from
     * {@code TIEPDON_ADMIN_PASSWORD} or the terminal; {@code --data}: opens the H2 file.
     */
    public static ReportSource open(ReportOptions options, Settings settings, Map<String, String> env,
                                    DeviceTokenCommand.PasswordPrompt prompt)
            throws ReportOptions.BadOption, Unavailable {
        Optional<String> server = options.server();
        if (server.isEmpty()) {
            try {
                return DataReportSource.open(options.data().orElseThrow(), settings.hospital().zone(),
                        settings.hospital().hospitalName() + " (" + settings.hospital().hospitalCode() + ")");
            } catch (IllegalArgumentException e) {
                throw new Unavailable(e.getMessage());
            } catch (RuntimeException e) {
                throw new Unavailable("cannot open the data in " + options.data().orElseThrow() + " ("
                        + e.getClass().getSimpleName() + "): is a server still running on it? Stop it, or use --server");
            }
        }
        String url = server.get();
        Optional<String> password = Optional.ofNullable(env.get(DeviceTokenCommand.PASSWORD_ENV))
                .filter(p -> !p.isEmpty())
                .or(() -> prompt.ask("Password of " + options.user() + " at " + url + ": ").map(typed -> {
                    String p = new String(typed);
                    Arrays.fill(typed, '\0');
                    return p;
                }).filter(p -> !p.isEmpty()));
        if (password.isEmpty()) {
            throw new Unavailable("no password: set " + DeviceTokenCommand.PASSWORD_ENV
                    + ", or run this command on a terminal to be asked for the password of '" + options.user() + "'");
        }
        try {
            return ServerReportSource.open(url, options.user(), password.get(), settings.clientTimeout());
        } catch (ApiException e) {
            throw new Unavailable(e.error().map(a -> "the server at " + url + " refused: " + a.error() + " ("
                    + a.message() + ")").orElse("cannot reach the server at " + url + " (" + e.getMessage()
                    + "): is it running?"));
        } catch (IllegalStateException e) {
            throw new Unavailable(e.getMessage());
        }
    }
}
