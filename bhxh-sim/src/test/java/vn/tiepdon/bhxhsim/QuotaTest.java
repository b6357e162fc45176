package vn.tiepdon.bhxhsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.testing.MutableClock;

/** The per-account quota and restricted accounts, over real HTTP, by a clock the test moves. */
class QuotaTest {

    private static final String RESTRICTED_BODY =
            "{\"maKetQua\":\"500\",\"ghiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}";
    private static final String ACCOUNT = SimSettings.DEMO_USERNAME;
    private static final SimPerson AN = DemoPopulation.ELIGIBLE_BY_CCCD;

    /** 10:00 in Vietnam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
    private BhxhSimulator sim;
    private SimClient client;
    private SimClient.Token token;

    @BeforeEach
    void start() throws IOException {
        sim = new BhxhSimulator(SimSettings.demo().withTokenTtl(Duration.ofDays(30)), DemoPopulation.create(), clock)
                .start(0);
        client = new SimClient(sim.baseUrl(), Duration.ofSeconds(10));
        token = client.demoToken();
    }

    @AfterEach
    void stop() {
        client.shutdown();
        sim.close();
    }

    private SimClient.Reply lookUp() throws IOException {
        return client.lookUp(token, AN.cccd(), AN.fullName(), "05/03/1985");
    }

    private SimClient.Reply history() throws IOException {
        return client.history(token, AN.cccd(), AN.fullName(), "05/03/1985");
    }

    private static void assertRestricted(SimClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.body()).isEqualTo(RESTRICTED_BODY);
    }

    @Test
    void noQuotaByDefault() throws IOException {
        for (int i = 0; i < 30; i++) {
            assertThat(lookUp().status()).isEqualTo(200);
        }
        assertThat(sim.quota().isUnlimited()).isTrue();
        assertThat(sim.restricted(ACCOUNT)).isFalse();
        assertThat(sim.requestsOf(ACCOUNT)).isEqualTo(30);
    }

    @Test
    void theLookupOverTheMinuteQuotaAndEveryOneAfterGetTheRestrictedReply() throws IOException {
        sim.setQuota(new SimSettings.Quota(3, 0));

        for (int i = 0; i < 3; i++) {
            assertThat(lookUp().json().get("maKetQua").asText()).isEqualTo("000");
        }
        assertThat(sim.restricted(ACCOUNT)).isFalse();
        assertRestricted(lookUp());
        assertThat(sim.restricted(ACCOUNT)).isTrue();
        assertRestricted(history());
        assertRestricted(lookUp());

        assertThat(sim.restrictedReplies()).isEqualTo(3);
        assertThat(sim.requestsOf(ACCOUNT)).isEqualTo(6);
        assertThat(sim.lookupRequests()).isEqualTo(5);
        assertThat(sim.historyRequests()).isEqualTo(1);
        assertThat(sim.usageOf(ACCOUNT).restrictedUntil()).contains(clock.instant().plus(Duration.ofHours(24)));
    }

    @Test
    void restrictionEndsAfterRestrictForByTheSimulatorsClock() throws IOException {
        sim.setQuota(new SimSettings.Quota(2, 0, Duration.ofMinutes(10)));
        lookUp();
        lookUp();
        assertRestricted(lookUp());

        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertRestricted(lookUp());

        clock.advanceSeconds(1);
        assertThat(sim.restricted(ACCOUNT)).isFalse();
        SimClient.Reply after = lookUp();
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("maKetQua").asText()).isEqualTo("000");
    }

    @Test
    void restrictionLastsTwentyFourHoursUnlessConfigured() throws IOException {
        sim.setQuota(new SimSettings.Quota(1, 0));
        lookUp();
        assertRestricted(lookUp());

        clock.advance(Duration.ofHours(24).minusMinutes(1));
        assertRestricted(lookUp());
        clock.advance(Duration.ofMinutes(1));
        assertThat(lookUp().status()).isEqualTo(200);
    }

    @Test
    void perMinuteCountsStartAfreshEachMinute() throws IOException {
        sim.setQuota(new SimSettings.Quota(2, 0));
        lookUp();
        lookUp();
        clock.advance(Duration.ofMinutes(1));

        assertThat(lookUp().status()).isEqualTo(200);
        assertThat(lookUp().status()).isEqualTo(200);
        assertRestricted(lookUp());
        assertThat(sim.usageOf(ACCOUNT).requestsThisMinute()).isEqualTo(3);
        assertThat(sim.usageOf(ACCOUNT).requestsToday()).isEqualTo(5);
    }

    @Test
    void perDayIsCountedSeparatelyFromPerMinute() throws IOException {
        sim.setQuota(new SimSettings.Quota(2, 3, Duration.ofHours(1)));
        lookUp();
        lookUp();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lookUp().status()).isEqualTo(200);

        assertRestricted(lookUp());
        AccountUsage usage = sim.usageOf(ACCOUNT);
        assertThat(usage.requestsThisMinute()).isEqualTo(2);
        assertThat(usage.requestsToday()).isEqualTo(4);
        assertThat(usage.restricted()).isTrue();
    }

    @Test
    void aDayOverItsQuotaStaysRestrictedUntilTheNextDayInVietnam() throws IOException {
        sim.setQuota(new SimSettings.Quota(0, 2, Duration.ofHours(1)));
        lookUp();
        lookUp();
        assertRestricted(lookUp());

        clock.advance(Duration.ofHours(2));
        assertRestricted(lookUp());
        // 10:00 + 2 h + 12 h = 00:00 the next day in Vietnam (17:00 UTC).
        clock.advance(Duration.ofHours(12));
        assertThat(lookUp().status()).isEqualTo(200);
        assertThat(sim.usageOf(ACCOUNT).requestsToday()).isEqualTo(1);
    }

    @Test
    void historyLookupsCountAgainstTheQuota() throws IOException {
        sim.setQuota(new SimSettings.Quota(2, 0));

        assertThat(lookUp().status()).isEqualTo(200);
        assertThat(history().json().get("maKetQua").asText()).isEqualTo("000");
        assertRestricted(history());
        assertThat(sim.requestsOf(ACCOUNT)).isEqualTo(3);
    }

    @Test
    void lookupsWithoutAValidTokenAreNotCountedAgainstTheAccount() throws IOException {
        sim.setQuota(new SimSettings.Quota(1, 0));
        SimClient.Token forged = new SimClient.Token(token.accessToken(), "forged", ACCOUNT);

        assertThat(client.lookUp(forged, AN.cccd(), "", "").status()).isEqualTo(401);
        assertThat(client.history(forged, AN.cccd(), "", "").status()).isEqualTo(401);

        assertThat(sim.requestsOf(ACCOUNT)).isZero();
        assertThat(lookUp().status()).isEqualTo(200);
    }

    @Test
    void adminResetLiftsRestrictionsAndClearsTodaysCounts() throws IOException {
        sim.setQuota(new SimSettings.Quota(0, 2));
        lookUp();
        lookUp();
        assertRestricted(lookUp());

        JsonNode reset = client.postJson("/admin/accounts/reset", "").json();

        JsonNode account = reset.get("accounts").get(0);
        assertThat(account.get("restricted").asBoolean()).isFalse();
        assertThat(account.get("requestsToday").asLong()).isZero();
        assertThat(account.get("requestsTotal").asLong()).isEqualTo(3);
        assertThat(lookUp().status()).isEqualTo(200);
        assertThat(lookUp().status()).isEqualTo(200);
        assertRestricted(lookUp());
        sim.resetRestrictions();
        assertThat(lookUp().status()).isEqualTo(200);
    }

    @Test
    void adminAccountsShowTheCountsAndWhenTheRestrictionEnds() throws IOException {
        client.postJson("/admin/quota", "{\"perMinute\":2,\"perDay\":100,\"restrictForSeconds\":3600}");
        lookUp();
        lookUp();
        lookUp();

        JsonNode json = client.get("/admin/accounts").json();

        assertThat(json.get("quota").get("perMinute").asInt()).isEqualTo(2);
        assertThat(json.get("quota").get("perDay").asInt()).isEqualTo(100);
        assertThat(json.get("quota").get("restrictForSeconds").asLong()).isEqualTo(3600);
        JsonNode account = json.get("accounts").get(0);
        assertThat(account.get("username").asText()).isEqualTo(ACCOUNT);
        assertThat(account.get("requestsThisMinute").asLong()).isEqualTo(3);
        assertThat(account.get("requestsToday").asLong()).isEqualTo(3);
        assertThat(account.get("restricted").asBoolean()).isTrue();
        assertThat(account.get("restrictedUntil").asText()).isEqualTo("2026-03-01T11:00:00+07:00");
        assertThat(sim.quota()).isEqualTo(new SimSettings.Quota(2, 100, Duration.ofHours(1)));
    }

    @Test
    void adminRefusesAnInvalidQuotaAndKeepsTheOldOne() throws IOException {
        SimClient.Reply refused = client.postJson("/admin/quota", "{\"perMinute\":-1}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("perMinute");
        assertThat(sim.quota()).isEqualTo(SimSettings.Quota.unlimited());
    }

    @Test
    void quotaCanBeSetAtStart() throws IOException {
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo().withQuota(new SimSettings.Quota(1, 0)), DemoPopulation.create(),
                clock).start(0);
        SimClient other = new SimClient(sim.baseUrl(), Duration.ofSeconds(10));
        try {
            SimClient.Token t = other.demoToken();
            assertThat(other.lookUp(t, AN.cccd(), "", "").status()).isEqualTo(200);
            assertRestricted(other.lookUp(t, AN.cccd(), "", ""));
        } finally {
            other.shutdown();
        }
    }

    @Test
    void anInjectedSystemErrorIsToldApartFromARestriction() throws IOException {
        sim.setFaults(new SimSettings.Faults(0, 0, 0, 0, 0, 1.0));

        SimClient.Reply reply = lookUp();

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("maKetQua").asText()).isEqualTo("500");
        assertThat(reply.json().get("ghiChu").asText()).startsWith("Có lỗi hệ thống");
        assertThat(reply.body()).isNotEqualTo(RESTRICTED_BODY);
        assertThat(sim.restricted(ACCOUNT)).isFalse();
        assertThat(sim.restrictedReplies()).isZero();
    }

    @Test
    void unknownAccountHasNoUsage() {
        assertThat(sim.usageOf("79999_BV")).isEqualTo(new AccountUsage("79999_BV", 0, 0, 0, Optional.empty()));
    }
}
