package io.newsstream.app.cli;

import io.newsstream.enrich.engine.EngineBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the enrichment engine alone, single thread, after warm-up: MB/s of article text,",
            "articles/s, knowledge-base load time and heap. Run with the service's heap: NEWSSTREAM_JAVA_OPTS=-Xmx512m."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DIR", defaultValue = "seeds",
            description = "Directories of articles to measure on (default: ${DEFAULT-VALUE}).")
    List<Path> dirs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EngineBenchmark.run(System.out, dirs);
        return 0;
    }
}
