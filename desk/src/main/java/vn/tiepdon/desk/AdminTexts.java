package vn.tiepdon.desk;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Numbers, rates, minutes and dates of the admin view written the way of the desk's language
 * ({@code 13.093} and {@code 87,4 %} in Vietnamese, {@code 13,093} and {@code 87.4%} in English).
 */
final class AdminTexts {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final DeskMessages messages;
    private final NumberFormat whole;
    private final DecimalFormat oneDecimal;

    AdminTexts(DeskMessages messages) {
        this.messages = Objects.requireNonNull(messages);
        this.whole = NumberFormat.getIntegerInstance(messages.locale());
        this.whole.setGroupingUsed(true);
        this.oneDecimal = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(messages.locale()));
    }

    DeskMessages messages() {
        return messages;
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    String count(long n) {
        return whole.format(n);
    }

    /** A share (0..1) as a percentage with one decimal: "87,4 %". */
    String percent(double share) {
        return messages.text("admin.percent", oneDecimal.format(share * 100));
    }

    /** Seconds as minutes with one decimal: "12,5". */
    String minutes(long seconds) {
        return oneDecimal.format(seconds / 60.0);
    }

    String date(LocalDate date) {
        return DATE.format(date);
    }

    String day(LocalDate date) {
        return DAY.format(date);
    }
}
