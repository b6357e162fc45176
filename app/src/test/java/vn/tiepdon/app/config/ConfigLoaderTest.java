package vn.tiepdon.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    final ConfigLoader loader = new ConfigLoader();
    @TempDir
    Path dir;

    @Test
    void loadsTheDocumentedDefaultConfiguration() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.hospital().hospitalCode()).isEqualTo("01999");
        assertThat(s.hospital().queues()).extracting(q -> q.prefix()).containsExactly("A", "B", "U");
        assertThat(s.hospital().counters()).hasSize(2);
        assertThat(s.serverPort()).isEqualTo(8420);
        assertThat(s.gatewayBudget()).isEqualTo(Duration.ofSeconds(4));
        assertThat(s.kiosk(Optional.of("kiosk-1")).printer().type()).isEqualTo("file");
    }

    @Test
    void rejectsAnUnknownKeyByItsPathAndLine() throws IOException {
        Path f = write("hospital:\n  code: \"01999\"\nserver:\n  prot: 8420\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'server.prot'")
                .hasMessageContaining("line 4")
                .hasMessageContaining("port");
    }

    @Test
    void rejectsAValueOfTheWrongTypeByItsPath() throws IOException {
        Path f = write("server:\n  port: eighty\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'server.port'");
    }

    @Test
    void rejectsACounterServingAnUnknownQueue() throws IOException {
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "counters:\n  - { id: \"1\", name: Q1, serves: [bhyt, vip] }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .hasMessageContaining("'counters[0].serves' names unknown queue 'vip'");
    }

    @Test
    void rejectsABadDuration() throws IOException {
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\ngateway:\n  budget: soon\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .hasMessageContaining("'gateway.budget' must be a duration");
    }

    @Test
    void readsTheKiosksCardReaderAndRejectsAnUnknownType() throws IOException {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.kiosk(Optional.empty()).cardReader().type()).isEqualTo("virtual");
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "kiosks:\n  - { id: k1, cardReader: { type: nfc } }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of()))
                .hasMessageContaining("'kiosks[0].cardReader.type' must be one of");
    }

    @Test
    void readsTheBreakerAndRetryScheduleAndRejectsBadOnes() throws IOException {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        assertThat(s.breaker().failuresInARow()).isEqualTo(5);
        assertThat(s.breaker().openFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.retries().maxRetries()).isEqualTo(12);
        Path f = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "gateway:\n  retry: { first: 10m, max: 1m }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of())).hasMessageContaining("'gateway.retry'");
        Path g = write("queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
                + "gateway:\n  breaker: { failures: 0 }\n");
        assertThatThrownBy(() -> loader.load(Optional.of(g), Map.of())).hasMessageContaining("'gateway.breaker'");
    }

    @Test
    void namesAMissingFile() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> loader.load(Optional.of(missing), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("configuration file not found")
                .hasMessageContaining("nope.yaml");
    }

    @Test
    void takesServerUrlsStorageAndGatewayFromTheEnvironment() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of(
                "TIEPDON_SERVER_URLS", "http://a:8420, http://b:8420",
                "TIEPDON_STORAGE", "jdbc:postgresql://db/tiepdon",
                "TIEPDON_DB_PASSWORD", "secret",
                "TIEPDON_BHXH_URL", "http://127.0.0.1:9999"));
        assertThat(s.serverUrls()).containsExactly("http://a:8420", "http://b:8420");
        assertThat(s.storageUrl()).isEqualTo("jdbc:postgresql://db/tiepdon");
        assertThat(s.storagePassword()).contains("secret");
        assertThat(s.gatewayUrl()).isEqualTo("http://127.0.0.1:9999");
    }

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("tiepdon.yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theDocumentedDefaultOffersFeePayingButNoKioskRegistration() {
        Settings s = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());

        assertThat(s.hospital().checkin().feePayingQueueId()).contains("service");
        assertThat(s.hospital().checkin().kioskRegistration()).isFalse();
        assertThat(s.hospital().checkin().clinics()).isEmpty();
        assertThat(s.hospital().checkin().kioskChoiceWindow()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.hospital().toView().kioskRegistration()).isFalse();
    }

    @Test
    void readsClinicsAndKioskRegistration() throws IOException {
        Path f = write(QUEUES + "checkin:\n  feePayingQueue: service\n  kioskRegistration: true\n"
                + "  kioskChoiceWindow: 90s\n"
                + "clinics:\n  - { id: noi, name: \"Nội tổng quát\", room: \"Phòng 101 – Tầng 1\", queue: bhyt }\n"
                + "  - { id: nhi, name: Nhi, room: \"Phòng 110\", queue: service }\n");

        Settings s = loader.load(Optional.of(f), Map.of());

        assertThat(s.hospital().checkin().kioskRegistration()).isTrue();
        assertThat(s.hospital().checkin().feePayingQueueId()).contains("service");
        assertThat(s.hospital().checkin().kioskChoiceWindow()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.hospital().checkin().clinics()).extracting(c -> c.id() + "|" + c.name() + "|" + c.room() + "|"
                + c.queueId()).containsExactly("noi|Nội tổng quát|Phòng 101 – Tầng 1|bhyt", "nhi|Nhi|Phòng 110|service");
        assertThat(s.hospital().toView().clinics()).hasSize(2);
    }

    @Test
    void withoutTheKeysThereIsNoRegistrationAndNoFeePayingChoice() throws IOException {
        Settings s = loader.load(Optional.of(write(QUEUES)), Map.of());

        assertThat(s.hospital().checkin().kioskRegistration()).isFalse();
        assertThat(s.hospital().checkin().feePayingQueueId()).isEmpty();
        assertThat(s.hospital().checkin().clinics()).isEmpty();
    }

    @Test
    void rejectsBadClinicsByTheirKeyPath() throws IOException {
        assertRejected("clinics:\n  - { id: noi, name: Nội, room: P101, queue: vip }\n",
                "'clinics[0].queue' names unknown queue 'vip'");
        assertRejected("clinics:\n  - { id: noi, name: Nội, queue: bhyt }\n", "'clinics[0].room' is required");
        assertRejected("clinics:\n  - { id: noi, room: P1, queue: bhyt }\n", "'clinics[0].name' is required");
        assertRejected("clinics:\n  - { name: Nội, room: P1, queue: bhyt }\n", "'clinics[0].id' is required");
        assertRejected("clinics:\n  - { id: noi, name: Nội, room: P1 }\n", "'clinics[0].queue' is required");
        assertRejected("clinics:\n  - { id: noi, name: A, room: P1, queue: bhyt }\n"
                + "  - { id: noi, name: B, room: P2, queue: bhyt }\n", "'clinics[1].id' 'noi' is used by another clinic");
        assertRejected("clinics:\n  - { id: \"nội khoa\", name: A, room: P1, queue: bhyt }\n",
                "'clinics[0].id' must be 1-32 letters");
        assertRejected("clinics:\n  - { id: noi, name: A, room: \"" + "P".repeat(101) + "\", queue: bhyt }\n",
                "'clinics[0].room' is longer than 100 characters");
        assertRejected("clinics:\n  - { id: noi, name: A, room: P1, queue: bhyt, floor: 2 }\n",
                "unknown key 'clinics[0].floor'");
        assertRejected("clinics: { id: noi }\n", "'clinics'");
    }

    @Test
    void rejectsBadCheckinChoicesByTheirKeyPath() throws IOException {
        assertRejected("checkin:\n  kioskRegistration: true\n",
                "'checkin.kioskRegistration' is true but 'clinics' lists no clinic");
        assertRejected("checkin:\n  kioskRegistration: maybe\n", "'checkin.kioskRegistration'");
        assertRejected("checkin:\n  feePayingQueue: vip\n", "'checkin.feePayingQueue' names unknown queue 'vip'");
        assertRejected("checkin:\n  kioskChoiceWindow: 2h\n", "'checkin.kioskChoiceWindow' must be 10s to 30m");
        assertRejected("checkin:\n  kioskChoiceWindow: soon\n", "'checkin.kioskChoiceWindow' must be a duration");
        assertRejected("checkin:\n  kioskRegistraton: true\n", "unknown key 'checkin.kioskRegistraton'");
    }

    @Test
    void readsTheVisitHistoryKeysWithTheirDefaultsAndRejectsBadOnes() throws IOException {
        Settings documented = loader.load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        Settings absent = loader.load(Optional.of(write(QUEUES)), Map.of());
        Settings set = loader.load(Optional.of(write(QUEUES + "gateway:\n  historyBudget: 45s\n"
                + "  concurrentVisitDays: 7\n")), Map.of());

        assertThat(documented.history().budget()).isEqualTo(Duration.ofSeconds(30));
        assertThat(documented.history().concurrentVisitWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(absent.history()).isEqualTo(documented.history());
        assertThat(set.history().budget()).isEqualTo(Duration.ofSeconds(45));
        assertThat(set.history().concurrentVisitWindow()).isEqualTo(Duration.ofDays(7));
        assertRejected("gateway:\n  historyBudget: 2m\n", "'gateway.historyBudget' must be 1s to 60s");
        assertRejected("gateway:\n  historyBudget: 500ms\n", "'gateway.historyBudget' must be 1s to 60s");
        assertRejected("gateway:\n  historyBudget: later\n", "'gateway.historyBudget' must be a duration");
        assertRejected("gateway:\n  concurrentVisitDays: 0\n", "'gateway.concurrentVisitDays' must be 1-30 days");
        assertRejected("gateway:\n  concurrentVisitDays: 31\n", "'gateway.concurrentVisitDays' must be 1-30 days");
        assertRejected("gateway:\n  concurrentVisitDays: three\n", "'gateway.concurrentVisitDays'");
        assertRejected("gateway:\n  historyBudgt: 30s\n", "unknown key 'gateway.historyBudgt'");
    }

    @Test
    void readsASerialScannerWithItsPortSettingsAndTheWedgeRule() throws IOException {
        Path f = write(QUEUES + "kiosks:\n  - id: k1\n    scanner:\n      type: serial\n"
                + "      path: /dev/serial/by-id/usb-scanner\n      baud: 115200\n      dataBits: 7\n"
                + "      parity: even\n      stopBits: 2\n      terminator: crlf\n      retry: 1s\n"
                + "      retryMax: 30s\n      wedge: { enabled: false, minLength: 10, maxGap: 30ms }\n");
        TiepdonConfig.Kiosk k = loader.load(Optional.of(f), Map.of()).kiosk(Optional.empty());

        vn.tiepdon.devices.scanning.SerialSettings serial = Settings.serialScanner("test", "scanner", k.scanner());
        assertThat(serial).isEqualTo(new vn.tiepdon.devices.scanning.SerialSettings("/dev/serial/by-id/usb-scanner",
                115200, 7, vn.tiepdon.devices.scanning.SerialSettings.Parity.EVEN,
                vn.tiepdon.devices.scanning.SerialSettings.StopBits.TWO, vn.tiepdon.devices.scanning.CodeTerminator.CRLF,
                Duration.ofSeconds(1), Duration.ofSeconds(30)));
        assertThat(k.scanner().wedge().enabled()).isFalse();
        assertThat(k.scanner().wedge().minLength()).isEqualTo(10);
    }

    @Test
    void theOldDeviceScannerStillLoadsWithSerialDefaultsAndTheWedgeOn() throws IOException {
        Path f = write(QUEUES + "kiosks:\n  - { id: k1, scanner: { type: device, path: /dev/ttyACM0 } }\n");
        TiepdonConfig.Kiosk k = loader.load(Optional.of(f), Map.of()).kiosk(Optional.empty());

        assertThat(k.scanner().type()).isEqualTo("device");
        assertThat(k.scanner().path()).isEqualTo("/dev/ttyACM0");
        assertThat(Settings.serialScanner("test", "scanner", k.scanner()))
                .isEqualTo(vn.tiepdon.devices.scanning.SerialSettings.defaults("/dev/ttyACM0"));
        assertThat(k.scanner().wedge().enabled()).isTrue();
    }

    @Test
    void rejectsBadScannerSettingsByTheirKey() throws IOException {
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial } }\n", "'kiosks[0].scanner.path' is required");
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial, path: /dev/x, baud: 0 } }\n",
                "'kiosks[0].scanner.baud' must be 300 to 4000000");
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial, path: /dev/x, parity: maybe } }\n",
                "'kiosks[0].scanner.parity' must be one of none, odd, even, mark, space");
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial, path: /dev/x, stopBits: 3 } }\n",
                "'kiosks[0].scanner.stopBits' must be 1, 1.5 or 2");
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial, path: /dev/x, terminator: tab } }\n",
                "'kiosks[0].scanner.terminator' must be one of cr, lf, crlf");
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial, path: /dev/x, retry: 5s, retryMax: 1s } }\n",
                "'kiosks[0].scanner.retryMax' must be at least");
        assertRejected("kiosks:\n  - { id: k1, scanner: { wedge: { maxGap: 1s } } }\n",
                "'kiosks[0].scanner.wedge.maxGap' must be 5ms to 200ms");
        assertRejected("kiosks:\n  - { id: k1, scanner: { wedge: { minLength: 2 } } }\n",
                "'kiosks[0].scanner.wedge.minLength' must be 4 to 200");
        assertRejected("kiosks:\n  - { id: k1, scanner: { type: serial, path: /dev/x, bauds: 9600 } }\n",
                "unknown key 'kiosks[0].scanner.bauds'");
    }

    private static final String QUEUES = "queues:\n  - { id: bhyt, prefix: A, name: BHYT }\n"
            + "  - { id: service, prefix: B, name: \"Khám dịch vụ\" }\n";

    private void assertRejected(String yaml, String message) throws IOException {
        Path f = write(QUEUES + yaml);
        assertThatThrownBy(() -> loader.load(Optional.of(f), Map.of())).as(yaml)
                .isInstanceOf(ConfigException.class).hasMessageContaining(message);
    }
}
