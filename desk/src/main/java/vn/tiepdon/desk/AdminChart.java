package vn.tiepdon.desk;

import java.util.List;
import java.util.Objects;

/**
 * One chart of the admin view as data (no Swing): its title, categories (x axis) and series, each
 * series one value per category ({@code null}: nothing to show there, e.g. a rate on a day
 * without lookups). {@code name} identifies the chart on screen.
 */
record AdminChart(String name, String title, Style style, String yTitle, List<String> categories,
                  List<Series> series) {
    enum Style { LINES, BARS, STACKED_BARS }

    record Series(String name, List<Double> values) {
        Series {
            Objects.requireNonNull(name);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    AdminChart {
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        Objects.requireNonNull(style);
        Objects.requireNonNull(yTitle);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** True when there is nothing to draw (no category, or every value empty or zero). */
    boolean empty() {
        return series.stream().flatMap(s -> s.values().stream()).noneMatch(v -> v != null && v != 0.0);
    }
}
