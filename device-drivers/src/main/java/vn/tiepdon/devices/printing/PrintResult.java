package vn.tiepdon.devices.printing;

import java.util.Objects;

public sealed interface PrintResult permits PrintResult.Printed, PrintResult.Failed {

    /** The printer took {@code bytes} bytes of ESC/POS. */
    record Printed(int bytes, String destination) implements PrintResult {
        public Printed {
            Objects.requireNonNull(destination);
        }
    }

    /** Nothing (or not all) was printed; {@code detail} is English, for logs. */
    record Failed(Failure failure, String detail) implements PrintResult {
        public Failed {
            Objects.requireNonNull(failure);
            Objects.requireNonNull(detail);
        }
    }

    enum Failure {
        PAPER_OUT("paper out"), COVER_OPEN("cover open"), OFFLINE("offline"), NO_ANSWER("no answer"),
        IO_ERROR("write failed");

        private final String reason;

        Failure(String reason) {
            this.reason = reason;
        }

        /** The printer's reason in a few English words, e.g. {@code paper out}. */
        public String reason() {
            return reason;
        }
    }
}
