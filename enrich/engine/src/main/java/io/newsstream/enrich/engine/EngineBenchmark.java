package io.newsstream.enrich.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the engine alone, single thread: knowledge-base load time, heap after load, then
 * article throughput (MB/s of UTF-8 article text and articles/s) after a warm-up.
 *
 * <p>Reads the seed-format articles of the folders given (default {@code seeds}). Run with
 * {@code java -cp <engine jar + deps> io.newsstream.enrich.engine.EngineBenchmark [folder...]}
 * or through {@code newsstream bench}.
 */
public final class EngineBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    /** Written after every analysis so the JIT cannot drop the work as unused. */
    private static volatile int lastMentionCount;

    private EngineBenchmark() {}

    public static void main(String[] args) {
        List<Path> folders = args.length == 0 ? List.of(Path.of("seeds")) : Stream.of(args).map(Path::of).toList();
        run(System.out, folders);
    }

    public static void run(PrintStream out, List<Path> folders) {
        List<ArticleText> articles = readArticles(folders);
        if (articles.isEmpty()) {
            out.println("no articles found in " + folders);
            return;
        }
        long loadStart = System.nanoTime();
        EnrichmentEngine engine = EnrichmentEngine.withBundledKnowledgeBase();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        double heapMb = usedHeapMegabytes();

        long bytesPerRound = 0;
        for (ArticleText article : articles) {
            bytesPerRound += article.analysedText().getBytes(StandardCharsets.UTF_8).length;
        }
        runFor(engine, articles, WARM_UP_NANOS);
        long start = System.nanoTime();
        long rounds = runFor(engine, articles, MEASURE_NANOS);
        double seconds = (System.nanoTime() - start) / 1e9;

        out.printf(Locale.ROOT, "engine %s%n", engine.version());
        out.printf(Locale.ROOT, "knowledge base load: %.0f ms, heap used after load: %.1f MB (max heap %.0f MB)%n",
                loadMillis, heapMb, Runtime.getRuntime().maxMemory() / 1e6);
        out.printf(Locale.ROOT, "corpus: %d articles, %.1f KB per round%n", articles.size(), bytesPerRound / 1e3);
        out.printf(Locale.ROOT, "single thread: %.1f MB/s, %.0f articles/s (%d rounds in %.1f s)%n",
                rounds * bytesPerRound / 1e6 / seconds, rounds * articles.size() / seconds, rounds, seconds);
    }

    /** Analyses the corpus over and over for about {@code nanos}; returns the number of full rounds. */
    private static long runFor(EnrichmentEngine engine, List<ArticleText> articles, long nanos) {
        long deadline = System.nanoTime() + nanos;
        long rounds = 0;
        while (System.nanoTime() < deadline) {
            for (ArticleText article : articles) {
                lastMentionCount = engine.analyze(article).mentions().size();
            }
            rounds++;
        }
        return rounds;
    }

    private static double usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1e6;
    }

    private static List<ArticleText> readArticles(List<Path> folders) {
        List<ArticleText> articles = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    articles.add(ArticleText.ofBody(SeedFormat.parse(Files.readString(file)).body()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read articles from " + folder, e);
            }
        }
        return articles;
    }
}
