package vn.tiepdon.server.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.tiepdon.core.api.ChipReading;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.identity.PartialDate;

/**
 * Turns what a kiosk read from a CCCD chip into the identity the pipeline looks up. The server
 * checks the values again (the 12-digit number by the same rules as a typed one, real dates) and
 * keeps the kiosk's passive-authentication verdict with the ticket.
 */
final class ChipIdentities {
    private final IdentityParser parser;

    ChipIdentities(IdentityParser parser) {
        this.parser = parser;
    }

    IdentityDocument toDocument(ChipReading chip) {
        ParseResult number = parser.parse(chip.idNumber());
        if (!(number instanceof ParseResult.Recognised r) || r.document().kind() != DocumentKind.CCCD_NUMBER) {
            throw new UnrecognisedCodeException("chip: the ID number is not a 12-digit CCCD number");
        }
        if (chip.fullName().isBlank()) {
            throw new UnrecognisedCodeException("chip: the name is empty");
        }
        return IdentityDocument.builder(DocumentKind.CCCD_CHIP)
                .idNumber(chip.idNumber())
                .oldIdNumber(chip.oldIdNumber().filter(s -> !s.isBlank()).orElse(null))
                .fullName(chip.fullName().trim())
                .dateOfBirth(PartialDate.of(date("birth date", chip.dateOfBirth())))
                .sex(chip.sex().orElse(null))
                .address(chip.address().filter(s -> !s.isBlank()).orElse(null))
                .issueDate(chip.issueDate().map(d -> date("issue date", d)).orElse(null))
                .build();
    }

    private static LocalDate date(String what, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnrecognisedCodeException("chip: the " + what + " is not a yyyy-MM-dd date");
        }
    }
}
