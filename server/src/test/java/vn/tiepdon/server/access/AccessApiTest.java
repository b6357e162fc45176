package vn.tiepdon.server.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.storage.Database;

/** Logging in, lockout, sessions, device tokens and users over real HTTP. */
class AccessApiTest {
    private AccessFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private Response login(String user, String password) throws IOException {
        return f.call("POST", "/api/v1/sessions", Optional.empty(),
                "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void aLoginGivesATokenTheRoleAndWhenTheSessionEnds() throws IOException {
        f = new AccessFixture();
        try (Response r = login("lan", AccessFixture.RECEPTIONIST_PASSWORD)) {
            assertThat(r.code()).isEqualTo(201);
            JsonNode s = f.read(r);
            assertThat(s.get("token").asText()).startsWith("tds_").hasSizeGreaterThan(40);
            assertThat(s.get("role").asText()).isEqualTo("RECEPTIONIST");
            assertThat(Instant.parse(s.get("expiresAt").asText())).isEqualTo(f.clock.instant().plus(Duration.ofHours(8)));
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws IOException {
        f = new AccessFixture();
        String wrong;
        String unknown;
        try (Response r = login("lan", "not-the-password")) {
            assertThat(r.code()).isEqualTo(401);
            wrong = f.read(r).get("error").asText() + "|" + r.code();
        }
        try (Response r = login("nobody", "not-the-password")) {
            assertThat(r.code()).isEqualTo(401);
            unknown = f.read(r).get("error").asText() + "|" + r.code();
        }
        assertThat(wrong).isEqualTo(unknown).isEqualTo("WRONG_PASSWORD|401");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesSayingUntilWhen() throws IOException {
        f = new AccessFixture();
        for (int i = 1; i <= 4; i++) {
            try (Response r = login("lan", "wrong-" + i)) {
                assertThat(r.code()).as("attempt " + i).isEqualTo(401);
            }
        }
        Instant until = f.clock.instant().plus(Duration.ofMinutes(15));
        try (Response r = login("lan", "wrong-5")) {
            assertThat(r.code()).isEqualTo(423);
            JsonNode e = f.read(r);
            assertThat(e.get("error").asText()).isEqualTo("ACCOUNT_LOCKED");
            assertThat(Instant.parse(e.get("until").asText())).isEqualTo(until);
            assertThat(e.get("message").asText()).contains("locked until").contains("+07:00");
            assertThat(r.header("Retry-After")).isNotBlank();
        }
        // even the right password is refused while locked
        try (Response r = login("lan", AccessFixture.RECEPTIONIST_PASSWORD)) {
            assertThat(r.code()).isEqualTo(423);
        }
        f.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        try (Response r = login("lan", AccessFixture.RECEPTIONIST_PASSWORD)) {
            assertThat(r.code()).isEqualTo(201);
        }
        // the count starts again after a good login
        for (int i = 1; i <= 4; i++) {
            try (Response r = login("lan", "wrong-again-" + i)) {
                assertThat(r.code()).isEqualTo(401);
            }
        }
    }

    @Test
    void theLockoutIsConfigurable() throws IOException {
        f = new AccessFixture("jdbc:h2:mem:lock" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                new AccessSettings(2, Duration.ofMinutes(1), Duration.ofHours(1), Optional.empty()));
        try (Response r = login("lan", "wrong-1")) {
            assertThat(r.code()).isEqualTo(401);
        }
        try (Response r = login("lan", "wrong-2")) {
            assertThat(r.code()).isEqualTo(423);
        }
        f.clock.advance(Duration.ofSeconds(61));
        try (Response r = login("lan", AccessFixture.RECEPTIONIST_PASSWORD)) {
            assertThat(r.code()).isEqualTo(201);
            assertThat(Instant.parse(f.read(r).get("expiresAt").asText()))
                    .isEqualTo(f.clock.instant().plus(Duration.ofHours(1)));
        }
    }

    @Test
    void aSessionExpiresAfterEightHours() throws IOException {
        f = new AccessFixture();
        String token = f.token(Role.RECEPTIONIST);
        f.clock.advance(Duration.ofHours(8).minusSeconds(1));
        try (Response r = f.call("GET", "/api/v1/tickets", Optional.of(token), null)) {
            assertThat(r.code()).isEqualTo(200);
        }
        f.clock.advance(Duration.ofSeconds(2));
        try (Response r = f.call("GET", "/api/v1/tickets", Optional.of(token), null)) {
            assertThat(r.code()).isEqualTo(401);
            assertThat(f.read(r).get("error").asText()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void loggingOutEndsTheSession() throws IOException {
        f = new AccessFixture();
        String token = f.token(Role.RECEPTIONIST);
        try (Response r = f.call("DELETE", "/api/v1/sessions", Optional.of(token), null)) {
            assertThat(r.code()).isEqualTo(204);
        }
        try (Response r = f.call("GET", "/api/v1/tickets", Optional.of(token), null)) {
            assertThat(r.code()).isEqualTo(401);
        }
    }

    @Test
    void sessionsAndDeviceTokensSurviveAServerRestart(@TempDir Path dir) throws IOException {
        f = new AccessFixture("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), AccessSettings.defaults());
        f.test.restart();
        for (Role role : Role.values()) {
            try (Response r = f.as(role, "GET", "/api/v1/setup", null)) {
                assertThat(r.code()).as(role.name()).isEqualTo(200);
            }
        }
    }

    @Test
    void aRevokedDeviceIsRefusedAndANewTokenReplacesTheOldOne() throws IOException {
        f = new AccessFixture();
        String old = f.token(Role.KIOSK);
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/devices", "{\"id\":\"kiosk-1\",\"role\":\"KIOSK\"}")) {
            assertThat(r.code()).isEqualTo(201);
            String fresh = f.read(r).get("token").asText();
            assertThat(fresh).startsWith("tdd_").isNotEqualTo(old);
            try (Response s = f.call("GET", "/api/v1/setup", Optional.of(fresh), null)) {
                assertThat(s.code()).isEqualTo(200);
            }
            try (Response s = f.call("GET", "/api/v1/setup", Optional.of(old), null)) {
                assertThat(s.code()).isEqualTo(401);
            }
            try (Response d = f.as(Role.ADMIN, "DELETE", "/api/v1/devices/kiosk-1", null)) {
                assertThat(d.code()).isEqualTo(204);
            }
            try (Response s = f.call("POST", "/api/v1/checkins", Optional.of(fresh), AccessFixture.checkin("kiosk-1"))) {
                assertThat(s.code()).isEqualTo(401);
            }
        }
        try (Response d = f.as(Role.ADMIN, "DELETE", "/api/v1/devices/kiosk-1", null)) {
            assertThat(d.code()).isEqualTo(404);
            assertThat(f.read(d).get("error").asText()).isEqualTo("UNKNOWN_DEVICE");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aDeviceRoleMustBeADeviceRole() throws IOException {
        f = new AccessFixture();
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/devices", "{\"id\":\"kiosk-9\",\"role\":\"ADMIN\"}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(f.read(r).get("message").asText()).contains("KIOSK or DISPLAY");
        }
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/devices", "{\"id\":\"kiosk 9\",\"role\":\"KIOSK\"}")) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    @Test
    void adminsManageUsers() throws IOException {
        f = new AccessFixture();
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/users",
                "{\"user\":\"hoa\",\"password\":\"quay-hai-456\",\"role\":\"RECEPTIONIST\"}")) {
            assertThat(r.code()).isEqualTo(201);
            assertThat(f.read(r).get("user").asText()).isEqualTo("hoa");
        }
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/users",
                "{\"user\":\"hoa\",\"password\":\"quay-hai-456\",\"role\":\"RECEPTIONIST\"}")) {
            assertThat(r.code()).isEqualTo(409);
            assertThat(f.read(r).get("error").asText()).isEqualTo("USER_EXISTS");
        }
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/users",
                "{\"user\":\"binh\",\"password\":\"short\",\"role\":\"RECEPTIONIST\"}")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(f.read(r).get("error").asText()).isEqualTo("WEAK_PASSWORD");
        }
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/users",
                "{\"user\":\"binh\",\"password\":\"long-enough-1\",\"role\":\"KIOSK\"}")) {
            assertThat(r.code()).isEqualTo(400);
        }
        try (Response r = f.as(Role.ADMIN, "GET", "/api/v1/users", null)) {
            String body = r.body().string();
            assertThat(body).contains("\"hoa\"", "\"lan\"", "\"admin\"").doesNotContain("argon2", "password");
        }
        String hoa = f.login("hoa", "quay-hai-456");
        try (Response r = f.as(Role.ADMIN, "DELETE", "/api/v1/users/hoa", null)) {
            assertThat(r.code()).isEqualTo(204);
        }
        try (Response r = f.call("GET", "/api/v1/tickets", Optional.of(hoa), null)) {
            assertThat(r.code()).as("a deleted user's session ends").isEqualTo(401);
        }
        try (Response r = f.as(Role.ADMIN, "DELETE", "/api/v1/users/hoa", null)) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(f.read(r).get("error").asText()).isEqualTo("UNKNOWN_USER");
        }
        try (Response r = f.as(Role.ADMIN, "DELETE", "/api/v1/users/admin", null)) {
            assertThat(r.code()).isEqualTo(409);
            assertThat(f.read(r).get("error").asText()).isEqualTo("LAST_ADMIN");
        }
    }

