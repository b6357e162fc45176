package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;

/** {@link HttpReceptionClient#lookupProof}: the PDF's bytes as the server sent them, or the refusal. */
class LookupProofClientTest extends AgainstMockServer {
    static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, 0, 1, 2};

    @Test
    void returnsThePdfBytesUnchanged() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/pdf")
                .setHeader("Content-Disposition", "attachment; filename=\"bang-chung-tra-cuu-17.pdf\"")
                .setBody(new Buffer().write(PDF)));

        assertThat(client.lookupProof(17)).containsExactly(PDF);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/lookups/17/proof");
    }

    @Test
    void anAnsweredLookupComesBackAsItsCode() throws Exception {
        server.enqueue(answer(409, new ApiError(ErrorCode.NOTHING_TO_PROVE, "lookup 17 was answered",
                "Tra cứu này đã có kết quả từ cổng BHXH")));

        assertThatThrownBy(() -> client.lookupProof(17)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(409);
            assertThat(e.error().map(ApiError::error)).contains(ErrorCode.NOTHING_TO_PROVE);
        });
    }

    @Test
    void aProxyPageOrAnEmptyAnswerIsNoPdf() {
        server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html>Bad Gateway</html>"));
        server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/pdf"));

        assertThatThrownBy(() -> client.lookupProof(17)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.error().map(ApiError::error)).contains(ErrorCode.HTTP_ERROR));
        assertThatThrownBy(() -> client.lookupProof(17)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.error().map(ApiError::error)).contains(ErrorCode.INVALID_ANSWER));
    }
}
