package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;

/** The chip portrait of a ticket over real HTTP: stored by the kiosk, served to the desk, kept one day. */
class PortraitApiTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final byte[] JPEG = jpegLike(12_000);

    final JsonMapper json = ApiJson.create();
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
    final MutableClock clock = TestSetups.clock();
    TestServer server;
    /** The kiosk that checks in and sends portraits. */
    HttpReceptionClient kiosk;
    /** The desk that shows them. */
    HttpReceptionClient desk;

    @BeforeEach
    void start() {
        server = TestServer.builder().clock(clock).start();
        kiosk = server.kiosk();
        desk = server.receptionist();
    }

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void storesTheKiosksPortraitAndServesItToTheDesk() throws IOException {
        long ticket = checkIn();
        try (Response r = put(ticket, body("image/jpeg", JPEG))) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(json.readTree(r.body().string()).get("stored").asBoolean()).isTrue();
        }
        try (Response r = get(ticket)) {
            assertThat(r.code()).isEqualTo(200);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.get("contentType").asText()).isEqualTo("image/jpeg");
            assertThat(Base64.getDecoder().decode(body.get("image").asText())).isEqualTo(JPEG);
        }
    }

    @Test
    void aSecondPortraitReplacesTheFirst() throws IOException {
        long ticket = checkIn();
        put(ticket, body("image/jpeg", JPEG)).close();
        byte[] jp2 = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10};
        put(ticket, body("image/jp2", jp2)).close();
        assertThat(desk.portrait(ticket)).contains(new Portrait("image/jp2", jp2));
    }

    @Test
    void answersAPortraitForAnUnknownTicketWith404() throws IOException {
        try (Response r = put(Role.ADMIN, "999", body("image/jpeg", JPEG))) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("UNKNOWN_TICKET");
        }
        // a kiosk may only send the portrait of a ticket it issued: for it, an unknown ticket is one of those
        try (Response r = put(999, body("image/jpeg", JPEG))) {
            assertThat(r.code()).isEqualTo(403);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void answersATicketWithoutPortraitWith404NoPortrait() throws IOException {
        long ticket = checkIn();
        try (Response r = get(ticket)) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("NO_PORTRAIT");
        }
    }

    @Test
    void refusesAWrongTypeATooLargeImageAndAnUnreadableBody() throws IOException {
        long ticket = checkIn();
        String[] bad = {
            body("image/png", JPEG),
            body("image/jpeg", new byte[Portrait.MAX_BYTES + 1]),
            body("image/jpeg", new byte[0]),
            "{\"contentType\":\"image/jpeg\",\"image\":\"not base64!!\"}",
            "{\"contentType\":\"image/jpeg\"}",
            "{\"contentType\":\"image/jpeg\",\"image\":",
        };
        for (String b : bad) {
            try (Response r = put(ticket, b)) {
                assertThat(r.code()).as(b.length() > 80 ? b.substring(0, 80) : b).isEqualTo(400);
                assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("BAD_REQUEST");
            }
        }
        // a body far above any portrait is refused by the HTTP layer before it is read
        try (Response r = put(ticket, body("image/jpeg", new byte[2_000_000]))) {
            assertThat(r.code()).isEqualTo(413);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("BODY_TOO_LARGE");
        }
        try (Response r = put("abc", body("image/jpeg", JPEG))) {
            assertThat(r.code()).isEqualTo(400);
        }
        assertThat(desk.portrait(ticket)).isEmpty();
    }

    @Test
    void theTiepdonClientUploadsAndFetchesThePortrait() {
        long ticket = checkIn();
        long other = checkIn();
        Portrait portrait = new Portrait("image/jpeg", JPEG);
        kiosk.uploadPortrait(ticket, portrait);
        assertThat(desk.portrait(ticket)).contains(portrait);
        assertThat(desk.portrait(other)).isEmpty();
        assertThatThrownBy(() -> server.admin().uploadPortrait(4242, portrait))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.error().map(ApiError::error)).contains(ErrorCode.UNKNOWN_TICKET);
                });
    }

    @Test
    void deletesYesterdaysPortraitsOnTheDailyPurgeButKeepsTodays() {
        long yesterday = checkIn();
        kiosk.uploadPortrait(yesterday, new Portrait("image/jpeg", JPEG));
        clock.advanceSeconds(Duration.ofDays(1).toSeconds());
        long today = checkIn();
        kiosk.uploadPortrait(today, new Portrait("image/jpeg", JPEG));

        assertThat(server.server().portraitPurger().purge()).isEqualTo(1);
        assertThat(desk.portrait(yesterday)).isEmpty();
        assertThat(desk.portrait(today)).isPresent();
        assertThat(server.server().portraitPurger().purge()).isZero();
    }

    @Test
    void aServerStartedTheNextDayDeletesThePreviousDaysPortraits() {
        long ticket = checkIn();
        kiosk.uploadPortrait(ticket, new Portrait("image/jpeg", JPEG));
        assertThat(desk.portrait(ticket)).isPresent();
        server.stop();
        clock.advanceSeconds(Duration.ofDays(1).toSeconds());
        server.restart();
        assertThat(desk.portrait(ticket)).isEmpty();
    }

    @Test
    void logsTheTicketAndTheSizeButNeverTheImage() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger("vn.tiepdon.server.portraits");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        logger.addAppender(appender);
        try {
            long ticket = checkIn();
            kiosk.uploadPortrait(ticket, new Portrait("image/jpeg", JPEG));
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
        }
        String base64 = Base64.getEncoder().encodeToString(JPEG);
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(m -> assertThat(m).contains("A001").contains(JPEG.length + " bytes"))
                .allSatisfy(m -> assertThat(m).doesNotContain(base64.substring(0, 16)));
    }

    private long checkIn() {
        return kiosk.checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, CCCD_QR, Optional.empty(),
                Optional.empty())).ticket().id();
    }

    private String body(String contentType, byte[] image) {
        return "{\"contentType\":\"" + contentType + "\",\"image\":\"" + Base64.getEncoder().encodeToString(image)
                + "\"}";
    }

    private Response put(long ticket, String body) throws IOException {
        return put(Long.toString(ticket), body);
    }

    /** A portrait sent by the kiosk. */
    private Response put(String ticket, String body) throws IOException {
        return put(Role.KIOSK, ticket, body);
    }

    private Response put(Role role, String ticket, String body) throws IOException {
        return http.newCall(server.request(role, "/api/v1/tickets/" + ticket + "/portrait")
                .put(RequestBody.create(body, JSON)).build()).execute();
    }

    /** The portrait as the desk asks for it. */
    private Response get(long ticket) throws IOException {
        return http.newCall(server.request(Role.RECEPTIONIST, "/api/v1/tickets/" + ticket + "/portrait")
                .build()).execute();
    }

    /** Bytes that start like a JPEG (SOI, APP0) and vary, so a mix-up would show. */
    static byte[] jpegLike(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }
}
