package io.newsstream.app.runtime;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * The settings every Newsstream Kafka Streams service runs with.
 *
 * <ul>
 *   <li>exactly_once_v2: an article is enriched and delivered once even across crashes;</li>
 *   <li>poison pills never stop a service: records that fail to deserialize or to process are
 *       logged and written, with the failure in KIP-1034 headers, to the dead-letter topic;</li>
 *   <li>serdes are set per operator by the topologies, never as defaults, so a missing one fails
 *       at build time rather than on the first record.</li>
 * </ul>
 */
public final class StreamsProperties {

    private StreamsProperties() {}

    public static Properties of(String applicationId, String bootstrapServers, String deadLetterTopic, Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        // A fresh application reads the topic from its start: replaying history is the default.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        return props;
    }
}
