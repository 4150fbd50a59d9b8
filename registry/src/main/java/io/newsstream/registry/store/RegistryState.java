package io.newsstream.registry.store;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.store.RegistryEvent.CompatibilityCleared;
import io.newsstream.registry.store.RegistryEvent.CompatibilitySet;
import io.newsstream.registry.store.RegistryEvent.SchemaIdAssigned;
import io.newsstream.registry.store.RegistryEvent.VersionPurged;
import io.newsstream.registry.store.RegistryEvent.VersionWritten;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry's state as folded from {@link RegistryEvent}s: schemas by id, versions by subject
 * and compatibility levels. Applying events is pure and deterministic, which is what lets
 * {@link KafkaSchemaStore} rebuild the state by replaying its topic.
 *
 * <p>Not thread-safe: the registry service serialises writers and readers.
 */
public final class RegistryState {

    /** Confluent's default global compatibility level, in force until one is set. */
    public static final CompatibilityLevel DEFAULT_COMPATIBILITY = CompatibilityLevel.BACKWARD;

    private record VersionEntry(int id, boolean deleted) {
    }

    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<String, NavigableMap<Integer, VersionEntry>> subjects = new TreeMap<>();
    /** How many subject versions use each id: deserialisers look ids up far more often than anything changes. */
    private final Map<Integer, Integer> versionCountById = new HashMap<>();
    private final Map<String, CompatibilityLevel> subjectCompatibility = new HashMap<>();
    private CompatibilityLevel globalCompatibility = DEFAULT_COMPATIBILITY;
    private int highestId;

    /** Folds one event into the state. */
    public void apply(RegistryEvent event) {
        if (event instanceof SchemaIdAssigned assigned) {
            schemasById.put(assigned.id(), assigned.schema());
            idsBySchema.put(assigned.schema(), assigned.id());
            highestId = Math.max(highestId, assigned.id());
        } else if (event instanceof VersionWritten written) {
            VersionEntry previous = subjects.computeIfAbsent(written.subject(), subject -> new TreeMap<>())
                    .put(written.version(), new VersionEntry(written.id(), written.deleted()));
            if (previous != null) {
                versionCountById.merge(previous.id(), -1, RegistryState::countOrNull);
            }
            versionCountById.merge(written.id(), 1, Integer::sum);
        } else if (event instanceof VersionPurged purged) {
            NavigableMap<Integer, VersionEntry> versions = subjects.get(purged.subject());
            VersionEntry removed = versions == null ? null : versions.remove(purged.version());
            if (removed != null) {
                versionCountById.merge(removed.id(), -1, RegistryState::countOrNull);
                if (versions.isEmpty()) {
                    subjects.remove(purged.subject());
                }
            }
        } else if (event instanceof CompatibilitySet set) {
            if (set.subject() == null) {
                globalCompatibility = set.level();
            } else {
                subjectCompatibility.put(set.subject(), set.level());
            }
        } else if (event instanceof CompatibilityCleared cleared) {
            if (cleared.subject() == null) {
                globalCompatibility = DEFAULT_COMPATIBILITY;
            } else {
                subjectCompatibility.remove(cleared.subject());
            }
        }
    }

    /** The schema text with this id, whether or not any version still refers to it. */
    public Optional<String> schemaById(int id) {
        return Optional.ofNullable(schemasById.get(id));
    }

    /** Whether any subject version, soft-deleted ones included, uses schema {@code id}. */
    public boolean isReferenced(int id) {
        return versionCountById.containsKey(id);
    }

    /** The id already given to this canonical schema text. */
    public Optional<Integer> idOf(String canonicalSchema) {
        return Optional.ofNullable(idsBySchema.get(canonicalSchema));
    }

    /** The id the next new schema gets: ids grow monotonically and are never reused. */
    public int nextId() {
        return highestId + 1;
    }

    /** Subject names in alphabetical order; with {@code includeDeleted} also those whose versions are all soft-deleted. */
    public List<String> subjects(boolean includeDeleted) {
        return subjects.keySet().stream().filter(subject -> !versions(subject, includeDeleted).isEmpty()).toList();
    }

    /** The versions of a subject, oldest first; with {@code includeDeleted} also soft-deleted ones. */
    public List<SchemaVersion> versions(String subject, boolean includeDeleted) {
        NavigableMap<Integer, VersionEntry> versions = subjects.getOrDefault(subject, new TreeMap<>());
        return versions.entrySet().stream()
                .filter(entry -> includeDeleted || !entry.getValue().deleted())
                .map(entry -> toSchemaVersion(subject, entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Every version, of any subject and including soft-deleted ones, that points at schema {@code id}. */
    public List<SchemaVersion> versionsOfId(int id) {
        return subjects.keySet().stream()
                .flatMap(subject -> versions(subject, true).stream())
                .filter(version -> version.id() == id)
                .toList();
    }

    public CompatibilityLevel globalCompatibility() {
        return globalCompatibility;
    }

    /** The level set on the subject itself, without falling back to the global one. */
    public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return Optional.ofNullable(subjectCompatibility.get(subject));
    }

    private static Integer countOrNull(int count, int change) {
        int updated = count + change;
        return updated == 0 ? null : updated;
    }

    private SchemaVersion toSchemaVersion(String subject, int version, VersionEntry entry) {
        return new SchemaVersion(subject, version, entry.id(), schemasById.get(entry.id()), entry.deleted());
    }
}
