package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;

/** The chip portrait calls: what the kiosk sends, what the desk reads. */
class PortraitClientTest extends AgainstMockServer {
    private static final byte[] IMAGE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5, 0};

    @Test
    void putsThePortraitAsJsonWithTheImageInBase64() throws Exception {
        server.enqueue(answer(200, Map.of("stored", true)));

        client.uploadPortrait(17, new Portrait("image/jpeg", IMAGE));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/api/v1/tickets/17/portrait");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(request.getBody().readUtf8());
        assertThat(body.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(body.get("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(IMAGE));
    }

    @Test
    void reportsAnUnknownTicketOnUpload() throws Exception {
        server.enqueue(answer(404, new ApiError(ErrorCode.UNKNOWN_TICKET, "no ticket with id 17", "Không tìm thấy phiếu.")));

        assertThatThrownBy(() -> client.uploadPortrait(17, new Portrait("image/jp2", IMAGE)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.error().map(ApiError::error)).contains(ErrorCode.UNKNOWN_TICKET);
                });
    }

    @Test
    void readsThePortraitOfATicket() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody("{\"contentType\":\"image/jpeg\",\"image\":\"" + Base64.getEncoder().encodeToString(IMAGE)
                        + "\"}"));

        assertThat(client.portrait(42)).contains(new Portrait("image/jpeg", IMAGE));

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/tickets/42/portrait");
    }

    @Test
    void readsNoPortraitAsEmpty() throws Exception {
        server.enqueue(answer(404, new ApiError(ErrorCode.NO_PORTRAIT, "ticket 42 has no portrait", "Chưa có ảnh chân dung.")));

        assertThat(client.portrait(42)).isEmpty();
    }

    @Test
    void stillReportsOtherErrorsWhenReadingThePortrait() throws Exception {
        server.enqueue(answer(400, new ApiError(ErrorCode.BAD_REQUEST, "ticket id must be a number", "Thử lại.")));

        assertThatThrownBy(() -> client.portrait(42))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
    }
}
