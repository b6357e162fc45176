package vn.tiepdon.devices.board;

/** A board that shows the called ticket at a counter (LED board, or a screen region). */
public interface NumberBoard {
    /** Shows {@code ticketNumber} called to {@code counterName}. */
    void showCall(String ticketNumber, String counterName);

    /** Blanks the board. */
    void clear();
}
