package io.newsstream.registry.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * A {@link SchemaRegistryClient} speaking the Confluent Schema Registry REST API over the JDK HTTP
 * client, so it works with Confluent, Apicurio's ccompat API, Karapace and our own registry.
 *
 * <p>Reads and writes only Avro schemas. Ids and (subject, schema) registrations are immutable, so
 * they are cached for the life of the client: after warm-up, serdes make no registry calls.
 * Latest versions, subject lists and compatibility settings change and are always fetched.
 * Connection errors and 5xx are retried as {@link HttpRegistrySettings} says; thread-safe.
 */
public final class HttpSchemaRegistryClient implements SchemaRegistryClient {

    private final ObjectMapper json = new ObjectMapper();
    private final RegistryTransport transport;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookups = new ConcurrentHashMap<>();

    public HttpSchemaRegistryClient(HttpRegistrySettings settings) {
        this.transport = new RegistryTransport(settings, json);
    }

    /** A client for a comma-separated URL list, with the default timeouts and retries. */
    public HttpSchemaRegistryClient(String commaSeparatedUrls) {
        this(HttpRegistrySettings.forUrls(commaSeparatedUrls));
    }

    @Override
    public int register(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        JsonNode response = transport.call("POST", subjectPath(subject) + "/versions", schemaBody(schema), about(subject));
        int id = requiredInt(response, "id", subject);
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode response = transport.call("GET", "/schemas/ids/" + id, null, "schema id " + id);
        Schema schema = parseSchema(response, "schema id " + id);
        Schema raced = schemasById.putIfAbsent(id, schema);
        return raced == null ? schema : raced;
    }

    @Override
    public RegisteredSchema getLatest(String subject) {
        return registered(transport.call("GET", subjectPath(subject) + "/versions/latest", null, about(subject)), subject);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        SubjectSchema key = new SubjectSchema(subject, schema);
        RegisteredSchema cached = lookups.get(key);
        if (cached != null) {
            return cached;
        }
        RegisteredSchema found = registered(
                transport.call("POST", subjectPath(subject), schemaBody(schema), about(subject)), subject);
        lookups.put(key, found);
        return found;
    }

    @Override
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>();
        transport.call("GET", "/subjects", null, "all subjects").forEach(node -> subjects.add(node.asText()));
        return subjects.stream().sorted().toList();
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        try {
            JsonNode response = transport.call("POST", "/compatibility" + subjectPath(subject) + "/versions/latest",
                    schemaBody(schema), about(subject));
            return response.path("is_compatible").asBoolean(false);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SUBJECT_NOT_FOUND
                    || e.errorCode() == SchemaRegistryException.VERSION_NOT_FOUND) {
                return true;
            }
            throw e;
        }
    }

    @Override
    public String getCompatibility(String subject) {
        String path = subject == null ? "/config" : "/config/" + encode(subject) + "?defaultToGlobal=true";
        JsonNode response = transport.call("GET", path, null, subject == null ? "global config" : about(subject));
        return response.path("compatibilityLevel").asText(response.path("compatibility").asText(null));
    }

    @Override
    public void setCompatibility(String subject, String level) {
        String path = subject == null ? "/config" : "/config/" + encode(subject);
        ObjectNode body = json.createObjectNode().put("compatibility", CompatibilityLevel.parse(level).name());
        transport.call("PUT", path, body.toString(), subject == null ? "global config" : about(subject));
    }

    private String schemaBody(Schema schema) {
        return json.createObjectNode().put("schema", schema.toString()).toString();
    }

    private RegisteredSchema registered(JsonNode response, String subject) {
        int id = requiredInt(response, "id", subject);
        Schema schema = schemasById.computeIfAbsent(id, newId -> parseSchema(response, about(subject)));
        return new RegisteredSchema(id, response.path("subject").asText(subject), requiredInt(response, "version", subject), schema);
    }

    private static Schema parseSchema(JsonNode response, String about) {
        String text = response.path("schema").asText(null);
        if (text == null) {
            throw new SchemaRegistryException(200, 0, "Schema registry response for " + about + " has no schema: " + response);
        }
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(200, SchemaRegistryException.INVALID_SCHEMA,
                    "Schema registry returned an unparseable Avro schema for " + about + ": " + e.getMessage(), e);
        }
    }

    private static int requiredInt(JsonNode response, String field, String subject) {
        JsonNode value = response.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException(200, 0,
                    "Schema registry response for " + about(subject) + " lacks an integer '" + field + "': " + response);
        }
        return value.asInt();
    }

    private static String subjectPath(String subject) {
        return "/subjects/" + encode(subject);
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String about(String subject) {
        return "subject '" + subject + "'";
    }

    private record SubjectSchema(String subject, Schema schema) {}
}
