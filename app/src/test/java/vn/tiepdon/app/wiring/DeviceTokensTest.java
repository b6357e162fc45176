package vn.tiepdon.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.core.access.Role;

/** Where a kiosk or display finds its token, and the token file's permission check. */
class DeviceTokensTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    private DeviceTokens.Found find(Map<String, String> env, Optional<Path> file) {
        return DeviceTokens.find(env, file, "kiosk-1", Role.KIOSK, new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private Path tokenFile(String content, String mode) throws IOException {
        Path f = dir.resolve("device-token");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
        return f;
    }

    private static String problem(DeviceTokens.Found found) {
        assertThat(found).isInstanceOf(DeviceTokens.Found.Problem.class);
        return ((DeviceTokens.Found.Problem) found).message();
    }

    @Test
    void theEnvironmentVariableWinsOverTheFile() {
        DeviceTokens.Found found = find(Map.of("TIEPDON_DEVICE_TOKEN", "  dev_abc \n"),
                Optional.of(dir.resolve("absent")));
        assertThat(found).isEqualTo(new DeviceTokens.Found.Token("dev_abc", "TIEPDON_DEVICE_TOKEN"));
        assertThat(found.toString()).doesNotContain("dev_abc");
    }

    @Test
    void readsTheTrimmedTokenFromAFileOnlyItsOwnerMayRead() throws IOException {
        assumeTrue(posix(), "needs POSIX file permissions");
        Path f = tokenFile("dev_secret-token\n", "rw-------");
        assertThat(find(Map.of(), Optional.of(f))).isEqualTo(new DeviceTokens.Found.Token("dev_secret-token",
                f.toString()));
        assertThat(warnings.size()).isZero();
        Path readOnly = tokenFile("  dev_x  ", "r--------");
        assertThat(find(Map.of(), Optional.of(readOnly))).isInstanceOf(DeviceTokens.Found.Token.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rw----r--", "rw-r--r--", "r--r-----"})
    void refusesAFileThatGroupOrOthersMayRead(String mode) throws IOException {
        assumeTrue(posix(), "needs POSIX file permissions");
        Path f = tokenFile("dev_secret-token\n", mode);
        String message = problem(find(Map.of(), Optional.of(f)));
        assertThat(message).contains(f.toString(), "readable by group or others", "(" + mode + ")",
                "chmod 600 " + f).doesNotContain("dev_secret-token");
    }

    @Test
    void refusesAMissingFileAndSaysHowToGetAToken() {
        Path f = dir.resolve("nothing-here");
        String message = problem(find(Map.of(), Optional.of(f)));
        assertThat(message).contains(f + " (client.tokenFile) does not exist",
                "./tiepdon device-token --id kiosk-1 --role KIOSK > " + f);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assumeTrue(posix(), "needs POSIX file permissions");
        Path f = tokenFile(" \n\n", "rw-------");
        assertThat(problem(find(Map.of(), Optional.of(f)))).contains("is empty", "device-token --id kiosk-1");
    }

    @Test
    void refusesADirectory() {
        assertThat(problem(find(Map.of(), Optional.of(dir)))).contains("is not a regular file");
    }

    @Test
    void withoutAnyTokenSaysHowToGetOne() {
        String message = problem(DeviceTokens.find(Map.of("TIEPDON_DEVICE_TOKEN", "  "), Optional.empty(),
                "display-1", Role.DISPLAY, System.err));
        assertThat(message).contains("no device token", "TIEPDON_DEVICE_TOKEN", "client.tokenFile",
                "./tiepdon device-token --id display-1 --role DISPLAY");
    }

    @Test
    void onAFileSystemWithoutPosixPermissionsSaysSoAndGoesOn() throws IOException {
        // a zip file system has no POSIX view: the check cannot be made there
        Path zip = dir.resolve("fs.zip");
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            assumeTrue(!fs.supportedFileAttributeViews().contains("posix"), "this zip file system has POSIX views");
            Path f = fs.getPath("/device-token");
            Files.writeString(f, "dev_on_fat\n", StandardCharsets.UTF_8);

            DeviceTokens.Found found = find(Map.of(), Optional.of(f));

            assertThat(found).isEqualTo(new DeviceTokens.Found.Token("dev_on_fat", f.toString()));
            assertThat(warnings.toString(StandardCharsets.UTF_8))
                    .contains("cannot check who may read the token file", "no POSIX permissions");
        }
    }
}
