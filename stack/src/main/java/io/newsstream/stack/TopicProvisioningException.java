package io.newsstream.stack;

/** Topics could not be created or did not become usable in time; the message says which. */
public final class TopicProvisioningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TopicProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
