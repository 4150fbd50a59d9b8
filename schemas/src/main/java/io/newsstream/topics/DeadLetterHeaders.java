package io.newsstream.topics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The header convention of dead-letter records, identical to the one Kafka Streams uses for its
 * dead-letter queue (KIP-1034, {@code errors.dead.letter.queue.topic.name}; names as in
 * {@code org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils}): the record keeps its
 * original key and value bytes and these headers, all UTF-8 strings, say why and where it failed.
 * Records our own components dead-letter (e.g. files ingest cannot parse) use the same headers, so
 * one reader serves the whole topic.
 */
public final class DeadLetterHeaders {

    /** Class name of the exception. */
    public static final String EXCEPTION = "__streams.errors.exception";
    /** The exception's message. */
    public static final String MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    /** Source topic, partition and offset of the failed record, when it came from Kafka. */
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";

    private DeadLetterHeaders() {}

    /** Headers describing {@code failure} of a record that did not come from a Kafka topic. */
    public static Headers forFailure(Throwable failure) {
        StringWriter stackTrace = new StringWriter();
        failure.printStackTrace(new PrintWriter(stackTrace));
        return new RecordHeaders()
                .add(EXCEPTION, utf8(failure.getClass().getName()))
                .add(MESSAGE, utf8(failure.getMessage()))
                .add(STACKTRACE, utf8(stackTrace.toString()));
    }

    /** Headers describing {@code failure} of the record at {@code topic}/{@code partition}/{@code offset}. */
    public static Headers forFailure(Throwable failure, String topic, int partition, long offset) {
        return forFailure(failure)
                .add(TOPIC, utf8(topic))
                .add(PARTITION, utf8(String.valueOf(partition)))
                .add(OFFSET, utf8(String.valueOf(offset)));
    }

    /**
     * A one-line reason for the failure, {@code "<exception class>: <message>"}, or whichever of the
     * two is present; empty when the headers carry neither.
     */
    public static Optional<String> reason(Headers headers) {
        Optional<String> exception = text(headers, EXCEPTION);
        Optional<String> message = text(headers, MESSAGE);
        if (exception.isPresent() && message.isPresent()) {
            return Optional.of(exception.get() + ": " + message.get());
        }
        return exception.or(() -> message);
    }

    /** The UTF-8 text of the last header named {@code key}, if present and non-empty. */
    public static Optional<String> text(Headers headers, String key) {
        return Optional.ofNullable(headers.lastHeader(key))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .filter(value -> !value.isEmpty());
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
