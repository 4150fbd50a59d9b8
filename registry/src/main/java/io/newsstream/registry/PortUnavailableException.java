package io.newsstream.registry;

/** The registry's port is already taken; the message is one line telling the operator what to do. */
public final class PortUnavailableException extends RuntimeException {

    public PortUnavailableException(String host, int port, Throwable cause) {
        super("Port " + port + " on " + host + " is already in use (schema registry); choose another with --registry-port",
                cause);
    }
}
