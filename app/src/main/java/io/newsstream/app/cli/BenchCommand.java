package io.newsstream.app.cli;

import io.newsstream.enrich.engine.ArticleText;
import io.newsstream.enrich.engine.EngineBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the enrichment engine's single-thread throughput.",
            "",
            "Runs the engine alone after warm-up and prints MB/s of article text,",
            "articles/s, knowledge-base load time and heap. Run with the service's heap: NEWSSTREAM_JAVA_OPTS=-Xmx512m."})
public final class BenchCommand implements Callable<Integer> {

    /** 256 MB: far beyond any cache, and within the 512 MB heap the service and the bench run with. */
    private static final int MAX_COLD_CACHES_KILOBYTES = 1 << 18;

    @Parameters(arity = "0..*", paramLabel = "DIR", defaultValue = "seeds",
            description = "Directories (or files) of articles to measure on (default: ${DEFAULT-VALUE}).")
    List<Path> dirs;

    @Option(names = "--cold-caches", paramLabel = "KB", defaultValue = "0",
            description = "Also measure with KB of memory written before each article, so that every article "
                    + "starts with cold caches (e.g. 4096): the bound for a core whose other work evicts the "
                    + "engine's data between articles. 0 (default) skips it.")
    int coldCachesKilobytes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (coldCachesKilobytes < 0 || coldCachesKilobytes > MAX_COLD_CACHES_KILOBYTES) {
            throw new ParameterException(spec.commandLine(), "--cold-caches must be between 0 and "
                    + MAX_COLD_CACHES_KILOBYTES + " KB, got " + coldCachesKilobytes);
        }
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
        EngineBenchmark.run(System.out, articles, coldCachesKilobytes);
        return 0;
    }
}
