package vn.tiepdon.devices.printing;

import java.util.Optional;

/** Whether a printer in a given status may be sent a ticket; the failure when not. */
final class StatusGate {

    private StatusGate() {
    }

    /**
     * Empty when the ticket may be sent. {@code answerRequired}: a printer that does not answer
     * ({@code UNKNOWN}) is refused too, as on a serial line where silence means nothing is there.
     */
    static Optional<PrintResult.Failed> refusal(PrinterStatus status, String destination, boolean answerRequired) {
        return switch (status) {
            case PAPER_OUT -> Optional.of(new PrintResult.Failed(PrintResult.Failure.PAPER_OUT,
                    "paper end reported by " + destination));
            case COVER_OPEN -> Optional.of(new PrintResult.Failed(PrintResult.Failure.COVER_OPEN,
                    "cover open reported by " + destination));
            case OFFLINE -> Optional.of(new PrintResult.Failed(PrintResult.Failure.OFFLINE,
                    "offline reported by " + destination));
            case UNKNOWN -> answerRequired ? Optional.of(new PrintResult.Failed(PrintResult.Failure.NO_ANSWER,
                    "no answer to DLE EOT from " + destination)) : Optional.empty();
            case READY, PAPER_NEAR_END -> Optional.empty();
        };
    }
}
