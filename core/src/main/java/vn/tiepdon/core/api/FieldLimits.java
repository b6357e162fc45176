package vn.tiepdon.core.api;

import java.util.Optional;

/**
 * The longest value each text field of the API takes. The request records check them when they
 * are built, so an oversized field is refused with {@link ErrorCode#FIELD_TOO_LONG} before anything
 * else happens (no gateway call, no database write).
 */
public final class FieldLimits {
    /** Kiosk and other device ids. */
    public static final int DEVICE_ID = 64;
    /** A scanned or typed code: QR texts of CCCD, BHYT and VNeID are a few hundred characters. */
    public static final int CODE = 2_000;
    public static final int QUEUE_ID = 32;
    public static final int CLINIC_ID = 32;
    public static final int ID_NUMBER = 20;
    public static final int NAME = 200;
    public static final int ADDRESS = 500;
    /** A receptionist's note or reason. */
    public static final int NOTE = 500;
    /** Dates ({@code yyyy-MM-dd}) and short enumerations. */
    public static final int SHORT = 32;
    public static final int USER = 64;
    /** Passwords: long enough for a pass phrase, short enough that hashing one costs nothing extra. */
    public static final int PASSWORD = 256;

    private FieldLimits() {
    }

    /** {@code value}, which must be present and at most {@code max} characters long. */
    public static String required(String field, String value, int max) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return check(field, value, max);
    }

    /** {@code value}, which must be present. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException("field '" + field + "' is required");
        }
        return value;
    }

    /** {@code value} when it is at most {@code max} characters long (or null). */
    public static String check(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new FieldTooLongException(field, max, value.length());
        }
        return value;
    }

    /** {@code value} when absent or at most {@code max} characters long; null becomes empty. */
    public static Optional<String> check(String field, Optional<String> value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        value.ifPresent(v -> check(field, v, max));
        return value;
    }

    /** A text field longer than its limit. */
    public static final class FieldTooLongException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        public FieldTooLongException(String field, int max, int length) {
            super("field '" + field + "' is " + length + " characters long; at most " + max + " are allowed");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
