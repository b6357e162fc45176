package vn.tiepdon.devices.smartcard;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.Sex;

/**
 * The person a generated card ({@link CccdCardBuilder}) belongs to: what the chip's DG1 and DG13
 * carry. The expiry follows from the birth and issue dates ({@link vn.tiepdon.core.identity.CccdValidityRule}).
 */
public record CardHolder(
        String idNumber,
        String fullName,
        LocalDate birthDate,
        Sex sex,
        String ethnicity,
        String religion,
        String hometown,
        String residence,
        String identifyingMarks,
        LocalDate issueDate,
        String fatherName,
        String motherName,
        Optional<String> spouseName,
        Optional<String> oldIdNumber,
        Optional<String> field16) {

    public CardHolder {
        Objects.requireNonNull(idNumber, "idNumber");
        if (!idNumber.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("a CCCD number has 12 digits");
        }
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(religion, "religion");
        Objects.requireNonNull(hometown, "hometown");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(identifyingMarks, "identifyingMarks");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(fatherName, "fatherName");
        Objects.requireNonNull(motherName, "motherName");
        Objects.requireNonNull(spouseName, "spouseName");
        Objects.requireNonNull(oldIdNumber, "oldIdNumber");
        Objects.requireNonNull(field16, "field16");
    }

    /** A holder with the usual values for the fields a demo does not care about. */
    public static CardHolder of(String idNumber, String fullName, LocalDate birthDate, Sex sex, String residence,
            LocalDate issueDate) {
        return new CardHolder(idNumber, fullName, birthDate, sex, "Kinh", "Không", "Hà Nội", residence,
                "Nốt ruồi C:1cm dưới trước mép trái", issueDate, "Nguyễn Văn Bình", "Trần Thị Cúc",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CardHolder withIssueDate(LocalDate date) {
        return new CardHolder(idNumber, fullName, birthDate, sex, ethnicity, religion, hometown, residence,
                identifyingMarks, date, fatherName, motherName, spouseName, oldIdNumber, field16);
    }

    public CardHolder withFields14To16(Optional<String> spouse, Optional<String> oldId, Optional<String> f16) {
        return new CardHolder(idNumber, fullName, birthDate, sex, ethnicity, religion, hometown, residence,
                identifyingMarks, issueDate, fatherName, motherName, spouse, oldId, f16);
    }
}
