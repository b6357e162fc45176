package vn.tiepdon.desk;

import java.util.List;
import java.util.Objects;

/** The numbers of one chart as a table (tables are read by screen readers; charts are not). */
record AdminTable(String name, String title, List<String> columns, List<List<String>> rows) {
    AdminTable {
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells for " + columns.size()
                        + " columns");
            }
        }
    }
}
