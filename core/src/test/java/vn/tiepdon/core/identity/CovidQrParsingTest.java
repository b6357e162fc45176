package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.parser;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The COVID-era personal QR (QĐ 1405/QĐ-BTTTT, 2021): recognised to be refused, never read as a CCCD. */
class CovidQrParsingTest {

    /** Invented, in the shape of the reference: a 12-digit number, a name without diacritics, an ISO date. */
    static final String COVID_QR = "079195001234|LE THI MAI ANH|1995-03-12|1|QID123456|<1<HS4010120878821<0901234567";

    @ParameterizedTest
    @ValueSource(strings = {
            COVID_QR,
            "079195001234|LE THI MAI ANH|1995-03-12|1|QID123456|",
            "025123456|NGUYEN VAN A|1960-01-01|0|Q1|<0<",
            "079195001234|LE THI MAI ANH|12031995|1|QID|<1<"})
    void refusesItWithItsOwnReason(String text) {
        ParseResult result = parser().parse(text);

        assertThat(result).isEqualTo(new ParseResult.Rejected(IdentityParser.COVID_REASON,
                Optional.of(new RefusedCode(DocumentKind.COVID_QR, Optional.empty()))));
    }

    @Test
    void theReasonQuotesNothingScanned() {
        String reason = ((ParseResult.Rejected) parser().parse(COVID_QR)).reason();

        assertThat(reason).doesNotContain("079195001234").doesNotContain("LE THI").doesNotContain("1995");
    }

    @Test
    void aCccdQrIsNotMistakenForIt() {
        assertThat(parser().parse(Samples.CCCD_QR)).isInstanceOf(ParseResult.Recognised.class);
        assertThat(parser().parse(Samples.BHYT_QR_EXAMPLE_1)).isInstanceOf(ParseResult.Recognised.class);
    }
}
