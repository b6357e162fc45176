package vn.tiepdon.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    @Test
    void makesCommitsOfAnH2FileDurable() {
        assertThat(Database.withDurableCommits("jdbc:h2:file:~/.tiepdon/data/tiepdon"))
                .isEqualTo("jdbc:h2:file:~/.tiepdon/data/tiepdon;WRITE_DELAY=0");
        assertThat(Database.withDurableCommits("jdbc:h2:./data/tiepdon;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:./data/tiepdon;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void keepsAWriteDelayTheUrlSets() {
        assertThat(Database.withDurableCommits("jdbc:h2:file:/srv/tiepdon;write_delay=500"))
                .isEqualTo("jdbc:h2:file:/srv/tiepdon;write_delay=500");
        assertThat(Database.withDurableCommits("jdbc:h2:file:/srv/tiepdon;WRITE_DELAY=0;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:/srv/tiepdon;WRITE_DELAY=0;AUTO_SERVER=TRUE");
    }

    @Test
    void leavesOtherDatabasesAlone() {
        assertThat(Database.withDurableCommits("jdbc:postgresql://db:5432/tiepdon"))
                .isEqualTo("jdbc:postgresql://db:5432/tiepdon");
        assertThat(Database.withDurableCommits("jdbc:h2:mem:t1;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:t1;DB_CLOSE_DELAY=-1");
        assertThat(Database.withDurableCommits("jdbc:h2:tcp://server/~/tiepdon"))
                .isEqualTo("jdbc:h2:tcp://server/~/tiepdon");
    }
}
