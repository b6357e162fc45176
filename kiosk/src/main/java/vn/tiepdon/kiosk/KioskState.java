package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;

/** What the kiosk shows. Texts are already in the patient's language. */
public sealed interface KioskState {

    /** The screen each state is drawn on. */
    enum Screen { IDLE, TYPING, CHECKING, TICKET, REJECTED, SERVER_UNAVAILABLE }

    Screen screen();

    /** How long the screen stays before the kiosk goes back to idle by itself; empty: it stays. */
    default Optional<Duration> returnToIdleAfter() {
        return Optional.empty();
    }

    /** Waiting for a card, a scan, or a touch on "type the number". */
    record Idle() implements KioskState {
        @Override
        public Screen screen() {
            return Screen.IDLE;
        }
    }

    /** The patient is typing a number on the keypad. */
    record Typing() implements KioskState {
        @Override
        public Screen screen() {
            return Screen.TYPING;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(60));
        }
    }

    /** A CCCD lies on the reader: the kiosk asks for the QR on its front, which opens the chip. */
    record CardOnReader(String message, String hint) implements KioskState {
        public CardOnReader {
            Objects.requireNonNull(message);
            Objects.requireNonNull(hint);
        }

        @Override
        public Screen screen() {
            return Screen.CHECKING;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(60));
        }
    }

    /** The code was recognised; the server is looking up the BHYT card and issuing the ticket. */
    record Checking(String message) implements KioskState {
        public Checking {
            Objects.requireNonNull(message);
        }

        @Override
        public Screen screen() {
            return Screen.CHECKING;
        }
    }

    /**
     * A ticket was issued. {@code chipNotice}: the CCCD chip on the reader could not be read (the
     * check-in went by QR or number), with the reason for the patient. {@code instruction} is the
     * server's Vietnamese text; {@code printerNotice}
     * is set when the slip did not print, and then the number must stay on screen longer.
     */
    record Ticket(long ticketId, String number, String queueName, String instruction, LookupClass lookupClass,
                  String lookupLabel, boolean printed, Optional<String> printerNotice,
                  Optional<String> chipNotice) implements KioskState {
        public Ticket {
            Objects.requireNonNull(number);
            Objects.requireNonNull(queueName);
            Objects.requireNonNull(instruction);
            Objects.requireNonNull(lookupClass);
            Objects.requireNonNull(lookupLabel);
            Objects.requireNonNull(printerNotice);
            Objects.requireNonNull(chipNotice);
        }

        /** A ticket with no chip involved. */
        public Ticket(long ticketId, String number, String queueName, String instruction, LookupClass lookupClass,
                      String lookupLabel, boolean printed, Optional<String> printerNotice) {
            this(ticketId, number, queueName, instruction, lookupClass, lookupLabel, printed, printerNotice,
                    Optional.empty());
        }

        /** The same ticket with a note that the CCCD chip on the reader could not be read (and why). */
        public Ticket withChipNotice(Optional<String> notice) {
            return new Ticket(ticketId, number, queueName, instruction, lookupClass, lookupLabel, printed,
                    printerNotice, notice);
        }

        @Override
        public Screen screen() {
            return Screen.TICKET;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(printed ? 15 : 30));
        }
    }

    /** The code was not recognised; {@code reason} is English, for the log only. */
    record Rejected(String title, String message, String reason) implements KioskState {
        public Rejected {
            Objects.requireNonNull(title);
            Objects.requireNonNull(message);
            Objects.requireNonNull(reason);
        }

        @Override
        public Screen screen() {
            return Screen.REJECTED;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(15));
        }
    }

    /** The server could not be reached or failed; the patient is sent to the counter. */
    record ServerUnavailable(String title, String message) implements KioskState {
        public ServerUnavailable {
            Objects.requireNonNull(title);
            Objects.requireNonNull(message);
        }

        @Override
        public Screen screen() {
            return Screen.SERVER_UNAVAILABLE;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(15));
        }
    }
}
