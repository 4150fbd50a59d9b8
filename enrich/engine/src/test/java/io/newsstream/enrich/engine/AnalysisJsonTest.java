package io.newsstream.enrich.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    @Test
    void writesTheEnrichFileShape() throws Exception {
        String body = "“We are ready,” Putin said in Brussels. Putin left.";
        String json = AnalysisJson.toJson("x.txt", TestEngines.TEST_KB.analyze(ArticleText.ofBody(body)));
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("file").asText()).isEqualTo("x.txt");
        assertThat(root.get("language").asText()).isNotEmpty();
        JsonNode putin = root.get("mentions").get(0);
        assertThat(putin.get("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(putin.get("id").asText()).isEqualTo("person:vladimir-putin");
        assertThat(putin.get("type").asText()).isEqualTo("PERSON");
        assertThat(putin.get("count").asInt()).isEqualTo(2);
        assertThat(putin.get("spans").get(0).get(0).asInt()).isEqualTo(16);
        assertThat(putin.get("spans").get(0).get(1).asInt()).isEqualTo(21);
        assertThat(putin.get("country").asText()).isEqualTo("RU");
        assertThat(root.get("quotes").get(0).get("speaker").asText()).isEqualTo("Vladimir Putin");
        assertThat(root.get("tags").isArray()).isTrue();
        assertThat(json).doesNotContain("\n");
    }
}
