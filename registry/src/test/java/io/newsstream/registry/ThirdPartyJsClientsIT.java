package io.newsstream.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.registry.client.HttpSchemaRegistryClient;
import io.newsstream.registry.testing.BuildProperties;
import io.newsstream.registry.testing.ExternalCommand;
import io.newsstream.registry.testing.NodeProject;
import io.newsstream.schema.RawArticle;
import io.newsstream.serde.ConfluentWireFormat;
import io.newsstream.serde.SpecificAvroDeserializer;
import io.newsstream.serde.SpecificAvroSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real third-party Node.js registry clients ({@code @kafkajs/confluent-schema-registry} and
 * Confluent's {@code @confluentinc/schemaregistry}, pinned in {@code src/test/js/package-lock.json})
 * run {@code client-contract.mjs} against our registry: register, fetch by id, encode and decode,
 * evolve compatibly and get rejected incompatibly. The wire bytes cross languages both ways: our Java
 * deserializer reads what each JS client wrote, and each JS client reads what our Java serializer wrote.
 *
 * <p>Needs {@code node} (>= 18) and {@code npm}; without them the test fails saying what to install.
 * npm and node output goes to {@code target/js-clients/}.
 */
@DisplayName("real Node.js schema-registry clients work against our registry")
class ThirdPartyJsClientsIT {

    private static final String SCRIPT = "client-contract.mjs";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);
    /** The topic the script decodes Java's bytes from, so the subject is news.raw-value. */
    private static final String JAVA_TOPIC = "news.raw";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final RawArticle WRITTEN_BY_JAVA = RawArticle.newBuilder()
            .setId("java-1")
            .setUrl("https://news.example/java/rates")
            .setSource("Example Wire")
            .setTitle("Central bank holds rates at 4.25%")
            .setBody("The bank kept its key rate unchanged.\nAnalysts had expected a cut — «prudence».")
            .setPublishedAt(Instant.ofEpochMilli(1767258000000L))
            .setIngestedAt(Instant.ofEpochMilli(1767261600123L))
            .setLanguage("en")
            .setPublisherTags(List.of("economy", "rates"))
            .setOrigin("http")
            .build();

    private static SchemaRegistryServer registry;
    private static ExternalCommand.Result scriptRun;
    private static Path reportFile;

    @BeforeAll
    static void runClientsAgainstOurRegistry() {
        NodeProject clients = new NodeProject(Path.of(BuildProperties.required("js.clients.dir")), Path.of(BuildProperties.required("js.clients.logs")));
        String nodeVersion = clients.requireToolchain();
        Duration install = clients.installDependencies();

        registry = SchemaRegistryServer.start(RegistryServerConfig.inMemory(0));
        String url = registry.url().toString();
        byte[] javaPayload = new SpecificAvroSerializer<RawArticle>(new HttpSchemaRegistryClient(url)).serialize(JAVA_TOPIC, WRITTEN_BY_JAVA);
        reportFile = Path.of(BuildProperties.required("js.clients.logs"), "client-contract-report.json");
        scriptRun = clients.runScript(SCRIPT_TIMEOUT, SCRIPT, url,
                "--java-payload", HexFormat.of().formatHex(javaPayload), "--report", reportFile.toString());

        System.out.printf("JS client contract: node %s, npm ci %s, %s %s (exit %d)%n", nodeVersion,
                install.isZero() ? "skipped (node_modules up to date)" : install.toMillis() + " ms",
                SCRIPT, scriptRun.elapsed().toMillis() + " ms", scriptRun.exitCode());
    }

    @AfterAll
    static void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    @DisplayName("every client check of client-contract.mjs passes")
    void clientChecksPass() {
        assertThat(scriptRun.exitCode()).as("%s failed; its output:%n%s", SCRIPT, scriptRun.output()).isZero();
        assertThat(scriptRun.output()).contains("all client checks passed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kafkajs", "confluent"})
    @DisplayName("our Java deserializer reads the bytes each JS client wrote")
    void javaReadsJsBytes(String client) {
        JsonNode written = report(client);
        byte[] payload = HexFormat.of().parseHex(written.get("payload").asText());

        RawArticle read = new SpecificAvroDeserializer<>(new HttpSchemaRegistryClient(registry.url().toString()), RawArticle.class)
                .deserialize(written.get("topic").asText(), payload);

        JsonNode record = written.get("record");
        assertThat(read).isEqualTo(RawArticle.newBuilder()
                .setId(record.get("id").asText())
                .setUrl(record.get("url").asText())
                .setTitle(record.get("title").asText())
                .setBody(record.get("body").asText())
                .setIngestedAt(Instant.ofEpochMilli(record.get("ingested_at").asLong()))
                .setPublisherTags(StreamSupport.stream(record.get("publisher_tags").spliterator(), false).map(JsonNode::asText).toList())
                .build());
        assertThat(ConfluentWireFormat.readSchemaId(written.get("topic").asText(), payload)).isEqualTo(written.get("schemaId").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kafkajs", "confluent"})
    @DisplayName("each JS client reads the bytes our Java serializer wrote")
    void jsReadsJavaBytes(String client) {
        assertThat(report(client).get("javaRecord")).isEqualTo(asDecodedByJs(WRITTEN_BY_JAVA));
    }

    /** The plain JS object avsc decodes a RawArticle to: unions unwrapped, timestamps as epoch milliseconds. */
    private static ObjectNode asDecodedByJs(RawArticle article) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", article.getId())
                .put("url", article.getUrl())
                .put("source", article.getSource())
                .put("title", article.getTitle())
                .put("body", article.getBody())
                .put("published_at", article.getPublishedAt().toEpochMilli())
                .put("ingested_at", article.getIngestedAt().toEpochMilli())
                .put("language", article.getLanguage());
        article.getPublisherTags().forEach(node.putArray("publisher_tags")::add);
        return node.put("origin", article.getOrigin());
    }

    private static JsonNode report(String client) {
        assertThat(scriptRun.exitCode()).as("%s failed, so it wrote no report; its output:%n%s", SCRIPT, scriptRun.output()).isZero();
        try {
            return JSON.readTree(reportFile.toFile()).get(client);
        } catch (IOException e) {
            throw new AssertionError("cannot read the report " + reportFile + " of " + SCRIPT, e);
        }
    }
}
