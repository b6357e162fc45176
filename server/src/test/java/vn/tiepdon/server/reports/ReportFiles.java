package vn.tiepdon.server.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads a report back with reader libraries: each sheet (or the CSV) as rows of cell texts. */
final class ReportFiles {
    private ReportFiles() {
    }

    /** Sheet name → its rows, each row's cells as text ("" for an empty cell), trailing empties dropped. */
    static Map<String, List<List<String>>> xlsx(byte[] file) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : cell.getText());
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    rows.add(cells);
                }
                out.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The CSV's records after its byte-order mark, trailing empty cells dropped. */
    static List<List<String>> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("no UTF-8 byte-order mark");
        }
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(file, 3,
                file.length - 3), StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                List<String> cells = new ArrayList<>(r.toList());
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
