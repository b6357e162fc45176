package vn.tiepdon.bhxhsim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 hex of a password, as the gateway's clients send it. */
final class Md5 {

    private Md5() {
    }

    static String hex(String plain) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
