package vn.tiepdon.server.http;

import java.util.Optional;

/** Turns a bearer token into its caller; empty for a wrong, expired or revoked token. */
@FunctionalInterface
public interface Authenticator {
    Optional<Caller> authenticate(String token);
}
