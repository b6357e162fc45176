package vn.tiepdon.server.portraits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PortraitPurgerTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void runsTheDailyPurgeJustAfterMidnightInTheHospitalsZone() {
        // 08:00 in Vietnam: next purge at 00:01 tomorrow, 16 h 1 min later
        assertThat(PortraitPurger.untilNextPurge(Instant.parse("2026-11-22T01:00:00Z"), VIETNAM))
                .isEqualTo(Duration.ofHours(16).plusMinutes(1));
        // 23:59:30 in Vietnam: 1 min 30 s later
        assertThat(PortraitPurger.untilNextPurge(Instant.parse("2026-11-22T16:59:30Z"), VIETNAM))
                .isEqualTo(Duration.ofSeconds(90));
    }
}
