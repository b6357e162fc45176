package vn.tiepdon.server.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A reply that is a file rather than JSON (a report): its content type, the file name offered to
 * save it as, and how to write it. The HTTP layer streams it to the client as it is written, so it
 * is never held whole in memory. Check the request before returning one: once writing has begun,
 * the status is sent and a failure can only cut the transfer short.
 */
public interface Download {
    String contentType();

    /** The name in {@code Content-Disposition: attachment; filename=...} (ASCII). */
    String fileName();

    void writeTo(OutputStream out) throws IOException;

    /** A download of these parts. */
    static Download of(String contentType, String fileName, Writer writer) {
        return new Download() {
            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                writer.write(out);
            }
        };
    }

    /** Writes the file. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
