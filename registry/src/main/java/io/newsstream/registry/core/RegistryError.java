package io.newsstream.registry.core;

/** The error codes of the Confluent Schema Registry API, each with the HTTP status it is sent with. */
public enum RegistryError {
    SUBJECT_NOT_FOUND(404, 40401),
    VERSION_NOT_FOUND(404, 40402),
    SCHEMA_NOT_FOUND(404, 40403),
    SUBJECT_SOFT_DELETED(404, 40404),
    SUBJECT_NOT_SOFT_DELETED(404, 40405),
    VERSION_SOFT_DELETED(404, 40406),
    VERSION_NOT_SOFT_DELETED(404, 40407),
    SUBJECT_COMPATIBILITY_NOT_CONFIGURED(404, 40408),
    ENDPOINT_NOT_FOUND(404, 404),
    INCOMPATIBLE_SCHEMA(409, 409),
    MALFORMED_REQUEST(400, 400),
    INVALID_SCHEMA(422, 42201),
    INVALID_VERSION(422, 42202),
    INVALID_COMPATIBILITY_LEVEL(422, 42203),
    STORE_ERROR(500, 50001),
    INTERNAL_ERROR(500, 500);

    private final int httpStatus;
    private final int code;

    RegistryError(int httpStatus, int code) {
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The {@code error_code} field of Confluent's error body. */
    public int code() {
        return code;
    }
}
