package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tiepdon.core.identity.Samples.parser;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hospital's own ticket QR: written for the printer, recognised (and refused as an identity) by the parser. */
class TicketQrTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @Test
    void writesTheDayAndTheNumber() {
        assertThat(TicketQr.text(DAY, "A012")).isEqualTo("TIEPDON:TICKET:2026-03-14:A012");
    }

    @Test
    void readsBackWhatItWrites() {
        assertThat(TicketQr.read(TicketQr.text(DAY, "BC1234")))
                .contains(new TicketQr.Reference(Optional.of(DAY), "BC1234"));
    }

    @Test
    void readsTheOldSlipFormatWithoutADay() {
        assertThat(TicketQr.read("TD|42|A001")).contains(new TicketQr.Reference(Optional.empty(), "A001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a012", "012", "ABC012", "A01", "A0123456", "A 012", "A012:"})
    void refusesToWriteWhatIsNotATicketNumber(String number) {
        assertThatThrownBy(() -> TicketQr.text(DAY, number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theParserRefusesATicketAsAnIdentityAndNamesIt() {
        ParseResult result = parser().parse("]Q1" + TicketQr.text(DAY, "A012") + "\r\n");

        assertThat(result).isEqualTo(new ParseResult.Rejected(
                "a queue ticket of this hospital, not an identity: ticket A012",
                Optional.of(new RefusedCode(DocumentKind.TICKET_QR,
                        Optional.of(new TicketQr.Reference(Optional.of(DAY), "A012"))))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "TIEPDON:TICKET:2026-02-30:A012",
            "TIEPDON:TICKET:20260314:A012",
            "TIEPDON:TICKET:2026-03-14:",
            "TIEPDON:TICKET:2026-03-14:A012:X",
            "tiepdon:ticket:2026-03-14:a012",
            "TD|x|A001"})
    void aMalformedTicketQrIsRejectedAsSuch(String text) {
        ParseResult result = parser().parse(text);

        assertThat(result).isEqualTo(new ParseResult.Rejected(
                "ticket QR: not in the form TIEPDON:TICKET:yyyy-MM-dd:A012"));
    }
}
