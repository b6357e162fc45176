package vn.tiepdon.app.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;

/** A running server's figures over HTTP, logged in as an admin (logged out on close). */
public final class ServerReportSource implements ReportSource {
    private final HttpReceptionClient client;

    private ServerReportSource(HttpReceptionClient client) {
        this.client = client;
    }

    /**
     * Logs in at {@code url}.
     *
     * @throws vn.tiepdon.client.ApiException when the server cannot be reached or refuses the login
     * @throws IllegalStateException when the user is not an admin
     */
    public static ServerReportSource open(String url, String user, String password, Duration timeout) {
        HttpReceptionClient client = new HttpReceptionClient(List.of(url), Optional.empty(), timeout);
        try {
            Role role = client.login(user, password).role();
            if (role != Role.ADMIN) {
                throw new IllegalStateException("'" + user + "' is a " + role + ": reports need an ADMIN");
            }
            return new ServerReportSource(client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    @Override
    public LookupSuccess lookupSuccess(LocalDate from, LocalDate to) {
        return client.lookupSuccess(from, to);
    }

    @Override
    public QueueStats queueStats(LocalDate from, LocalDate to) {
        return client.queueStats(from, to);
    }

    @Override
    public void failedLookups(LocalDate from, LocalDate to, vn.tiepdon.core.api.ReportFormat format, boolean leaveOutSent,
                              OutputStream out)
            throws IOException {
        client.failedLookupsReport(from, to,
                format, leaveOutSent, out);
    }

    @Override
    public void close() {
        try {
            client.logout();
        } catch (RuntimeException e) {
            // the session ends by itself after access.sessionTtl
        } finally {
            client.close();
        }
    }
}
