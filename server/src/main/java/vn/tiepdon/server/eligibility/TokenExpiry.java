package vn.tiepdon.server.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the token's {@code expires_in} defensively: clients describe it as an ISO datetime, but
 * epoch seconds (or milliseconds) and a number of seconds to live (number or string) are handled
 * too. Datetimes without an offset are Vietnam time. Anything else means 10 minutes, the gateway's
 * documented default session.
 */
final class TokenExpiry {

    static final Duration DEFAULT_TTL = Duration.ofMinutes(10);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final BigDecimal EPOCH_SECONDS_FROM = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal EPOCH_MILLIS_FROM = BigDecimal.valueOf(1_000_000_000_000L);
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    private TokenExpiry() {
    }

    /** When the token expires, read from {@code expires_in} (which may be null or missing). */
    static Instant parse(JsonNode value, Instant now) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return now.plus(DEFAULT_TTL);
        }
        if (value.isNumber()) {
            return fromNumber(value.decimalValue(), now);
        }
        if (!value.isTextual()) {
            return now.plus(DEFAULT_TTL);
        }
        String text = value.asText().trim();
        if (text.matches("\\d+(\\.\\d+)?")) {
            return fromNumber(new BigDecimal(text), now);
        }
        return fromDateTime(text).orElse(now.plus(DEFAULT_TTL));
    }

    private static Instant fromNumber(BigDecimal number, Instant now) {
        if (number.signum() <= 0) {
            return now.plus(DEFAULT_TTL);
        }
        if (number.compareTo(EPOCH_MILLIS_FROM) >= 0) {
            return Instant.ofEpochMilli(number.longValue());
        }
        if (number.compareTo(EPOCH_SECONDS_FROM) >= 0) {
            return Instant.ofEpochSecond(number.longValue());
        }
        return now.plusSeconds(number.longValue());
    }

    private static Optional<Instant> fromDateTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the forms without an offset below
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(VIETNAM).toInstant());
            } catch (DateTimeParseException notThisForm) {
                // next form
            }
        }
        return Optional.empty();
    }
}
