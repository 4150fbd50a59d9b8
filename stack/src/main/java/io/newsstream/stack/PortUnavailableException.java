package io.newsstream.stack;

/**
 * A port the stack was asked to listen on is taken by another process.
 *
 * <p>The message is one line meant for an operator ("Port 9092 on 127.0.0.1 is already in use
 * (Kafka); choose another with --kafka-port"), so command-line front ends can print it as is
 * instead of a stack trace.
 */
public final class PortUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PortUnavailableException(
            String host, int port, String service, String portOption, Throwable cause) {
        super(
                "Port %d on %s is already in use (%s); choose another with %s"
                        .formatted(port, host, service, portOption),
                cause);
    }
}
