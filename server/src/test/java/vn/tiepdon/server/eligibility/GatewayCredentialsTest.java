package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayCredentialsTest {

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("TIEPDON_BHXH_URL", "https://daotaoegw.baohiemxahoi.gov.vn");
        env.put("TIEPDON_BHXH_USERNAME", "01013_BV");
        env.put("TIEPDON_BHXH_PASSWORD", "123456");
        env.put("TIEPDON_BHXH_STAFF_NAME", "Trần Thị Bích");
        env.put("TIEPDON_BHXH_STAFF_CCCD", "001190012345");
        return env;
    }

    @Test
    void readsTheFiveVariables() {
        GatewayCredentials c = GatewayCredentials.fromEnvironment(env()).orElseThrow();

        assertThat(c.baseUrl()).isEqualTo("https://daotaoegw.baohiemxahoi.gov.vn");
        assertThat(c.username()).isEqualTo("01013_BV");
        assertThat(c.password()).isEqualTo("123456");
        assertThat(c.staffName()).isEqualTo("Trần Thị Bích");
        assertThat(c.staffCccd()).isEqualTo("001190012345");
        assertThat(c.upperCaseMd5()).isFalse();
    }

    @Test
    void isEmptyWhenNoGatewayIsConfigured() {
        assertThat(GatewayCredentials.fromEnvironment(Map.of("PATH", "/usr/bin"))).isEmpty();
    }

    @Test
    void rejectsAPartialConfigurationNamingWhatIsMissing() {
        Map<String, String> env = env();
        env.remove("TIEPDON_BHXH_STAFF_CCCD");
        env.put("TIEPDON_BHXH_STAFF_NAME", "  ");

        assertThatThrownBy(() -> GatewayCredentials.fromEnvironment(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TIEPDON_BHXH_STAFF_CCCD")
                .hasMessageContaining("TIEPDON_BHXH_STAFF_NAME");
    }

    @Test
    void rejectsAStaffCccdThatIsNotTwelveDigitsWithoutShowingIt() {
        Map<String, String> env = env();
        env.put("TIEPDON_BHXH_STAFF_CCCD", "0011900123");

        assertThatThrownBy(() -> GatewayCredentials.fromEnvironment(env))
                .hasMessageContaining("staffCccd").hasMessageNotContaining("0011900123");
    }

    @Test
    void rejectsABaseUrlThatIsNotHttp() {
        Map<String, String> env = env();
        env.put("TIEPDON_BHXH_URL", "egw.baohiemxahoi.gov.vn");

        assertThatThrownBy(() -> GatewayCredentials.fromEnvironment(env)).hasMessageContaining("baseUrl");
    }

    @Test
    void hashesThePasswordInLowerCaseByDefault() {
        assertThat(GatewayCredentials.fromEnvironment(env()).orElseThrow().passwordMd5())
                .isEqualTo("e10adc3949ba59abbe56e057f20f883e");
    }

    @Test
    void hashesInUpperCaseWhenAsked() {
        Map<String, String> env = env();
        env.put("TIEPDON_BHXH_MD5_UPPERCASE", "TRUE");

        GatewayCredentials c = GatewayCredentials.fromEnvironment(env).orElseThrow();

        assertThat(c.upperCaseMd5()).isTrue();
        assertThat(c.passwordMd5()).isEqualTo("E10ADC3949BA59ABBE56E057F20F883E");
    }

    @Test
    void rejectsAnUpperCaseFlagThatIsNotABoolean() {
        Map<String, String> env = env();
        env.put("TIEPDON_BHXH_MD5_UPPERCASE", "yes");

        assertThatThrownBy(() -> GatewayCredentials.fromEnvironment(env))
                .hasMessageContaining("TIEPDON_BHXH_MD5_UPPERCASE");
    }

    @Test
    void toStringNeverShowsThePasswordOrTheStaffCccd() {
        String text = GatewayCredentials.fromEnvironment(env()).orElseThrow().toString();

        assertThat(text).contains("01013_BV")
                .doesNotContain("123456")
                .doesNotContain("e10adc3949ba59abbe56e057f20f883e")
                .doesNotContain("001190012345")
                .doesNotContain("Trần Thị Bích");
    }
}