    @Test
    void passwordsAreArgon2idHashesAndTokensAreStoredOnlyAsHashes(@TempDir Path dir) throws Exception {
        f = new AccessFixture("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), AccessSettings.defaults());
        f.test.stop();
        List<String> stored = new ArrayList<>();
        try (Database db = Database.open(f.test.jdbcUrl(), Optional.empty(), Optional.empty());
             Connection c = db.connection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select password_hash from users")) {
                while (rs.next()) {
                    assertThat(rs.getString(1)).startsWith("$argon2id$v=19$");
                    stored.add(rs.getString(1));
                }
            }
            for (String q : List.of("select token_hash from sessions", "select token_hash from devices")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
        }
        assertThat(stored).hasSizeGreaterThanOrEqualTo(6);
        for (Role role : Role.values()) {
            String token = f.token(role);
            assertThat(stored).doesNotContain(token).contains(Tokens.hash(token));
        }
        assertThat(String.join(" ", stored)).doesNotContain(AccessFixture.ADMIN_PASSWORD,
                AccessFixture.RECEPTIONIST_PASSWORD);
    }

    @Test
    void theBootstrapCreatesAdminOnlyWhenNoAdminExists(@TempDir Path dir) throws IOException {
        f = new AccessFixture("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), AccessSettings.defaults());
        f.test.stop();
        // a start with another bootstrap password changes nothing: an admin exists
        try (ReceptionServer again = ReceptionServer.start(new ReceptionServer.Settings(TestSetups.hospital(),
                f.test.jdbcUrl(), Optional.empty(), Optional.empty(), "127.0.0.1", 0,
                AccessSettings.defaults().withBootstrapAdminPassword(Optional.of("another-one-9"))),
                TestSetups.answering("000", vn.tiepdon.core.eligibility.LookupClass.ELIGIBLE),
                vn.tiepdon.server.checkin.RetrySchedule.defaults(), vn.tiepdon.server.TestServer.cheapHasher(),
                f.clock)) {
            assertThat(again.access().login("admin", "another-one-9"))
                    .isInstanceOf(AccessService.Login.Refused.class);
            assertThat(again.access().login("admin", AccessFixture.ADMIN_PASSWORD))
                    .isInstanceOf(AccessService.Login.Granted.class);
        }
    }

    @Test
    void theBootstrapCreatesTheAdminOnAnEmptyDatabase() {
        try (ReceptionServer fresh = ReceptionServer.start(new ReceptionServer.Settings(TestSetups.hospital(),
                "jdbc:h2:mem:boot" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty(),
                "127.0.0.1", 0, AccessSettings.defaults().withBootstrapAdminPassword(Optional.of("first-admin-1"))),
                TestSetups.answering("000", vn.tiepdon.core.eligibility.LookupClass.ELIGIBLE),
                vn.tiepdon.server.checkin.RetrySchedule.defaults(), vn.tiepdon.server.TestServer.cheapHasher(),
                TestSetups.clock())) {
            AccessService.Login login = fresh.access().login("admin", "first-admin-1");
            assertThat(login).isInstanceOf(AccessService.Login.Granted.class);
            assertThat(((AccessService.Login.Granted) login).session().role()).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void aBootstrapPasswordThatIsTooShortStopsTheServer() {
        assertThatThrownBy(() -> ReceptionServer.start(new ReceptionServer.Settings(TestSetups.hospital(),
                        "jdbc:h2:mem:short" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty(),
                        "127.0.0.1", 0, AccessSettings.defaults().withBootstrapAdminPassword(Optional.of("short"))),
                TestSetups.answering("000", vn.tiepdon.core.eligibility.LookupClass.ELIGIBLE),
                vn.tiepdon.server.checkin.RetrySchedule.defaults(), vn.tiepdon.server.TestServer.cheapHasher(), TestSetups.clock()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8");
    }
}
