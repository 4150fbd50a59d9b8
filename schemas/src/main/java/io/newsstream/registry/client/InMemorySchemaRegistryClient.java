package io.newsstream.registry.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A schema registry held in memory, behaving like the Confluent one: global ids shared by equal
 * schemas across subjects, versions numbered per subject from 1, compatibility enforced on
 * registration (global default BACKWARD), and the same error codes.
 *
 * <p>For unit tests and {@code TopologyTestDriver} tests; it lives in main because other modules'
 * tests use it. Thread-safe; nothing is persisted.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

    private static final CompatibilityLevel DEFAULT_COMPATIBILITY = CompatibilityLevel.BACKWARD;

    private final Map<Schema, Integer> idsBySchema = new HashMap<>();
    private final List<Schema> schemasById = new ArrayList<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectCompatibility = new HashMap<>();
    private CompatibilityLevel globalCompatibility = DEFAULT_COMPATIBILITY;

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        for (RegisteredSchema version : versions) {
            if (version.schema().equals(schema)) {
                return version.id();
            }
        }
        List<String> problems = levelOf(subject).incompatibilities(schema, schemasNewestFirst(versions));
        if (!problems.isEmpty()) {
            throw new SchemaRegistryException(409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with an earlier schema for subject '"
                            + subject + "' (" + levelOf(subject) + "): " + String.join("; ", problems));
        }
        int id = idsBySchema.computeIfAbsent(schema, newSchema -> {
            schemasById.add(newSchema);
            return schemasById.size();
        });
        versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>())
                .add(new RegisteredSchema(id, subject, versions.size() + 1, schema));
        return id;
    }

    @Override
    public synchronized Schema getById(int id) {
        if (id < 1 || id > schemasById.size()) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND,
                    "Schema " + id + " not found");
        }
        return schemasById.get(id - 1);
    }

    @Override
    public synchronized RegisteredSchema getLatest(String subject) {
        List<RegisteredSchema> versions = existingVersions(subject);
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        return existingVersions(subject).stream()
                .filter(version -> version.schema().equals(schema))
                .findFirst()
                .orElseThrow(() -> new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND,
                        "Schema not found under subject '" + subject + "'"));
    }

    @Override
    public synchronized List<String> subjects() {
        return versionsBySubject.keySet().stream().sorted().toList();
    }

    @Override
    public synchronized boolean isCompatible(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        return levelOf(subject).incompatibilities(schema, schemasNewestFirst(versions)).isEmpty();
    }

    @Override
    public synchronized String getCompatibility(String subject) {
        return (subject == null ? globalCompatibility : levelOf(subject)).name();
    }

    @Override
    public synchronized void setCompatibility(String subject, String level) {
        CompatibilityLevel parsed = CompatibilityLevel.parse(level);
        if (subject == null) {
            globalCompatibility = parsed;
        } else {
            subjectCompatibility.put(subject, parsed);
        }
    }

    private CompatibilityLevel levelOf(String subject) {
        return subjectCompatibility.getOrDefault(subject, globalCompatibility);
    }

    private List<RegisteredSchema> existingVersions(String subject) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null) {
            throw new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found");
        }
        return versions;
    }

    private static List<Schema> schemasNewestFirst(List<RegisteredSchema> versions) {
        List<Schema> schemas = new ArrayList<>(versions.size());
        for (int i = versions.size() - 1; i >= 0; i--) {
            schemas.add(versions.get(i).schema());
        }
        return schemas;
    }
}
