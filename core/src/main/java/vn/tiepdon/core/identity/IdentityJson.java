package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * The JSON shape of a document in the {@code parse} command: keys in a fixed order, absent when
 * unknown; {@code dateOfBirth} is {@code yyyy-MM-dd} or {@code yyyy}, other dates
 * {@code yyyy-MM-dd}, {@code benefitLevel} an integer, enums by name, {@code unknownFields} an
 * array of strings (the 2024 Căn cước QR's fields after the known ones).
 */
public final class IdentityJson {

    private IdentityJson() {
    }

    public static LinkedHashMap<String, Object> toMap(IdentityDocument d) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("kind", d.kind().name());
        put(map, "idNumber", d.idNumber());
        put(map, "oldIdNumber", d.oldIdNumber());
        put(map, "fullName", d.fullName());
        put(map, "dateOfBirth", d.dateOfBirth().map(PartialDate::toString));
        put(map, "sex", d.sex().map(Sex::name));
        put(map, "address", d.address());
        put(map, "issueDate", d.issueDate().map(LocalDate::toString));
        put(map, "cardNumber", d.cardNumber());
        d.benefitLevel().ifPresent(level -> map.put("benefitLevel", level));
        put(map, "provinceCode", d.provinceCode());
        put(map, "socialInsuranceNumber", d.socialInsuranceNumber());
        put(map, "registeredFacility", d.registeredFacility());
        put(map, "validFrom", d.validFrom().map(LocalDate::toString));
        put(map, "validTo", d.validTo().map(LocalDate::toString));
        put(map, "fiveYearDate", d.fiveYearDate().map(LocalDate::toString));
        put(map, "expiryDate", d.expiryDate().map(LocalDate::toString));
        put(map, "field7", d.field7().map(QrDateMeaning::name));
        if (!d.unknownFields().isEmpty()) {
            map.put("unknownFields", d.unknownFields());
        }
        return map;
    }

    /**
     * The {@code read-card} shape of a chip identity: {@link #toMap(IdentityDocument)} and the DG13
     * extras {@code nationality}, {@code ethnicity}, {@code religion}, {@code hometown},
     * {@code identifyingMarks}, {@code fatherName}, {@code motherName}, {@code spouseName},
     * {@code expiryDate} ({@code yyyy-MM-dd}; absent and {@code lifetime: true} for a card without
     * expiry), {@code field15}, {@code field16}.
     */
    public static LinkedHashMap<String, Object> toMap(ChipIdentity identity) {
        LinkedHashMap<String, Object> map = toMap(identity.document());
        ChipDetails x = identity.details();
        put(map, "nationality", x.nationality());
        put(map, "ethnicity", x.ethnicity());
        put(map, "religion", x.religion());
        put(map, "hometown", x.hometown());
        put(map, "identifyingMarks", x.identifyingMarks());
        put(map, "fatherName", x.fatherName());
        put(map, "motherName", x.motherName());
        put(map, "spouseName", x.spouseName());
        x.validity().ifPresent(v -> {
            if (v instanceof CardValidity.Until until) {
                map.put("expiryDate", until.expiry().toString());
            } else {
                map.put("lifetime", true);
            }
        });
        put(map, "field15", x.field15());
        put(map, "field16", x.field16());
        return map;
    }

    /**
     * The {@code parse} shape of a code refused by its kind: {@code kind}, {@code refused: true},
     * and for a ticket {@code ticketNumber} and {@code ticketDay} ({@code yyyy-MM-dd}, absent for
     * the old slip format).
     */
    public static LinkedHashMap<String, Object> toMap(RefusedCode refused) {
        LinkedHashMap<String, Object> map = new LinkedHashMap<>();
        map.put("kind", refused.kind().name());
        map.put("refused", true);
        refused.ticket().ifPresent(t -> {
            put(map, "ticketDay", t.day().map(LocalDate::toString));
            map.put("ticketNumber", t.number());
        });
        return map;
    }

    private static void put(LinkedHashMap<String, Object> map, String key, Optional<String> value) {
        value.ifPresent(v -> map.put(key, v));
    }
}
