package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks on a gateway card key made before any request (../shared/reference/bhxh-gateway-2026.md). */
class CardKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"0185012345", "079090001234", "HC4010185012345", "TE1790123456789", "hc4010185012345",
            " 079090001234 ", "CK2970000000001"})
    void aNumberThatCanBeACardOrCccdNumberIsNotMalformed(String key) {
        assertThat(CardKeys.malformed(key)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // wrong length
            "01850123        | card number: expected 10 digits or 15 characters, got 8",
            "0790900012345   | card number: expected 10 digits or 15 characters, got 13",
            "HC40101850123   | card number: expected 10 digits or 15 characters, got 13",
            // letters in a CCCD number (12 characters, not all digits, so no CCCD and no card)
            "0790900A1234    | card number: expected 10 digits or 15 characters, got 12",
            // a CCCD number that breaks its own rules
            "179090001234    | CCCD number: digit 1 must be 0",
            "099090001234    | CCCD number: unknown province code 99",
            // letters in a 10-digit social-insurance number
            "018501234A      | card number: a 10-character number must be all digits",
            // a 15-character card number
            "ZZ4010185012345 | card number: unknown group code ZZ",
            "1C4010185012345 | card number: characters 1-2 (group code) must be letters",
            "HC6010185012345 | card number: benefit level 6 is not 1-5",
            "HC4990185012345 | card number: unknown province code 99",
            "HC40101850A2345 | card number: characters 6-15 (social insurance number) must be digits"})
    void aMalformedNumberIsNamedWithoutEchoingIt(String key, String reason) {
        Optional<String> why = CardKeys.malformed(key);

        assertThat(why).contains(reason);
        assertThat(why.get()).doesNotContain(key).doesNotContain(key.substring(key.length() - 6));
    }

    @Test
    void anEmptyKeyIsMalformed() {
        assertThat(CardKeys.malformed("  ")).contains("card number: expected 10 digits or 15 characters, got 0");
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
            "TE1790123456789,   XX000, true",
            "te1790123456789,   xx000, true",
            "' TE1790123456789', ' XX000 ', true",
            // the gateway's own figures: temporary cards are TE1... registered at XX000; any other is asked
            "TE1790123456789,   79001, false",
            "TE2790123456789,   XX000, false",
            "HC4010185012345,   XX000, false",
            "079090001234,      XX000, false"})
    void aTemporaryNewbornCardIsATe1CardRegisteredAtXx000(String key, String facility, boolean temporary) {
        assertThat(CardKeys.temporaryNewbornCard(key, Optional.of(facility))).isEqualTo(temporary);
    }

    @Test
    void aTe1CardWhoseFacilityIsNotKnownIsNotTakenForATemporaryOne() {
        assertThat(CardKeys.temporaryNewbornCard("TE1790123456789", Optional.empty())).isFalse();
    }
}
