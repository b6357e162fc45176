package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenExpiryTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"2026-03-01T10:10:00+07:00\"   | 2026-03-01T03:10:00Z",
            "\"2026-03-01T03:30:00Z\"        | 2026-03-01T03:30:00Z",
            "\"2026-03-01T03:30:00.123Z\"    | 2026-03-01T03:30:00.123Z",
            "\"2026-03-01T11:00:00\"         | 2026-03-01T04:00:00Z",
            "\"2026-03-01 11:00:00\"         | 2026-03-01T04:00:00Z",
            "\"01/03/2026 11:00:00\"         | 2026-03-01T04:00:00Z",
            "1772337600                      | 2026-03-01T04:00:00Z",
            "\"1772337600\"                  | 2026-03-01T04:00:00Z",
            "1772337600000                   | 2026-03-01T04:00:00Z",
            "3600                            | 2026-03-01T04:00:00Z",
            "\"3600\"                        | 2026-03-01T04:00:00Z",
            "3600.0                          | 2026-03-01T04:00:00Z",
            "\"next week\"                   | 2026-03-01T03:10:00Z",
            "0                               | 2026-03-01T03:10:00Z",
            "-5                              | 2026-03-01T03:10:00Z",
            "null                            | 2026-03-01T03:10:00Z",
            "{}                              | 2026-03-01T03:10:00Z",
    })
    void readsExpiresInDefensively(String json, String expected) throws Exception {
        JsonNode value = MAPPER.readTree(json);

        assertThat(TokenExpiry.parse(value, NOW)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void missingExpiresInMeansTenMinutes() {
        assertThat(TokenExpiry.parse(null, NOW)).isEqualTo(NOW.plusSeconds(600));
    }
}
