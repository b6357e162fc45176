package vn.tiepdon.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A local port nobody listens on: connecting to it is refused at once. */
final class DeadAddress {
    private DeadAddress() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url() {
        return "http://127.0.0.1:" + freePort() + "/";
    }
}
