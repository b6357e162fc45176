package vn.tiepdon.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapping of the API, identical on server and client: empty {@code Optional}s are left
 * out, {@code Instant} and {@code LocalDate} are ISO-8601 strings, unknown fields are ignored.
 */
public final class ApiJson {
    private ApiJson() {
    }

    /** A new mapper configured as API.md says; the caller owns it (mappers are thread-safe). */
    public static JsonMapper create() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
    }
}
