package vn.tiepdon.devices.smartcard;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields of a Vietnamese DG13 by field number (1..16; other numbers are kept as found). A
 * field holds one value, or several for the nested ones (13: father, mother; 14: spouse).
 */
public record Dg13Fields(Map<Integer, List<String>> fields) {

    public static final int ID_NUMBER = 1;
    public static final int FULL_NAME = 2;
    public static final int BIRTH_DATE = 3;
    public static final int SEX = 4;
    public static final int NATIONALITY = 5;
    public static final int ETHNICITY = 6;
    public static final int RELIGION = 7;
    public static final int HOMETOWN = 8;
    public static final int RESIDENCE = 9;
    public static final int IDENTIFYING_MARKS = 10;
    public static final int ISSUE_DATE = 11;
    public static final int EXPIRY_DATE = 12;
    public static final int PARENTS = 13;
    public static final int SPOUSE = 14;
    public static final int OTHER_DOCUMENT = 15;
    public static final int FIELD_16 = 16;

    public Dg13Fields {
        TreeMap<Integer, List<String>> copy = new TreeMap<>();
        fields.forEach((n, values) -> copy.put(n, List.copyOf(values)));
        fields = Collections.unmodifiableMap(copy);
    }

    /** The first value of a field, when present and not blank. */
    public Optional<String> first(int field) {
        return value(field, 0);
    }

    public Optional<String> value(int field, int index) {
        List<String> values = fields.getOrDefault(field, List.of());
        return index < values.size() ? Optional.of(values.get(index).strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
    }
}
