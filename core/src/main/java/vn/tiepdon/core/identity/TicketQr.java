package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The QR printed on the hospital's own queue ticket: the one place the printer (which writes it)
 * and the identity parser (which recognises it when a patient scans the slip at the kiosk) share.
 *
 * <p>Format: {@code TIEPDON:TICKET:<day>:<number>}, e.g. {@code TIEPDON:TICKET:2026-03-14:A012};
 * {@code day} is the ticket's day in the hospital's zone ({@code yyyy-MM-dd}), {@code number} the
 * ticket number as printed (one or two capital letters, then digits: {@code A012}). Only capital
 * letters, digits, {@code :} and {@code -}, so it fits the QR's compact alphanumeric mode. It
 * carries no personal data and no database id: day and number name the ticket, as the patient
 * would say it at the desk.
 *
 * <p>Slips printed before this format carried {@code TD|<ticket id>|<number>}; they are still
 * recognised as a ticket (without a day: the kiosk takes today).
 */
public final class TicketQr {

    /** What every ticket QR starts with. */
    public static final String PREFIX = "TIEPDON:TICKET:";

    private static final Pattern NUMBER = Pattern.compile("[A-Z]{1,2}[0-9]{3,6}");
    private static final Pattern CURRENT = Pattern.compile(
            Pattern.quote(PREFIX) + "(\\d{4}-\\d{2}-\\d{2}):([A-Z]{1,2}[0-9]{3,6})");
    private static final Pattern LEGACY = Pattern.compile("TD\\|[0-9]{1,18}\\|([A-Z]{1,2}[0-9]{3,6})");

    private TicketQr() {
    }

    /** The ticket a QR names. {@code day} is empty for a slip of the old {@code TD|…} format. */
    public record Reference(Optional<LocalDate> day, String number) {
        public Reference {
            Objects.requireNonNull(day);
            Objects.requireNonNull(number);
            if (!NUMBER.matcher(number).matches()) {
                throw new IllegalArgumentException("not a ticket number: " + number);
            }
        }
    }

    /**
     * The QR text of the ticket {@code number} of {@code day}.
     *
     * @throws IllegalArgumentException when {@code number} is not a ticket number ({@code A012})
     */
    public static String text(LocalDate day, String number) {
        Objects.requireNonNull(day);
        if (!NUMBER.matcher(number).matches()) {
            throw new IllegalArgumentException("not a ticket number: " + number);
        }
        return PREFIX + day + ":" + number;
    }

    /** True when the (cleaned) text is shaped like a ticket QR, whether or not it is well formed. */
    static boolean looksLike(String text) {
        return text.toUpperCase(Locale.ROOT).startsWith(PREFIX) || text.startsWith("TD|");
    }

    /** The ticket a QR names; empty when the text is not a well-formed ticket QR. */
    public static Optional<Reference> read(String text) {
        Matcher current = CURRENT.matcher(text);
        if (current.matches()) {
            try {
                return Optional.of(new Reference(Optional.of(LocalDate.parse(current.group(1))), current.group(2)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher legacy = LEGACY.matcher(text);
        if (legacy.matches()) {
            return Optional.of(new Reference(Optional.empty(), legacy.group(1)));
        }
        return Optional.empty();
    }
}
