package io.newsstream.enrich.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SeedPrinterTest {
    @Test
    void print() throws Exception {
        SeedArticles seed = SeedArticles.read(SeedArticles.SEEDS.resolve("000_3469b6172892ae86.txt"));
        System.out.println(AnalysisJson.toTree("seed", TestEngines.TEST_KB.analyze(ArticleText.ofBody(seed.body()))).toPrettyString());
    }
}
