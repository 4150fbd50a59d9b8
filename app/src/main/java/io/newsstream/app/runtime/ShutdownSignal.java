package io.newsstream.app.runtime;

import java.util.concurrent.CountDownLatch;

/**
 * Lets a command block until Ctrl-C (SIGINT/SIGTERM) and then close its resources on its own
 * thread, in order: the JVM's shutdown hook only signals and waits for the command to finish,
 * so services stop before the broker under them.
 */
public final class ShutdownSignal {

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    public static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signal.requested.countDown();
            try {
                signal.finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown-signal"));
        return signal;
    }

    public void await() throws InterruptedException {
        requested.await();
    }

    /** Call once everything is closed, so the JVM may exit. */
    public void finished() {
        finished.countDown();
    }
}
