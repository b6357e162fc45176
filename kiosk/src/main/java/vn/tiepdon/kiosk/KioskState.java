package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.ClinicDefinition;

/** What the kiosk shows. Texts are already in the patient's language. */
public sealed interface KioskState {

    /** The screen each state is drawn on. */
    enum Screen { IDLE, TYPING, CHECKING, CLINIC, PAYMENT, TICKET, REJECTED, SERVER_UNAVAILABLE }

    Screen screen();

    /** How long the screen stays before the kiosk goes back to idle by itself; empty: it stays. */
    default Optional<Duration> returnToIdleAfter() {
        return Optional.empty();
    }

    /**
     * Waiting for a card, a scan, or a touch on "type the number". {@code feePayingOffered}: the
     * hospital has a fee-paying queue, so the screen offers "Khám dịch vụ"; {@code feePayingChosen}:
     * the patient pressed it, and the next check-in goes to that queue.
     */
    record Idle(boolean feePayingOffered, boolean feePayingChosen) implements KioskState {
        /** The plain waiting screen. */
        public Idle() {
            this(false, false);
        }

        @Override
        public Screen screen() {
            return Screen.IDLE;
        }

        /** A patient's fee-paying choice lasts a minute: then the screen waits for the next patient. */
        @Override
        public Optional<Duration> returnToIdleAfter() {
            return feePayingChosen ? Optional.of(Duration.ofSeconds(60)) : Optional.empty();
        }
    }

    /**
     * The patient was identified and picks a clinic on big buttons (where the hospital registers at
     * the kiosk), or skips it; nothing is issued yet, so the time running out issues nothing.
     */
    record ChoosingClinic(List<ClinicDefinition> clinics) implements KioskState {
        public ChoosingClinic {
            clinics = List.copyOf(clinics);
        }

        @Override
        public Screen screen() {
            return Screen.CLINIC;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(60));
        }
    }

    /**
     * The ticket is issued, but the lookup says the BHYT card cannot be used: the patient chooses
     * a fee-paying visit or the reception desk; the slip prints once they choose (or, when the time
     * runs out, for the desk). {@code reason} is what the lookup means, in the patient's language.
     */
    record ChoosingPayment(long ticketId, String number, String reason) implements KioskState {
        public ChoosingPayment {
            Objects.requireNonNull(number);
            Objects.requireNonNull(reason);
        }

        @Override
        public Screen screen() {
            return Screen.PAYMENT;
        }

        @Override
        public Optional<Duration> returnToIdleAfter() {
            return Optional.of(Duration.ofSeconds(45));
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
     * kiosk's text for the lookup (or the fee-paying visit) in the patient's language;
     * {@code printerNotice} is set when the slip did not print, and then the number must stay on
     * screen longer. {@code clinic} and {@code room}: the clinic chosen and where to go ("Khám tại:
     * Phòng 101"); {@code choiceNotice}: the patient's fee-paying choice did not reach the server.
     */
    record Ticket(long ticketId, String number, String queueName, String instruction, LookupClass lookupClass,
                  String lookupLabel, boolean printed, Optional<String> printerNotice,
                  Optional<String> chipNotice, Optional<String> clinic, Optional<String> room,
                  Optional<String> choiceNotice) implements KioskState {
        public Ticket {
            Objects.requireNonNull(number);
            Objects.requireNonNull(queueName);
            Objects.requireNonNull(instruction);
            Objects.requireNonNull(lookupClass);
            Objects.requireNonNull(lookupLabel);
            Objects.requireNonNull(printerNotice);
            Objects.requireNonNull(chipNotice);
            Objects.requireNonNull(clinic);
            Objects.requireNonNull(room);
            Objects.requireNonNull(choiceNotice);
        }

        /** A ticket without a clinic or a failed choice. */
        public Ticket(long ticketId, String number, String queueName, String instruction, LookupClass lookupClass,
                      String lookupLabel, boolean printed, Optional<String> printerNotice,
                      Optional<String> chipNotice) {
            this(ticketId, number, queueName, instruction, lookupClass, lookupLabel, printed, printerNotice,
                    chipNotice, Optional.empty(), Optional.empty(), Optional.empty());
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
                    printerNotice, notice, clinic, room, choiceNotice);
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
