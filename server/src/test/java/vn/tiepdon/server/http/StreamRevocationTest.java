package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.access.Role;

/** An open event stream ends at the next ping once its token is no longer valid (revoked, logged out, expired). */
class StreamRevocationTest {
    private final Set<String> valid = ConcurrentHashMap.newKeySet();
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
    private ApiServer api;

    @AfterEach
    void stop() {
        api.close();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void aRevokedTokensStreamIsClosedAtTheNextPing() throws IOException {
        valid.add("tdd_display");
        EventFeed nothing = new EventFeed() {
            @Override
            public List<Sent> after(long afterId, int limit) {
                return List.of();
            }

            @Override
            public AutoCloseable subscribe(Consumer<Sent> sink) {
                return () -> { };
            }
        };
        api = new ApiServer(List.of(routes -> routes.events("/events", Allowed.roles(Role.DISPLAY), nothing)),
                token -> valid.contains(token) ? Optional.of(new Caller("hall-1", Role.DISPLAY)) : Optional.empty(),
                ApiJson.create(), 1).start("127.0.0.1", 0);
        Request request = new Request.Builder().url("http://127.0.0.1:" + api.port() + "/events")
                .header("Accept", "text/event-stream").header("Authorization", "Bearer tdd_display").build();
        try (Response r = http.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(200);
            BufferedSource in = r.body().source();
            assertThat(in.readUtf8LineStrict()).isEqualTo(": ping"); // still valid: pinged
            valid.remove("tdd_display");
            String line;
            int pings = 0;
            while ((line = in.readUtf8Line()) != null) {
                if (line.startsWith(":")) {
                    pings++;
                }
            }
            assertThat(pings).as("pings after the revocation").isLessThanOrEqualTo(1);
        }
    }
}
