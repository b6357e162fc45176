package vn.tiepdon.core.eligibility;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Times as the gateway writes them: {@code yyyyMMddHHmm}, local (Vietnam) time, no zone. */
public final class GatewayTimes {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);

    private GatewayTimes() {
    }

    /**
     * {@code text} read as {@code yyyyMMddHHmm} (spaces around it ignored); empty when it is not a
     * real time in that form (blank, wrong length, 13th month, 25th hour...).
     */
    public static Optional<LocalDateTime> minute(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (!t.matches("\\d{12}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(t, MINUTE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The gateway's form of {@code time} ({@code yyyyMMddHHmm}). */
    public static String format(LocalDateTime time) {
        return time.format(MINUTE);
    }
}
