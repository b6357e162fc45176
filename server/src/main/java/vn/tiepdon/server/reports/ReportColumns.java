package vn.tiepdon.server.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's columns, the same in the XLSX and the CSV: their Vietnamese titles and each row's
 * cells. Times are shown in the hospital's zone ({@code dd/MM/yyyy HH:mm:ss}), dates {@code dd/MM/yyyy};
 * numbers (CCCD, BHYT) as text so their leading zeros stay.
 */
final class ReportColumns {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> KEYS = List.of("stt", "lookupId", "time", "kiosk", "method", "cccd", "bhyt",
            "name", "birthDate", "sex", "sentCard", "sentName", "sentBirthDate", "code", "meaning", "gatewayMessage",
            "override", "overrideBy", "overrideAt", "notes", "sentToBhxh");

    private final ReportTexts texts;
    private final ZoneId zone;

    ReportColumns(ReportTexts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
    }

    List<String> titles() {
        return KEYS.stream().map(k -> texts.text("column." + k)).toList();
    }

    /** The cells of row number {@code stt} (from 1): {@link Long} for the two numbers, else text ("" when empty). */
    List<Object> cells(long stt, FailedLookupRow r) {
        List<Object> out = new ArrayList<>(KEYS.size());
        out.add(stt);
        out.add(r.lookupId());
        out.add(time(r.at()));
        out.add(r.kioskId());
        out.add(texts.text("method." + r.method().name()));
        out.add(r.cccdNumber().orElse(""));
        out.add(r.bhytNumber().orElse(""));
        out.add(r.fullName().orElse(""));
        out.add(r.birthDate().map(ReportColumns::birthDate).orElse(""));
        out.add(r.sex().map(s -> texts.text("sex." + s.name())).orElse(""));
        out.add(r.sentCardKey().orElse(""));
        out.add(r.sentName().orElse(""));
        out.add(r.sentBirthDate().orElse(""));
        out.add(r.code());
        out.add(r.meaning());
        out.add(r.gatewayMessage().orElse(""));
        out.add(r.override().orElse(""));
        out.add(r.overrideBy().orElse(""));
        out.add(r.overrideAt().map(this::time).orElse(""));
        out.add(r.notes().orElse(""));
        out.add(r.sentOn().map(DAY::format).orElse(""));
        return out;
    }

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** {@code yyyy-MM-dd} as {@code dd/MM/yyyy}; a year alone stays as it is. */
    static String birthDate(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            return iso.substring(8, 10) + "/" + iso.substring(5, 7) + "/" + iso.substring(0, 4);
        }
        return iso;
    }

    static String text(Optional<String> value) {
        return value.orElse("");
    }
}
