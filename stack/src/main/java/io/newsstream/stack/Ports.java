package io.newsstream.stack;

import io.newsstream.registry.PortUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Checks and picks TCP ports before a server binds them.
 *
 * <p>Kafka reports a taken port only after it has formatted storage and started half its
 * threads, with a long stack trace; probing first gives a one-line error and leaves nothing
 * behind. A probe cannot reserve the port, so another process may still take it between the
 * probe and the bind; the server's own bind error then applies.
 */
final class Ports {

    /** Port number that asks for any free port. */
    static final int ANY = 0;

    private Ports() {}

    /** Rejects numbers that are not TCP ports; {@link #ANY} is allowed. */
    static void requireValid(String service, int port) {
        if (port < ANY || port > 65535) {
            throw new IllegalArgumentException(service + " port must be 0-65535, got " + port);
        }
    }

    /**
     * {@code port} itself if it is free on {@code host}, a free port if it is {@link #ANY}.
     *
     * @param service what will listen there, for the error message ("Kafka")
     * @param portOption the option that chooses this port, for the error message ("--kafka-port")
     * @throws PortUnavailableException if {@code port} is taken
     */
    static int resolve(String host, int port, String service, String portOption) {
        try {
            return bind(host, port);
        } catch (BindException e) {
            throw new PortUnavailableException(host, port, service, portOption, e);
        }
    }

    /**
     * Fails if {@code port} is taken; does nothing for {@link #ANY}, which the server resolves
     * itself when it binds.
     *
     * @throws PortUnavailableException if {@code port} is taken
     */
    static void requireFree(String host, int port, String service, String portOption) {
        if (port != ANY) {
            resolve(host, port, service, portOption);
        }
    }

    /** A port that was free on {@code host} a moment ago. */
    static int freePort(String host) {
        try {
            return bind(host, ANY);
        } catch (BindException e) {
            throw new UncheckedIOException("No free port on " + host, e);
        }
    }

    private static int bind(String host, int port) throws BindException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address(host), port), 1);
            return socket.getLocalPort();
        } catch (BindException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot probe port %d on %s".formatted(port, host), e);
        }
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host '" + host + "'", e);
        }
    }
}
