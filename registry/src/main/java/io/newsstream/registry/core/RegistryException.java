package io.newsstream.registry.core;

/** A request the registry refuses, carrying the Confluent error code a client will see. */
public final class RegistryException extends RuntimeException {

    private final RegistryError error;

    public RegistryException(RegistryError error, String message) {
        super(message);
        this.error = error;
    }

    public RegistryException(RegistryError error, String message, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    public RegistryError error() {
        return error;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(RegistryError.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
    }

    static RegistryException versionNotFound(String subject, int version) {
        return new RegistryException(RegistryError.VERSION_NOT_FOUND,
                "Version " + version + " not found for subject '" + subject + "'.");
    }

    static RegistryException schemaNotFound(String detail) {
        return new RegistryException(RegistryError.SCHEMA_NOT_FOUND, "Schema not found: " + detail);
    }
}
