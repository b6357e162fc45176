package vn.tiepdon.app.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code tiepdon.yaml}: the file named by {@code --config}, else {@code config/tiepdon.yaml}
 * in the working directory, else the default packed in the program. Unknown keys and values of
 * the wrong type are rejected with the key path and line.
 */
public final class ConfigLoader {
    private static final String DEFAULT_RESOURCE = "/tiepdon.yaml";
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    /** Loads and checks the configuration. */
    public Settings load(Optional<Path> file, java.util.Map<String, String> env) {
        TiepdonConfig raw;
        String source;
        if (file.isPresent()) {
            Path p = file.get();
            if (!Files.isRegularFile(p)) {
                throw new ConfigException("configuration file not found: " + p);
            }
            source = p.toString();
            try (InputStream in = Files.newInputStream(p)) {
                raw = read(in, source);
            } catch (IOException e) {
                throw new ConfigException("cannot read configuration file " + p + ": " + e.getMessage(), e);
            }
        } else if (Files.isRegularFile(Path.of("config", "tiepdon.yaml"))) {
            return load(Optional.of(Path.of("config", "tiepdon.yaml")), env);
        } else {
            source = "built-in default configuration";
            try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new ConfigException("the built-in default configuration is missing from the program");
                }
                raw = read(in, source);
            } catch (IOException e) {
                throw new ConfigException("cannot read the built-in configuration: " + e.getMessage(), e);
            }
        }
        return Settings.from(raw, source, env);
    }

    TiepdonConfig read(InputStream in, String source) throws IOException {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            TiepdonConfig config = yaml.readValue(text, TiepdonConfig.class);
            if (config == null) {
                throw new ConfigException(source + ": the file is empty");
            }
            return config;
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new ConfigException(source + ": unknown key '" + path(e) + "'"
                    + keyLine(text, String.valueOf(e.getPropertyName())).orElse(line(e.getLocation()))
                    + (known.isEmpty() ? "" : "; known keys here: " + known), e);
        } catch (JsonMappingException e) {
            throw new ConfigException(source + ": bad value at '" + path(e) + "'" + line(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": not valid YAML" + line(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The line where {@code key} is written (Jackson reports where the enclosing object ends). */
    private static Optional<String> keyLine(String text, String key) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|[\\s{,-])" + java.util.regex.Pattern.quote(key)
                + "\\s*:");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].replaceAll("\\s#.*$", "");
            if (p.matcher(content).find()) {
                return Optional.of(" (line " + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }
}
