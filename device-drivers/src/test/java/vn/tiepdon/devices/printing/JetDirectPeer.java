package vn.tiepdon.devices.printing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A raw-port (9100) printer on 127.0.0.1 for tests: answers {@code DLE EOT n} with the byte given
 * for {@code n} (stays silent for any other n), then takes everything else as the print job until
 * the client closes. Each connection's requests and job are handed to {@link #nextConnection()}.
 */
final class JetDirectPeer implements AutoCloseable {

    /** What one connection sent: the {@code n} of each status request, then the job bytes. */
    record Connection(List<Integer> statusRequests, byte[] job) {
    }

    private final ServerSocket server;
    private final Map<Integer, Integer> replies;
    private final boolean resetAfterFirstJobByte;
    private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    private JetDirectPeer(Map<Integer, Integer> replies, boolean resetAfterFirstJobByte) throws IOException {
        this.server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.replies = Map.copyOf(replies);
        this.resetAfterFirstJobByte = resetAfterFirstJobByte;
        this.acceptor = new Thread(this::serve, "jetdirect-peer");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** {@code replies}: status request n → reply byte; a missing n is never answered. */
    static JetDirectPeer answering(Map<Integer, Integer> replies) throws IOException {
        return new JetDirectPeer(replies, false);
    }

    /** Answers like {@link #answering}, then resets the connection as soon as the job starts. */
    static JetDirectPeer resettingDuringJob(Map<Integer, Integer> replies) throws IOException {
        return new JetDirectPeer(replies, true);
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next finished connection; waits generously so a loaded machine cannot fail the test. */
    Connection nextConnection() throws InterruptedException {
        Connection connection = connections.poll(30, TimeUnit.SECONDS);
        if (connection == null) {
            throw new AssertionError("no connection reached the peer");
        }
        return connection;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.add(handle(socket));
            } catch (IOException e) {
                // server closed, or the client went away: nothing more to record
            }
        }
    }

    private Connection handle(Socket socket) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream();
        List<Integer> requests = new ArrayList<>();
        ByteArrayOutputStream job = new ByteArrayOutputStream();
        while (true) {
            in.mark(3);
            int first = in.read();
            if (first < 0) {
                return new Connection(requests, job.toByteArray());
            }
            if (first == 0x10 && in.read() == 0x04) {
                int n = in.read();
                requests.add(n);
                if (replies.containsKey(n)) {
                    out.write(replies.get(n));
                    out.flush();
                }
                continue;
            }
            in.reset();
            break;
        }
        if (resetAfterFirstJobByte) {
            job.write(in.read());
            socket.setSoLinger(true, 0);
            return new Connection(requests, job.toByteArray());
        }
        in.transferTo(job);
        return new Connection(requests, job.toByteArray());
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
