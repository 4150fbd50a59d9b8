package io.newsstream.registry.client;

/**
 * A failure reported by, or while reaching, a schema registry.
 *
 * <p>{@link #httpStatus()} is the HTTP status (0 when no response arrived) and {@link #errorCode()}
 * the Confluent {@code error_code} from the response body (0 when there was none). The constants
 * below are the codes callers commonly branch on.
 */
public class SchemaRegistryException extends RuntimeException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(int httpStatus, int errorCode, String message) {
        this(httpStatus, errorCode, message, null);
    }

    public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    /** True for the "not found" family (subject, version or schema), which callers often treat as absence. */
    public boolean isNotFound() {
        return httpStatus == 404;
    }
}
