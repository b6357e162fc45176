package vn.tiepdon.devices.smartcard;

/** What a {@link CardReader} reports as it watches its reader. */
public sealed interface CardEvent {

    /** The reader whose state changed (its PC/SC name, or the virtual reader's name). */
    String reader();

    record CardInserted(String reader) implements CardEvent {
    }

    record CardRemoved(String reader) implements CardEvent {
    }

    /** The reader appeared (at start, or plugged back in). */
    record ReaderConnected(String reader) implements CardEvent {
    }

    /** The reader disappeared (unplugged, or the PC/SC service stopped). */
    record ReaderDisconnected(String reader) implements CardEvent {
    }
}
