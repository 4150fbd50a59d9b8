package io.newsstream.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    @Test
    @DisplayName("header names are exactly the ones Kafka Streams' dead-letter queue writes")
    void matchesKafkaStreams() {
        assertThat(List.of(DeadLetterHeaders.EXCEPTION, DeadLetterHeaders.MESSAGE, DeadLetterHeaders.STACKTRACE,
                DeadLetterHeaders.TOPIC, DeadLetterHeaders.PARTITION, DeadLetterHeaders.OFFSET))
                .containsExactly(ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME,
                        ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME,
                        ExceptionHandlerUtils.HEADER_ERRORS_STACKTRACE_NAME,
                        ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME,
                        ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME,
                        ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME);
    }

    @Test
    @DisplayName("a failure is described as UTF-8 text and read back as one reason line")
    void describesAndReadsFailure() {
        SerializationException failure = new SerializationException(
                "Unknown magic byte 0x7b at offset 0 of topic news.raw: not Confluent Avro wire format");

        Headers headers = DeadLetterHeaders.forFailure(failure, "news.raw", 3, 1042L);

        assertThat(DeadLetterHeaders.reason(headers)).contains("org.apache.kafka.common.errors.SerializationException: "
                + "Unknown magic byte 0x7b at offset 0 of topic news.raw: not Confluent Avro wire format");
        assertThat(DeadLetterHeaders.text(headers, DeadLetterHeaders.TOPIC)).contains("news.raw");
        assertThat(DeadLetterHeaders.text(headers, DeadLetterHeaders.PARTITION)).contains("3");
        assertThat(DeadLetterHeaders.text(headers, DeadLetterHeaders.OFFSET)).contains("1042");
        assertThat(DeadLetterHeaders.text(headers, DeadLetterHeaders.STACKTRACE).orElseThrow())
                .contains("DeadLetterHeadersTest.describesAndReadsFailure");
    }

    @Test
    @DisplayName("a failure without a message still has a reason; records without headers have none")
    void toleratesMissingParts() {
        Headers withoutMessage = DeadLetterHeaders.forFailure(new IllegalStateException());

        assertThat(DeadLetterHeaders.reason(withoutMessage)).contains("java.lang.IllegalStateException");
        assertThat(DeadLetterHeaders.text(withoutMessage, DeadLetterHeaders.TOPIC)).isEmpty();
        assertThat(DeadLetterHeaders.reason(new RecordHeaders())).isEqualTo(Optional.empty());
        assertThat(DeadLetterHeaders.reason(new RecordHeaders()
                .add(DeadLetterHeaders.MESSAGE, "only a message".getBytes(StandardCharsets.UTF_8))))
                .contains("only a message");
    }
}
