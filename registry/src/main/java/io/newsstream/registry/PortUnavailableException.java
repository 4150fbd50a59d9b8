package io.newsstream.registry;

/**
 * A port a server was asked to listen on is taken by another process.
 *
 * <p>The message is one line meant for an operator ("Port 9092 on 127.0.0.1 is already in use
 * (Kafka); choose another with --kafka-port"), so command-line front ends can print it as is
 * instead of a stack trace. The embedded stack uses it for its Kafka port too, so callers handle
 * one exception type for every port.
 */
public final class PortUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param service what wanted the port, e.g. "schema registry"
     * @param portOption the command-line option that changes it, e.g. "--registry-port"
     */
    public PortUnavailableException(String host, int port, String service, String portOption, Throwable cause) {
        super("Port %d on %s is already in use (%s); choose another with %s".formatted(port, host, service, portOption),
                cause);
    }
}
