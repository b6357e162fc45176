package vn.tiepdon.devices.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualNumberBoardTest {

    private final VirtualNumberBoard board = new VirtualNumberBoard();

    @Test
    void showsTheCalledTicketAndCounter() {
        board.showCall("A001", "Quầy 1");

        assertThat(board.showing()).contains("A001 → Quầy 1");
    }

    @Test
    void startsBlankAndClearsToBlank() {
        assertThat(board.showing()).isEmpty();

        board.showCall("A001", "Quầy 1");
        board.clear();

        assertThat(board.showing()).isEmpty();
        assertThat(board.history()).containsExactly("A001 → Quầy 1");
    }

    @Test
    void remembersEveryCallInOrder() {
        board.showCall("A001", "Quầy 1");
        board.showCall("B002", " Quầy 3 ");
        board.showCall("A001", "Quầy 1");

        assertThat(board.history()).containsExactly("A001 → Quầy 1", "B002 → Quầy 3", "A001 → Quầy 1");
        assertThat(board.showing()).contains("A001 → Quầy 1");
    }

    @Test
    void keepsEveryCallFromManyThreads() throws InterruptedException {
        List<Thread> callers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int counter = t + 1;
            callers.add(new Thread(() -> {
                for (int i = 0; i < 250; i++) {
                    board.showCall(String.format("A%03d", i), "Quầy " + counter);
                }
            }));
        }
        callers.forEach(Thread::start);
        for (Thread caller : callers) {
            caller.join();
        }

        assertThat(board.history()).hasSize(1000);
    }
}
