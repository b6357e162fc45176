package vn.tiepdon.app.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a long-running command alive until Ctrl-C (or a stop), then closes what it started. */
final class Processes {
    private Processes() {
    }

    static void runUntilStopped(AutoCloseable... parts) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable p : parts) {
                try {
                    p.close();
                } catch (Exception e) {
                    System.err.println("tiepdon: error while stopping: " + e.getMessage());
                }
            }
            stopped.countDown();
        }, "tiepdon-stop"));
        stopped.await();
    }
}
