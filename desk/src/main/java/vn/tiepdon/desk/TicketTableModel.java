package vn.tiepdon.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.swing.table.AbstractTableModel;

/** A list of tickets as table rows, with the columns its list needs ({@link Column}). */
final class TicketTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A column: its header key, and whether it is sized to its content (else it shares the rest). */
    enum Column {
        NUMBER(true), QUEUE(true), STATUS(true), WHO(false), LOOKUP(false), DOCUMENT(true), NOTE(false),
        COUNTER(true), ISSUED(true), CALLED(true);

        private final boolean fitted;

        Column(boolean fitted) {
            this.fitted = fitted;
        }

        /** True for a column as wide as its widest value (never cut); false for one that takes what is left. */
        boolean fitted() {
            return fitted;
        }

        String headerKey() {
            return "column." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final transient DeskMessages messages;
    private final ZoneId zone;
    private final List<Column> columns;
    private String counterId;
    private transient List<DeskTicket> rows = List.of();

    TicketTableModel(DeskMessages messages, ZoneId zone, List<Column> columns, String counterId) {
        this.messages = messages;
        this.zone = zone;
        this.columns = List.copyOf(columns);
        this.counterId = counterId;
    }

    /** The counter whose desk shows the list (a ticket reserved for it is marked). */
    void counter(String id) {
        counterId = id;
    }

    void setRows(List<DeskTicket> newRows) {
        rows = List.copyOf(newRows);
        fireTableDataChanged();
    }

    List<DeskTicket> rows() {
        return rows;
    }

    List<Column> columns() {
        return columns;
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

    int columnOf(Column c) {
        return columns.indexOf(c);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return messages.text(columns.get(column).headerKey());
    }

    @Override
    public Object getValueAt(int row, int column) {
        return value(rows.get(row), columns.get(column));
    }

    /** The text of one cell. */
    String value(DeskTicket t, Column c) {
        return switch (c) {
            case NUMBER -> t.number();
            case QUEUE -> t.ticket().queueName();
            case STATUS -> status(t);
            case WHO -> t.who();
            case LOOKUP -> t.lookup().label();
            case DOCUMENT -> t.ticket().lookup().map(l -> l.maskedKey()).orElse("—");
            case NOTE -> note(t);
            case COUNTER -> t.ticket().counterName().or(() -> t.ticket().counterId()).orElse("—");
            case ISSUED -> TIME.format(t.ticket().issuedAt().atZone(zone));
            case CALLED -> t.ticket().calledAt().map(at -> TIME.format(at.atZone(zone))).orElse("—");
        };
    }

    private String status(DeskTicket t) {
        String counter = t.ticket().counterName().or(() -> t.ticket().counterId()).orElse("—");
        return messages.text("status." + t.status().name(), counter);
    }

    private String note(DeskTicket t) {
        String note = t.note().orElse("");
        if (t.reservedFor(counterId)) {
            return note.isEmpty() ? messages.text("note.reservedHere") : messages.text("note.reservedHereWith", note);
        }
        return note;
    }
}
