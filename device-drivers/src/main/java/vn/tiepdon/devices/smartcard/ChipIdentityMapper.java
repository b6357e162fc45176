package vn.tiepdon.devices.smartcard;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import net.sf.scuba.data.Gender;
import org.jmrtd.lds.icao.MRZInfo;
import vn.tiepdon.core.identity.CardValidity;
import vn.tiepdon.core.identity.ChipAccessKey;
import vn.tiepdon.core.identity.ChipDetails;
import vn.tiepdon.core.identity.ChipIdentity;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.identity.Sex;

/**
 * Maps DG1 (MRZ) and DG13 to the identity model of the QR. DG13 wins where both carry a field
 * (it has the Vietnamese spelling and four-digit years); the MRZ fills what DG13 lacks.
 * {@code oldIdNumber} is DG13 field 15 when it is a 9- or 12-digit number.
 */
final class ChipIdentityMapper {
    private static final DateTimeFormatter DG13_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter MRZ_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private ChipIdentityMapper() {
    }

    static ChipIdentity map(MRZInfo mrz, Dg13Fields f, LocalDate today) {
        Optional<String> id = f.first(Dg13Fields.ID_NUMBER).filter(s -> s.matches("[0-9]{12}"))
                .or(() -> idFromMrz(mrz));
        Optional<LocalDate> birth = f.first(Dg13Fields.BIRTH_DATE).flatMap(ChipIdentityMapper::dg13Date)
                .or(() -> mrzBirth(mrz.getDateOfBirth(), today));
        Optional<Sex> sex = f.first(Dg13Fields.SEX).flatMap(ChipIdentityMapper::sex).or(() -> sex(mrz.getGender()));
        IdentityDocument document = IdentityDocument.builder(DocumentKind.CCCD_CHIP)
                .idNumber(id.orElse(null))
                .oldIdNumber(f.first(Dg13Fields.OTHER_DOCUMENT).filter(s -> s.matches("[0-9]{9}|[0-9]{12}"))
                        .orElse(null))
                .fullName(f.first(Dg13Fields.FULL_NAME).orElseGet(() -> mrzName(mrz)))
                .dateOfBirth(birth.map(PartialDate::of).orElse(null))
                .sex(sex.orElse(null))
                .address(f.first(Dg13Fields.RESIDENCE).orElse(null))
                .issueDate(f.first(Dg13Fields.ISSUE_DATE).flatMap(ChipIdentityMapper::dg13Date).orElse(null))
                .build();
        Optional<CardValidity> validity = f.first(Dg13Fields.EXPIRY_DATE).flatMap(ChipIdentityMapper::validity)
                .or(() -> mrzValidity(mrz.getDateOfExpiry()));
        ChipDetails details = new ChipDetails(f.first(Dg13Fields.NATIONALITY), f.first(Dg13Fields.ETHNICITY),
                f.first(Dg13Fields.RELIGION), f.first(Dg13Fields.HOMETOWN), f.first(Dg13Fields.IDENTIFYING_MARKS),
                validity, f.value(Dg13Fields.PARENTS, 0), f.value(Dg13Fields.PARENTS, 1),
                f.first(Dg13Fields.SPOUSE), f.first(Dg13Fields.OTHER_DOCUMENT), f.first(Dg13Fields.FIELD_16));
        return new ChipIdentity(document, details);
    }

    private static Optional<String> idFromMrz(MRZInfo mrz) {
        String optional = mrz.getOptionalData1() == null ? "" : mrz.getOptionalData1();
        return optional.length() >= 12 && optional.substring(0, 12).matches("[0-9]{12}")
                ? Optional.of(optional.substring(0, 12)) : Optional.empty();
    }

    static Optional<LocalDate> dg13Date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DG13_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<CardValidity> validity(String text) {
        Optional<LocalDate> date = dg13Date(text);
        if (date.isPresent()) {
            return Optional.of(new CardValidity.Until(date.get()));
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return plain.contains("không thời hạn") ? Optional.of(new CardValidity.Lifetime()) : Optional.empty();
    }

    private static Optional<CardValidity> mrzValidity(String yymmdd) {
        if (yymmdd == null || yymmdd.equals(ChipAccessKey.FILLER_EXPIRY) || yymmdd.equals(ChipKeys.FAR_EXPIRY)) {
            return yymmdd == null ? Optional.empty() : Optional.of(new CardValidity.Lifetime());
        }
        try {
            LocalDate d = LocalDate.parse(yymmdd, MRZ_DATE);
            return Optional.of(new CardValidity.Until(d));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A two-digit birth year is in the past: 20YY when that is not after today, else 19YY. */
    private static Optional<LocalDate> mrzBirth(String yymmdd, LocalDate today) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            int month = Integer.parseInt(yymmdd.substring(2, 4));
            int day = Integer.parseInt(yymmdd.substring(4, 6));
            LocalDate d = LocalDate.of(2000 + yy, month, day);
            return Optional.of(d.isAfter(today) ? d.minusYears(100) : d);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Sex> sex(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return lower.equals("nam") ? Optional.of(Sex.MALE) : lower.equals("nữ") ? Optional.of(Sex.FEMALE)
                : Optional.empty();
    }

    private static Optional<Sex> sex(Gender gender) {
        return gender == Gender.MALE ? Optional.of(Sex.MALE)
                : gender == Gender.FEMALE ? Optional.of(Sex.FEMALE) : Optional.empty();
    }

    private static String mrzName(MRZInfo mrz) {
        String given = String.join(" ", mrz.getSecondaryIdentifierComponents()).strip();
        return (mrz.getPrimaryIdentifier().replace('<', ' ').strip() + " " + given).strip();
    }
}
