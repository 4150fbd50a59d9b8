package io.newsstream.serde;

import io.newsstream.registry.client.InMemorySchemaRegistryClient;
import io.newsstream.schema.EnrichedArticle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Per-record cost of the serde after warm-up, on a fully populated EnrichedArticle (the largest
 * record). Run: {@code java -cp <test classpath> io.newsstream.serde.SerdeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SerdeBenchmark {

    private static final String TOPIC = "news.enriched";

    private SpecificAvroSerializer<EnrichedArticle> serializer;
    private SpecificAvroDeserializer<EnrichedArticle> deserializer;
    private EnrichedArticle article;
    private byte[] payload;

    @Setup
    public void warmUp() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        serializer = new SpecificAvroSerializer<>(registry);
        deserializer = new SpecificAvroDeserializer<>(registry, EnrichedArticle.class);
        article = SampleRecords.enrichedArticle();
        payload = serializer.serialize(TOPIC, article);
    }

    @Benchmark
    public byte[] serialize() {
        return serializer.serialize(TOPIC, article);
    }

    @Benchmark
    public EnrichedArticle deserialize() {
        return deserializer.deserialize(TOPIC, payload);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(SerdeBenchmark.class.getSimpleName()).build()).run();
    }
}
