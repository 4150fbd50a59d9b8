package io.newsstream.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @Test
    void readsEveryReadableArticleAndReportsTheRestWithoutStopping(@TempDir Path dir) throws Exception {
        Path seed = Files.writeString(dir.resolve("a.txt"), "Body about OPEC.\nSource link\nEnergy, OPEC\n");
        Path latin1 = Files.write(dir.resolve("b.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
        Path lines = Files.writeString(dir.resolve("c.jsonl"), "{\"body\": \"One.\"}\n{oops\n");
        List<String> failures = new ArrayList<>();

        List<ArticleFiles.FileArticle> articles =
                ArticleFiles.readAll(List.of(seed, latin1, dir.resolve("missing.txt"), lines), failures);

        assertThat(articles).extracting(ArticleFiles.FileArticle::origin)
                .containsExactly(seed.toString(), lines + " line 1");
        assertThat(articles.get(0).draft().publisherTags()).containsExactly("Energy", "OPEC");
        assertThat(articles.get(0).text().analysedText()).isEqualTo("Body about OPEC.");
        assertThat(failures).hasSize(3);
        assertThat(failures.get(0)).isEqualTo(latin1 + ": not UTF-8 text");
        assertThat(failures.get(1)).isEqualTo(dir.resolve("missing.txt") + ": no such file");
        assertThat(failures.get(2)).startsWith(lines + " line 2: invalid JSON: ");
    }

    @Test
    void listsADirectorySortedWithoutHiddenFilesAndReadme(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.writeString(dir.resolve("README.md"), "x");

        assertThat(ArticleFiles.list(dir)).containsExactly(dir.resolve("a.txt"), dir.resolve("b.txt"));
        assertThat(ArticleFiles.list(dir.resolve("a.txt"))).containsExactly(dir.resolve("a.txt"));
    }
}
