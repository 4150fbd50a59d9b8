package io.newsstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStackIT {

    private static final String ARTICLE_V1 =
            """
      {"type":"record","name":"Article","namespace":"test",
       "fields":[{"name":"title","type":"string"}]}""";
    private static final String AUTHOR_V1 =
            """
      {"type":"record","name":"Author","namespace":"test",
       "fields":[{"name":"name","type":"string"}]}""";

    @Test
    @DisplayName("schema ids survive a restart on the same data directory and keep growing")
    void restartKeepsSchemaIds(@TempDir Path dataDir) throws Exception {
        StackConfig config = StackConfig.ephemeral().withDataDir(dataDir);
        int articleId;
        try (EmbeddedStack stack = EmbeddedStack.start(config)) {
            articleId =
                    new RegistryHttp(stack.schemaRegistryUrl())
                            .register("articles-value", ARTICLE_V1);
        }

        try (EmbeddedStack restarted = EmbeddedStack.start(config)) {
            RegistryHttp registry = new RegistryHttp(restarted.schemaRegistryUrl());

            assertThat(registry.schemaById(articleId)).contains("\"Article\"");
            assertThat(registry.register("authors-value", AUTHOR_V1)).isGreaterThan(articleId);
        }
    }

    @Test
    @DisplayName("close is idempotent and deletes a temporary data directory")
    void closeTwice() {
        EmbeddedStack stack = EmbeddedStack.start(StackConfig.ephemeral());
        Path dataDir = stack.dataDir();
        assertThat(dataDir.resolve("kafka")).isDirectory();

        stack.close();
        stack.close();

        assertThat(dataDir).doesNotExist();
    }
}
