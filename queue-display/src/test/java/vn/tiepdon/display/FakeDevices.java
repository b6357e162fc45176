package vn.tiepdon.display;

import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.devices.announce.Announcer;
import vn.tiepdon.devices.board.NumberBoard;

/** A number board and an announcer that write down what they were asked to do. */
final class FakeDevices {
    private FakeDevices() {
    }

    static final class Board implements NumberBoard {
        final List<String> shown = new ArrayList<>();
        RuntimeException thrown;

        @Override
        public void showCall(String ticketNumber, String counterName) {
            shown.add(ticketNumber + " → " + counterName);
            if (thrown != null) {
                throw thrown;
            }
        }

        @Override
        public void clear() {
            shown.add("clear");
        }
    }

    static final class Voice implements Announcer {
        final List<String> announced = new ArrayList<>();
        Runnable during = () -> { };

        @Override
        public void announceCall(String ticketNumber, String counterName) {
            during.run();
            announced.add(ticketNumber + " → " + counterName);
        }
    }
}
