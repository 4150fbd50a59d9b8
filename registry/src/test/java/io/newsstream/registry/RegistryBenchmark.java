package io.newsstream.registry;

import io.newsstream.registry.core.SchemaRegistry;
import io.newsstream.registry.store.InMemorySchemaStore;
import io.newsstream.registry.testing.ArticleSchemas;
import io.newsstream.registry.testing.RegistryHttp;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of the registry's hot paths with {@value #SUBJECTS} subjects of three versions each: the id
 * lookup a deserialiser makes (in process and over loopback HTTP) and the idempotent re-register a
 * serialiser makes on start. Run: {@code java -cp <test classpath> io.newsstream.registry.RegistryBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegistryBenchmark {

    private static final int SUBJECTS = 500;

    private SchemaRegistry registry;
    private SchemaRegistryServer server;
    private RegistryHttp http;
    private int lastId;

    @Setup(Level.Trial)
    public void populate() {
        server = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0));
        http = new RegistryHttp(server.url());
        registry = new SchemaRegistry(new InMemorySchemaStore());
        for (int subject = 0; subject < SUBJECTS; subject++) {
            for (String schema : new String[] {ArticleSchemas.V1, ArticleSchemas.ADD_FIELD_WITH_DEFAULT, ArticleSchemas.REMOVE_FIELD}) {
                String distinct = schema.replace("\"Article\"", "\"Article" + subject + "\"");
                lastId = registry.register("articles" + subject + "-value", distinct, null);
                http.register("articles" + subject + "-value", distinct);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        server.close();
    }

    @Benchmark
    public String schemaByIdInProcess() {
        return registry.schemaById(lastId);
    }

    @Benchmark
    public int reRegisterInProcess() {
        return registry.register("articles0-value", ArticleSchemas.V1.replace("\"Article\"", "\"Article0\""), null);
    }

    @Benchmark
    public int schemaByIdOverHttp() {
        return http.get("/schemas/ids/" + lastId).status();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RegistryBenchmark.class.getSimpleName()).build()).run();
    }
}
