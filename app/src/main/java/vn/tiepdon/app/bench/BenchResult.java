package vn.tiepdon.app.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The one closing line of every benchmark: {@code RESULT key=value key=value ...}. */
public final class BenchResult {
    private final Map<String, String> values = new LinkedHashMap<>();

    public BenchResult put(String key, long value) {
        return putText(key, Long.toString(value));
    }

    public BenchResult put(String key, double value) {
        return putText(key, String.format(Locale.ROOT, "%.2f", value));
    }

    public BenchResult putText(String key, String value) {
        if (!key.matches("[a-z][a-z0-9_]*") || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("RESULT keys are lower_snake_case and values have no spaces: "
                    + key + "=" + value);
        }
        values.put(key, value);
        return this;
    }

    /** The value put under {@code key}, as written in the line. */
    public java.util.Optional<String> value(String key) {
        return java.util.Optional.ofNullable(values.get(key));
    }

    public String line() {
        return "RESULT " + values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** The value at the given percentile (0–100) of sorted samples, nearest rank. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
