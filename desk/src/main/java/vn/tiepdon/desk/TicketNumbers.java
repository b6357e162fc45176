package vn.tiepdon.desk;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tiepdon.core.queue.TicketNumbering;

/** A ticket number as a receptionist types it: {@code a12}, {@code A 012}, {@code A-012} are all {@code A012}. */
final class TicketNumbers {
    private static final Pattern TYPED = Pattern.compile("([A-Z]{1,2})0*(\\d{1,5})");

    private TicketNumbers() {
    }

    /** The number as the server writes it, or empty when {@code typed} is not a ticket number. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        Matcher m = TYPED.matcher(compact);
        if (!m.matches()) {
            return Optional.empty();
        }
        int sequence = Integer.parseInt(m.group(2));
        return sequence == 0 ? Optional.empty() : Optional.of(TicketNumbering.format(m.group(1), sequence));
    }
}
