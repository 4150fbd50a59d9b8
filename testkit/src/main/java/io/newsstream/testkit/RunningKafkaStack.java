package io.newsstream.testkit;

/** A {@link KafkaStack} a backend has started; closing it stops everything the backend started. */
interface RunningKafkaStack extends KafkaStack, AutoCloseable {

    @Override
    void close();
}
