package io.newsstream.registry.compat;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Decides whether a candidate Avro schema may follow a subject's earlier schemas under a
 * {@link CompatibilityLevel}, using Avro's own reader/writer resolution rules
 * ({@link SchemaCompatibility}). Pure: no state, no I/O.
 */
public final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /**
     * Checks {@code candidate} against {@code earlier} (oldest first). Non-transitive levels look at
     * the last element only; transitive levels at all of them.
     *
     * @return an empty list when compatible, otherwise one human-readable message per incompatibility
     */
    public static List<String> incompatibilities(
            Schema candidate, List<Schema> earlier, CompatibilityLevel level) {
        if (level == CompatibilityLevel.NONE || earlier.isEmpty()) {
            return List.of();
        }
        List<Schema> checked = level.transitive() ? earlier : List.of(earlier.get(earlier.size() - 1));
        List<String> messages = new ArrayList<>();
        for (Schema previous : checked) {
            if (level.backward()) {
                describe(candidate, previous, "the new schema cannot read data written with an earlier schema", messages);
            }
            if (level.forward()) {
                describe(previous, candidate, "an earlier schema cannot read data written with the new schema", messages);
            }
        }
        return messages;
    }

    private static void describe(Schema reader, Schema writer, String direction, List<String> messages) {
        for (Incompatibility incompatibility :
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities()) {
            messages.add(String.format("%s: %s at %s (%s)",
                    incompatibility.getType(), incompatibility.getMessage(), incompatibility.getLocation(), direction));
        }
    }
}
