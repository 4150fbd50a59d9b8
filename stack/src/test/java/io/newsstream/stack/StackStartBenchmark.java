package io.newsstream.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long the embedded platform takes to start; asserts nothing about speed.
 *
 * <p>Not run by the build (its name matches neither surefire's nor failsafe's patterns). Run it
 * with {@code mvn -o -pl stack verify -Dit.test=StackStartBenchmark -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. The first run of each kind includes class loading
 * and JIT warm-up, which is what a developer sees on {@code ./newsstream stack}.
 */
class StackStartBenchmark {

    private static final int RUNS = 5;

    @Test
    void brokerStart() throws Exception {
        List<Duration> toReady = new ArrayList<>();
        List<Duration> toFirstAck = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            try (EmbeddedKafka kafka =
                    new EmbeddedKafka(EmbeddedKafkaConfig.defaults().withPort(0))) {
                kafka.start();
                toReady.add(since(start));
                new TopicProvisioner(kafka.bootstrapServers(), Duration.ofSeconds(30))
                        .ensureTopics(List.of(new NewTopic("benchmark", 1, (short) 1)));
                try (KafkaProducer<String, String> producer =
                        TestClients.producer(kafka.bootstrapServers())) {
                    producer.send(new ProducerRecord<>("benchmark", "k", "v")).get();
                }
                toFirstAck.add(since(start));
            }
        }
        print("EmbeddedKafka start() until broker ready", toReady);
        print("EmbeddedKafka start() until first acked produce (incl. topic creation)", toFirstAck);
    }

    @Test
    void stackStart(@TempDir Path dataDir) {
        StackConfig kept = StackConfig.ephemeral().withDataDir(dataDir);
        print("EmbeddedStack start, fresh temporary data dir", timeStarts(StackConfig::ephemeral));
        print("EmbeddedStack start, restart on a kept data dir", timeStarts(() -> kept));
    }

    private static List<Duration> timeStarts(Supplier<StackConfig> config) {
        List<Duration> durations = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            try (EmbeddedStack stack = EmbeddedStack.start(config.get())) {
                durations.add(since(start));
            }
        }
        return durations;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static void print(String what, List<Duration> durations) {
        List<Long> millis = durations.stream().map(Duration::toMillis).toList();
        long median = millis.stream().sorted().toList().get(millis.size() / 2);
        System.out.printf("%-75s median %5d ms, runs %s%n", what, median, millis);
    }
}
