package io.newsstream.serde;

import io.newsstream.registry.client.SchemaRegistryClients;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The serde settings, under the same keys as Confluent's serdes so that configs carry over.
 *
 * @param autoRegisterSchemas register the record's schema when serializing (default true); when
 *     false the schema must already be registered under the subject
 * @param useLatestVersion serialize with the subject's latest registered schema instead of the
 *     record's own (default false); only consulted when auto-registration is off
 */
public record AvroSerdeConfig(boolean autoRegisterSchemas, boolean useLatestVersion) {

    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SchemaRegistryClients.URL_CONFIG, Type.STRING, null, Importance.HIGH,
                    "Comma-separated schema registry URLs, or mock://<scope> for a shared in-memory registry.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the record's schema under the subject when serializing.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.LOW,
                    "Serialize with the subject's latest schema; requires auto.register.schemas=false.");

    /** Defaults: auto-register, own schema. */
    public static AvroSerdeConfig defaults() {
        return new AvroSerdeConfig(true, false);
    }

    /**
     * Reads the settings from a Kafka-style config map; unrelated keys are ignored.
     *
     * @throws org.apache.kafka.common.config.ConfigException for a value of the wrong type
     */
    public static AvroSerdeConfig from(Map<String, ?> config) {
        Map<String, Object> parsed = DEFINITION.parse(config);
        return new AvroSerdeConfig((Boolean) parsed.get(AUTO_REGISTER_SCHEMAS), (Boolean) parsed.get(USE_LATEST_VERSION));
    }
}
