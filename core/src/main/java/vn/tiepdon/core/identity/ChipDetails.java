package vn.tiepdon.core.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * What the chip's DG13 carries beyond {@link IdentityDocument}: fields 5–8, 10, 12, 13 and 14,
 * and fields 15 and 16 raw (their meaning differs between sources). Empty when the chip omits a
 * field.
 *
 * @param validity the card's expiry (field 12, or the MRZ when field 12 is absent)
 */
public record ChipDetails(
        Optional<String> nationality,
        Optional<String> ethnicity,
        Optional<String> religion,
        Optional<String> hometown,
        Optional<String> identifyingMarks,
        Optional<CardValidity> validity,
        Optional<String> fatherName,
        Optional<String> motherName,
        Optional<String> spouseName,
        Optional<String> field15,
        Optional<String> field16) {

    public ChipDetails {
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(religion, "religion");
        Objects.requireNonNull(hometown, "hometown");
        Objects.requireNonNull(identifyingMarks, "identifyingMarks");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(fatherName, "fatherName");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(spouseName, "spouseName");
        Objects.requireNonNull(field15, "field15");
        Objects.requireNonNull(field16, "field16");
    }

    public static ChipDetails none() {
        return new ChipDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
