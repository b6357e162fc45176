package vn.tiepdon.server.eligibility;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import vn.tiepdon.core.privacy.Masking;

/**
 * How the server logs in at the BHXH gateway and who it says does the lookups.
 *
 * @param baseUrl      gateway base URL, e.g. {@code https://egw.baohiemxahoi.gov.vn} (or bhxh-sim)
 * @param username     facility account, {@code <maCSKCB>_BV}
 * @param password     the plain password; only its MD5 hex is ever sent ({@link #passwordMd5()})
 * @param upperCaseMd5 send the MD5 hex in upper case (no source confirms which case the gateway wants;
 *                     lower case is what most clients send)
 * @param staffName    registered staff member's full name ({@code hoTenCb})
 * @param staffCccd    that staff member's 12-digit CCCD ({@code cccdCb})
 */
public record GatewayCredentials(String baseUrl, String username, String password, boolean upperCaseMd5,
                                 String staffName, String staffCccd) {

    public static final String URL = "TIEPDON_BHXH_URL";
    public static final String USERNAME = "TIEPDON_BHXH_USERNAME";
    public static final String PASSWORD = "TIEPDON_BHXH_PASSWORD";
    public static final String STAFF_NAME = "TIEPDON_BHXH_STAFF_NAME";
    public static final String STAFF_CCCD = "TIEPDON_BHXH_STAFF_CCCD";
    public static final String MD5_UPPERCASE = "TIEPDON_BHXH_MD5_UPPERCASE";

    public GatewayCredentials {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(staffName, "staffName");
        Objects.requireNonNull(staffCccd, "staffCccd");
        if (HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL");
        }
        if (username.isBlank() || password.isEmpty() || staffName.isBlank()) {
            throw new IllegalArgumentException("username, password and staffName must not be blank");
        }
        if (!staffCccd.matches("\\d{12}")) {
            throw new IllegalArgumentException("staffCccd must be 12 digits");
        }
    }

    /**
     * The credentials from {@code TIEPDON_BHXH_URL}, {@code _USERNAME}, {@code _PASSWORD},
     * {@code _STAFF_NAME}, {@code _STAFF_CCCD} and optional {@code _MD5_UPPERCASE=true}.
     *
     * @return empty when none of the five is set (no gateway configured)
     * @throws IllegalArgumentException when only some are set or a value is invalid, naming the variables
     */
    public static Optional<GatewayCredentials> fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        List<String> keys = List.of(URL, USERNAME, PASSWORD, STAFF_NAME, STAFF_CCCD);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (value(env, key).isEmpty()) {
                missing.add(key);
            }
        }
        if (missing.size() == keys.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("BHXH gateway partly configured, missing " + String.join(", ", missing));
        }
        String upper = value(env, MD5_UPPERCASE).orElse("false").toLowerCase(Locale.ROOT);
        if (!upper.equals("true") && !upper.equals("false")) {
            throw new IllegalArgumentException(MD5_UPPERCASE + " must be true or false");
        }
        try {
            return Optional.of(new GatewayCredentials(value(env, URL).orElseThrow(),
                    value(env, USERNAME).orElseThrow(), env.get(PASSWORD), upper.equals("true"),
                    value(env, STAFF_NAME).orElseThrow(), value(env, STAFF_CCCD).orElseThrow()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid TIEPDON_BHXH_* setting: " + e.getMessage(), e);
        }
    }

    /** MD5 hex of the password, lower case unless {@link #upperCaseMd5()}. */
    public String passwordMd5() {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return upperCaseMd5 ? hex.toUpperCase(Locale.ROOT) : hex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }

    /** Never shows the password or the staff CCCD; the staff name is masked. */
    @Override
    public String toString() {
        return "GatewayCredentials[baseUrl=" + baseUrl + ", username=" + username + ", password=***, upperCaseMd5="
                + upperCaseMd5 + ", staffName=" + Masking.name(staffName) + ", staffCccd=***]";
    }

    private static Optional<String> value(Map<String, String> env, String key) {
        return Optional.ofNullable(env.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
