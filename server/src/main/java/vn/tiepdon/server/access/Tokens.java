package vn.tiepdon.server.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Bearer tokens: 32 random bytes, base64url, with a prefix that says which kind ({@code tds_} a
 * person's session, {@code tdd_} a device). The database keeps only their SHA-256: tokens are
 * random, so a fast hash is enough to make a copied table useless.
 */
public final class Tokens {
    static final String SESSION_PREFIX = "tds_";
    static final String DEVICE_PREFIX = "tdd_";
    private final SecureRandom random;

    public Tokens(SecureRandom random) {
        this.random = Objects.requireNonNull(random);
    }

    String newSessionToken() {
        return SESSION_PREFIX + randomPart();
    }

    String newDeviceToken() {
        return DEVICE_PREFIX + randomPart();
    }

    private String randomPart() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token: SHA-256, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
