package io.newsstream.enrich.engine;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the engine alone, on one thread: how long the bundled knowledge base takes to load,
 * how much heap it holds, then article throughput after a warm-up, in MB/s of UTF-8 article text
 * (title and body) and articles/s.
 *
 * <p>A live stream never repeats an article, but a benchmark must: each round takes the articles
 * in a new pseudo-random order so that no fixed sequence repeats, and a corpus small enough for
 * the processor to learn (its caches and branch history then hold the whole of it) gets a
 * warning that the figure is optimistic.
 *
 * <p>On request it also measures with cold caches: before each article it writes a buffer larger
 * than the processor's caches, as other work sharing the core would, and times the analysis
 * alone; the best of several rounds bounds what a busy core gets. Changes that save cache misses
 * show there first: run two builds back to back to compare them.
 *
 * <p>Reads nothing itself: the caller hands it the articles (the {@code newsstream bench} command
 * reads them with ingest's parsers) and where to print the figures.
 */
public final class EngineBenchmark {

    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final long MEASURE_NANOS = 10_000_000_000L;
    /** Below either size, a single core learns the corpus and measures more than a stream would get. */
    private static final int VARIED_CORPUS_ARTICLES = 20;
    private static final long VARIED_CORPUS_BYTES = 20_000;

    private static final int COLD_ROUNDS = 5;
    private static final long COLD_ROUND_NANOS = 2_500_000_000L;

    /** Written after every analysis so the JIT cannot drop the work as unused. */
    private static volatile int lastMentionCount;
    /** Written before each article of the cold-cache measurement; a field, so the writes are never dropped. */
    private static long[] cacheFlush = new long[0];

    private EngineBenchmark() {}

    /**
     * @param flushKilobytes when above 0, also measure with this much memory written before each
     *     article (more than the last-level cache the process gets, e.g. 4096)
     */
    public static void run(PrintStream out, List<ArticleText> articles, int flushKilobytes) {
        if (articles.isEmpty()) {
            out.println("no articles to measure on");
            return;
        }
        double heapBeforeMb = usedHeapMegabytesAfterGc();
        long loadStart = System.nanoTime();
        EnrichmentEngine engine = EnrichmentEngine.withBundledKnowledgeBase();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        double heapAfterMb = usedHeapMegabytesAfterGc();
        out.printf(Locale.ROOT, "engine %s%n", engine.version());
        out.printf(Locale.ROOT, "knowledge base load: %.0f ms (first load in this JVM)%n", loadMillis);
        out.printf(Locale.ROOT, "heap used after load and GC: %.1f MB (%.1f MB held by the engine; max heap %.0f MB)%n",
                heapAfterMb, heapAfterMb - heapBeforeMb, Runtime.getRuntime().maxMemory() / 1e6);

        int[] utf8Bytes = articles.stream()
                .mapToInt(article -> article.analysedText().getBytes(StandardCharsets.UTF_8).length)
                .toArray();
        long bytesPerRound = Arrays.stream(utf8Bytes).asLongStream().sum();
        out.printf(Locale.ROOT, "corpus: %d articles, %.1f KB of UTF-8 text%n", articles.size(), bytesPerRound / 1e3);
        if (articles.size() < VARIED_CORPUS_ARTICLES || bytesPerRound < VARIED_CORPUS_BYTES) {
            out.printf(Locale.ROOT, "warning: a corpus under %d articles or %.0f KB fits in the processor's caches and "
                    + "branch history, so the figures below are optimistic; measure on varied articles "
                    + "(several directories) for what a live stream gets%n",
                    VARIED_CORPUS_ARTICLES, VARIED_CORPUS_BYTES / 1e3);
        }

        long warmUpRounds = runFor(engine, articles, WARM_UP_NANOS);
        out.printf(Locale.ROOT, "warm-up: %d rounds in %.1f s%n", warmUpRounds, WARM_UP_NANOS / 1e9);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long rounds = runFor(engine, articles, MEASURE_NANOS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double megabytes = rounds * bytesPerRound / 1e6;
        out.printf(Locale.ROOT, "single thread: %.1f MB/s, %.0f articles/s (%d rounds in %.1f s wall clock)%n",
                megabytes / seconds, rounds * articles.size() / seconds, rounds, seconds);
        // On a shared machine the thread does not own its core: per CPU-second is the per-core figure.
        out.printf(Locale.ROOT, "per core: %.1f MB/s, %.0f articles/s (%.1f s of CPU time on the measuring thread)%n",
                megabytes / cpuSeconds, rounds * articles.size() / cpuSeconds, cpuSeconds);

        if (flushKilobytes > 0) {
            measureWithColdCaches(out, engine, articles, utf8Bytes, flushKilobytes);
        }

        long reloadStart = System.nanoTime();
        EnrichmentEngine.withBundledKnowledgeBase();
        out.printf(Locale.ROOT, "knowledge base load, warm JVM: %.0f ms%n", (System.nanoTime() - reloadStart) / 1e6);
    }

    /**
     * Analyses the corpus over and over for about {@code nanos}, each round in a new order;
     * returns the number of full rounds.
     */
    private static long runFor(EnrichmentEngine engine, List<ArticleText> articles, long nanos) {
        List<ArticleText> round = new ArrayList<>(articles);
        // A fixed seed: the same sequence of orders on every run, so runs compare.
        Random order = new Random(articles.size());
        long deadline = System.nanoTime() + nanos;
        long rounds = 0;
        while (System.nanoTime() < deadline) {
            Collections.shuffle(round, order);
            for (ArticleText article : round) {
                lastMentionCount = engine.analyze(article).mentions().size();
            }
            rounds++;
        }
        return rounds;
    }

    /** Best of {@link #COLD_ROUNDS} rounds, timing only the analyses, each after a write of the flush buffer. */
    private static void measureWithColdCaches(PrintStream out, EnrichmentEngine engine, List<ArticleText> articles,
            int[] utf8Bytes, int flushKilobytes) {
        cacheFlush = new long[flushKilobytes * 1024 / Long.BYTES];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        Random shuffle = new Random(articles.size());
        double bestNanosPerArticle = Double.MAX_VALUE;
        double bestMegabytesPerSecond = 0;
        for (int round = 0; round < COLD_ROUNDS; round++) {
            long analysing = 0;
            long analysed = 0;
            long bytes = 0;
            long deadline = System.nanoTime() + COLD_ROUND_NANOS;
            while (System.nanoTime() < deadline) {
                Collections.shuffle(order, shuffle);
                for (int i : order) {
                    // One write per 64-byte line evicts the engine's data from every cache level.
                    for (int k = 0; k < cacheFlush.length; k += 8) {
                        cacheFlush[k] += k;
                    }
                    long start = System.nanoTime();
                    lastMentionCount = engine.analyze(articles.get(i)).mentions().size();
                    analysing += System.nanoTime() - start;
                    analysed++;
                    bytes += utf8Bytes[i];
                }
            }
            bestNanosPerArticle = Math.min(bestNanosPerArticle, (double) analysing / analysed);
            bestMegabytesPerSecond = Math.max(bestMegabytesPerSecond, bytes / (analysing / 1e9) / 1e6);
        }
        out.printf(Locale.ROOT, "cold caches (%d KB written before each article): %.1f us/article, %.1f MB/s "
                + "(best of %d rounds of %.1f s)%n", flushKilobytes, bestNanosPerArticle / 1e3, bestMegabytesPerSecond,
                COLD_ROUNDS, COLD_ROUND_NANOS / 1e9);
    }

    private static double usedHeapMegabytesAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }
}
