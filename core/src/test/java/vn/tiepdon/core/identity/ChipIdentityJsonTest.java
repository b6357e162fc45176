package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChipIdentityJsonTest {

    @Test
    void chipMapKeepsTheParseNamesAndAddsTheDg13Fields() {
        IdentityDocument doc = IdentityDocument.builder(DocumentKind.CCCD_CHIP).idNumber("079090001234")
                .fullName("Nguyễn Văn An").dateOfBirth(PartialDate.of(LocalDate.of(1990, 8, 15))).sex(Sex.MALE)
                .build();
        ChipDetails details = new ChipDetails(Optional.of("Việt Nam"), Optional.of("Kinh"), Optional.of("Không"),
                Optional.of("Huế"), Optional.of("Nốt ruồi"), Optional.of(new CardValidity.Until(LocalDate.of(2030, 8, 15))),
                Optional.of("Nguyễn Văn Bình"), Optional.of("Trần Thị Cúc"), Optional.empty(), Optional.empty(),
                Optional.empty());

        var map = IdentityJson.toMap(new ChipIdentity(doc, details));

        assertThat(map).containsEntry("kind", "CCCD_CHIP").containsEntry("idNumber", "079090001234")
                .containsEntry("dateOfBirth", "1990-08-15").containsEntry("ethnicity", "Kinh")
                .containsEntry("hometown", "Huế").containsEntry("identifyingMarks", "Nốt ruồi")
                .containsEntry("fatherName", "Nguyễn Văn Bình").containsEntry("motherName", "Trần Thị Cúc")
                .containsEntry("expiryDate", "2030-08-15").doesNotContainKey("spouseName")
                .doesNotContainKey("lifetime");
    }

    @Test
    void lifetimeCardHasNoExpiryDateButLifetimeTrue() {
        IdentityDocument doc = IdentityDocument.builder(DocumentKind.CCCD_CHIP).idNumber("079090001234").build();
        ChipDetails details = new ChipDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new CardValidity.Lifetime()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(IdentityJson.toMap(new ChipIdentity(doc, details)))
                .containsEntry("lifetime", true).doesNotContainKey("expiryDate");
    }
}
