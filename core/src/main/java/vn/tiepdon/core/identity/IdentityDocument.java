package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One identity as read from a card, a QR or typed digits. A field is empty when the source does
 * not carry it. Field names follow the {@code parse} JSON contract.
 *
 * <p>{@code expiryDate}: the card's expiry when the QR carries it (the 8-field CCCD QR, a VNeID
 * QR whose field 7 is the expiry). {@code field7}: what field 7 of a CCCD-layout QR turned out to
 * be ({@link QrDateMeaning}). {@code unknownFields}: the fields after the known ones of a 2024
 * Căn cước QR, as scanned (their meaning is not published; they are kept, never interpreted).
 */
public record IdentityDocument(
        DocumentKind kind,
        Optional<String> idNumber,
        Optional<String> oldIdNumber,
        Optional<String> fullName,
        Optional<PartialDate> dateOfBirth,
        Optional<Sex> sex,
        Optional<String> address,
        Optional<LocalDate> issueDate,
        Optional<String> cardNumber,
        OptionalInt benefitLevel,
        Optional<String> provinceCode,
        Optional<String> socialInsuranceNumber,
        Optional<String> registeredFacility,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo,
        Optional<LocalDate> fiveYearDate,
        Optional<LocalDate> expiryDate,
        Optional<QrDateMeaning> field7,
        List<String> unknownFields) {

    public IdentityDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(oldIdNumber, "oldIdNumber");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(benefitLevel, "benefitLevel");
        Objects.requireNonNull(provinceCode, "provinceCode");
        Objects.requireNonNull(socialInsuranceNumber, "socialInsuranceNumber");
        Objects.requireNonNull(registeredFacility, "registeredFacility");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(fiveYearDate, "fiveYearDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(field7, "field7");
        unknownFields = List.copyOf(unknownFields);
    }

    public static Builder builder(DocumentKind kind) {
        return new Builder(kind);
    }

    /**
     * The value the BHXH gateway takes in {@code maThe}: the BHYT card number when known,
     * otherwise the 12-digit CCCD number.
     */
    public Optional<String> gatewayCardKey() {
        return cardNumber.or(() -> idNumber);
    }

    /** Mutable builder; {@code null} leaves a field empty. */
    public static final class Builder {
        private final DocumentKind kind;
        private String idNumber;
        private String oldIdNumber;
        private String fullName;
        private PartialDate dateOfBirth;
        private Sex sex;
        private String address;
        private LocalDate issueDate;
        private String cardNumber;
        private Integer benefitLevel;
        private String provinceCode;
        private String socialInsuranceNumber;
        private String registeredFacility;
        private LocalDate validFrom;
        private LocalDate validTo;
        private LocalDate fiveYearDate;
        private LocalDate expiryDate;
        private QrDateMeaning field7;
        private List<String> unknownFields = List.of();

        private Builder(DocumentKind kind) {
            this.kind = Objects.requireNonNull(kind);
        }

        public Builder idNumber(String v) { this.idNumber = v; return this; }
        public Builder oldIdNumber(String v) { this.oldIdNumber = v; return this; }
        public Builder fullName(String v) { this.fullName = v; return this; }
        public Builder dateOfBirth(PartialDate v) { this.dateOfBirth = v; return this; }
        public Builder sex(Sex v) { this.sex = v; return this; }
        public Builder address(String v) { this.address = v; return this; }
        public Builder issueDate(LocalDate v) { this.issueDate = v; return this; }
        public Builder cardNumber(String v) { this.cardNumber = v; return this; }
        public Builder benefitLevel(Integer v) { this.benefitLevel = v; return this; }
        public Builder provinceCode(String v) { this.provinceCode = v; return this; }
        public Builder socialInsuranceNumber(String v) { this.socialInsuranceNumber = v; return this; }
        public Builder registeredFacility(String v) { this.registeredFacility = v; return this; }
        public Builder validFrom(LocalDate v) { this.validFrom = v; return this; }
        public Builder validTo(LocalDate v) { this.validTo = v; return this; }
        public Builder fiveYearDate(LocalDate v) { this.fiveYearDate = v; return this; }
        public Builder expiryDate(LocalDate v) { this.expiryDate = v; return this; }
        public Builder field7(QrDateMeaning v) { this.field7 = v; return this; }
        public Builder unknownFields(List<String> v) { this.unknownFields = List.copyOf(v); return this; }

        public IdentityDocument build() {
            return new IdentityDocument(kind, Optional.ofNullable(idNumber), Optional.ofNullable(oldIdNumber),
                    Optional.ofNullable(fullName), Optional.ofNullable(dateOfBirth), Optional.ofNullable(sex),
                    Optional.ofNullable(address), Optional.ofNullable(issueDate), Optional.ofNullable(cardNumber),
                    benefitLevel == null ? OptionalInt.empty() : OptionalInt.of(benefitLevel),
                    Optional.ofNullable(provinceCode), Optional.ofNullable(socialInsuranceNumber),
                    Optional.ofNullable(registeredFacility), Optional.ofNullable(validFrom),
                    Optional.ofNullable(validTo), Optional.ofNullable(fiveYearDate), Optional.ofNullable(expiryDate),
                    Optional.ofNullable(field7), unknownFields);
        }
    }
}
