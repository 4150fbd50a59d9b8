package io.newsstream.app.cli;

import io.newsstream.enrich.engine.ArticleText;
import io.newsstream.enrich.engine.EngineBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the enrichment engine's single-thread throughput.",
            "",
            "Runs the engine alone after warm-up and prints MB/s of article text,",
            "articles/s, knowledge-base load time and heap. Run with the service's heap: NEWSSTREAM_JAVA_OPTS=-Xmx512m."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DIR", defaultValue = "seeds",
            description = "Directories (or files) of articles to measure on (default: ${DEFAULT-VALUE}).")
    List<Path> dirs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = dirs.stream().flatMap(dir -> ArticleFiles.list(dir).stream()).toList();
        List<String> failures = new ArrayList<>();
        List<ArticleText> articles = ArticleFiles.readAll(files, failures).stream()
                .map(ArticleFiles.FileArticle::text)
                .toList();
        failures.forEach(failure -> spec.commandLine().getErr().println("skipped " + failure));
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("no articles found in " + dirs);
            return 2;
        }
        EngineBenchmark.run(System.out, articles);
        return 0;
    }
}
