package vn.tiepdon.app.wiring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tiepdon.core.access.Role;

/**
 * Where a kiosk or display finds its device token: {@code TIEPDON_DEVICE_TOKEN}, else the file
 * named by {@code client.tokenFile}. The file must be readable by its owner only (like an SSH
 * key); on a file system without POSIX permissions that cannot be checked, which is said on
 * {@code warnings}, and the token is used.
 */
public final class DeviceTokens {
    public static final String ENV = "TIEPDON_DEVICE_TOKEN";
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS_READ =
            EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private DeviceTokens() {
    }

    /** What the search found. */
    public sealed interface Found permits Found.Token, Found.Problem {
        /** The token, and where it came from (for the start-up line; never the token itself). */
        record Token(String token, String from) implements Found {
            public Token {
                Objects.requireNonNull(token);
                Objects.requireNonNull(from);
            }

            @Override
            public String toString() {
                return "Token[***, from=" + from + "]";
            }
        }

        /** No usable token: {@code message} says what is wrong and how to get or fix one. */
        record Problem(String message) implements Found {
            public Problem {
                Objects.requireNonNull(message);
            }
        }
    }

    /**
     * This device's token. {@code deviceId} and {@code role} (KIOSK or DISPLAY) only go into the
     * messages, which say how to get a token.
     *
     * @param warnings where to say that the file's permissions could not be checked
     */
    public static Found find(Map<String, String> env, Optional<Path> tokenFile, String deviceId, Role role,
                             PrintStream warnings) {
        Optional<String> fromEnv = Optional.ofNullable(env.get(ENV)).map(String::trim).filter(t -> !t.isEmpty());
        if (fromEnv.isPresent()) {
            return new Found.Token(fromEnv.get(), ENV);
        }
        if (tokenFile.isEmpty()) {
            return new Found.Problem("no device token: set " + ENV + " or client.tokenFile (a file readable by "
                    + "this user only). An admin gets a token for this " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " with: " + howToGet(deviceId, role, Optional.empty()));
        }
        return read(tokenFile.get(), deviceId, role, warnings);
    }

    private static Found read(Path file, String deviceId, Role role, PrintStream warnings) {
        if (!Files.exists(file)) {
            return new Found.Problem("the token file " + file + " (client.tokenFile) does not exist. An admin gets "
                    + "a token with: " + howToGet(deviceId, role, Optional.of(file)));
        }
        if (!Files.isRegularFile(file)) {
            return new Found.Problem("the token file " + file + " (client.tokenFile) is not a regular file");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
            open.addAll(permissions);
            open.retainAll(GROUP_OR_OTHERS_READ);
            if (!open.isEmpty()) {
                return new Found.Problem("the token file " + file + " (client.tokenFile) is readable by group or "
                        + "others (" + PosixFilePermissions.toString(permissions) + "): anyone who can read it can "
                        + "act as this device. Make it readable by its owner only: chmod 600 " + file);
            }
        } catch (UnsupportedOperationException e) {
            warnings.println("tiepdon: cannot check who may read the token file " + file + ": this file system has "
                    + "no POSIX permissions. Make sure only this program's user can read it.");
        } catch (IOException e) {
            return new Found.Problem("cannot read the token file " + file + " (client.tokenFile): " + describe(e));
        }
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return new Found.Problem("cannot read the token file " + file + " (client.tokenFile): " + describe(e));
        }
        if (token.isEmpty()) {
            return new Found.Problem("the token file " + file + " (client.tokenFile) is empty. An admin gets a "
                    + "token with: " + howToGet(deviceId, role, Optional.of(file)));
        }
        if (token.lines().count() > 1) {
            return new Found.Problem("the token file " + file + " (client.tokenFile) holds more than one line: it "
                    + "must hold the token alone");
        }
        return new Found.Token(token, file.toString());
    }

    /** The command that makes a token, written into {@code file} with the right mode when given. */
    static String howToGet(String deviceId, Role role, Optional<Path> file) {
        String command = "./tiepdon device-token --id " + deviceId + " --role " + role.name();
        return file.map(f -> "(umask 077; " + command + " > " + f + ")").orElse(command);
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
