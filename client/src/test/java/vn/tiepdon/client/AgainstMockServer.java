package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A client talking to one local MockWebServer: the fixture of the endpoint tests. */
abstract class AgainstMockServer {
    protected final JsonMapper json = ApiJson.create();
    protected final MockWebServer server = new MockWebServer();
    protected HttpReceptionClient client;

    @BeforeEach
    void startServer() throws Exception {
        server.start();
        client = new HttpReceptionClient(List.of(server.url("/").toString()), Optional.empty(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stopServer() throws Exception {
        client.close();
        server.shutdown();
    }

    /** A JSON answer. */
    protected MockResponse answer(int status, Object body) throws Exception {
        return new MockResponse().setResponseCode(status)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(json.writeValueAsString(body));
    }

    /** The next request the server received (fails the test when none came within 10 s). */
    protected RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        assertThat(request).as("request reached the server").isNotNull();
        return request;
    }
}
