package vn.tiepdon.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.swing.table.AbstractTableModel;

/** The waiting list as table rows: number, queue, patient, lookup, issue time. */
final class WaitingTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String[] COLUMNS = {"column.number", "column.queue", "column.who", "column.lookup",
        "column.issued"};
    static final int LOOKUP_COLUMN = 3;

    private final transient DeskMessages messages;
    private final ZoneId zone;
    private transient List<DeskTicket> rows = List.of();

    WaitingTableModel(DeskMessages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    void setRows(List<DeskTicket> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    Optional<DeskTicket> row(int index) {
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    int indexOf(long ticketId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == ticketId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return messages.text(COLUMNS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        DeskTicket t = rows.get(row);
        return switch (column) {
            case 0 -> t.number();
            case 1 -> t.ticket().queueName();
            case 2 -> t.who();
            case 3 -> t.lookup().label();
            default -> TIME.format(t.ticket().issuedAt().atZone(zone));
        };
    }
}
