package vn.tiepdon.devices.smartcard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The raw LDS files of one card (as a chip would hold them), e.g. built by {@link CccdCardBuilder}.
 * A card folder holds one file per entry, named by {@link LdsFile#fileName()}.
 */
public record CardImage(Map<LdsFile, byte[]> files) {

    public CardImage {
        EnumMap<LdsFile, byte[]> copy = new EnumMap<>(LdsFile.class);
        files.forEach((file, bytes) -> copy.put(file, bytes.clone()));
        if (!copy.containsKey(LdsFile.DG1)) {
            throw new IllegalArgumentException("a card holds at least DG1");
        }
        files = Collections.unmodifiableMap(copy);
    }

    public Optional<byte[]> file(LdsFile file) {
        return Optional.ofNullable(files.get(file)).map(byte[]::clone);
    }

    /** A copy with one file replaced (or added). */
    public CardImage with(LdsFile file, byte[] bytes) {
        EnumMap<LdsFile, byte[]> copy = new EnumMap<>(files);
        copy.put(file, bytes);
        return new CardImage(copy);
    }

    /** A copy without one file. */
    public CardImage without(LdsFile file) {
        EnumMap<LdsFile, byte[]> copy = new EnumMap<>(files);
        copy.remove(file);
        return new CardImage(copy);
    }

    public void writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<LdsFile, byte[]> e : files.entrySet()) {
            Files.write(folder.resolve(e.getKey().fileName()), e.getValue());
        }
    }

    public static CardImage readFrom(Path folder) throws IOException {
        EnumMap<LdsFile, byte[]> map = new EnumMap<>(LdsFile.class);
        for (LdsFile file : LdsFile.values()) {
            Path p = folder.resolve(file.fileName());
            if (Files.isRegularFile(p)) {
                map.put(file, Files.readAllBytes(p));
            }
        }
        return new CardImage(map);
    }
}
