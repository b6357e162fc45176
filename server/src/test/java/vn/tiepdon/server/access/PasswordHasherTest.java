package vn.tiepdon.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = vn.tiepdon.server.TestServer.cheapHasher();

    @Test
    void aHashMatchesItsPasswordOnly() {
        String stored = hasher.hash("mật khẩu dài 1");
        assertThat(stored).matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.matches("mật khẩu dài 1", stored)).isTrue();
        assertThat(hasher.matches("mat khau dai 1", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hash("same-password")).isNotEqualTo(hasher.hash("same-password"));
    }

    @Test
    void aHashKeepsTheCostItWasMadeWith() {
        String strong = new PasswordHasher(new SecureRandom()).hash("pw-12345678");
        assertThat(strong).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("pw-12345678", strong)).isTrue();
    }

    @Test
    void aKnownArgon2idVectorVerifies() {
        // RFC 9106-style check against an independently produced PHC string (argon2-cffi, "password", salt "somesalt")
        String phc = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(hasher.matches("password", phc)).isTrue();
        assertThat(hasher.matches("passwore", phc)).isFalse();
    }

    @Test
    void garbageIsNoMatch() {
        assertThat(hasher.matches("x", "plain-text")).isFalse();
        assertThat(hasher.matches("x", "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
                .isFalse();
    }
}
