package io.newsstream.registry.client;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The subset of the Confluent Schema Registry API that serdes and tools need.
 *
 * <p>Schema ids are global and immutable: the same schema always maps to the same id, whichever
 * subject it is registered under. Versions are numbered per subject from 1. Every failure the
 * registry reports surfaces as a {@link SchemaRegistryException} carrying the HTTP status and the
 * Confluent {@code error_code}.
 */
public interface SchemaRegistryClient {

    /**
     * Registers {@code schema} under {@code subject}, or finds it if already registered.
     *
     * @return the global schema id; registering an identical schema again returns the same id
     * @throws SchemaRegistryException with error code 409 when the subject's compatibility rule
     *     rejects the schema
     */
    int register(String subject, Schema schema);

    /** The schema with global id {@code id}; error code 40403 when there is none. */
    Schema getById(int id);

    /** The newest version registered under {@code subject}; error code 40401 when the subject is unknown. */
    RegisteredSchema getLatest(String subject);

    /**
     * The version of {@code subject} whose schema equals {@code schema}, without registering it.
     *
     * @throws SchemaRegistryException 40401 when the subject is unknown, 40403 when the schema is not
     *     one of its versions
     */
    RegisteredSchema lookup(String subject, Schema schema);

    /** Every subject with at least one version, sorted. */
    List<String> subjects();

    /**
     * Whether {@code schema} could be registered under {@code subject} given its compatibility
     * level; a subject without versions accepts any schema.
     */
    boolean isCompatible(String subject, Schema schema);

    /**
     * The compatibility level of {@code subject} (falling back to the global level when the subject
     * has none of its own), or the global level when {@code subject} is null.
     */
    String getCompatibility(String subject);

    /** Sets the compatibility level of {@code subject}, or the global level when {@code subject} is null. */
    void setCompatibility(String subject, String level);
}
