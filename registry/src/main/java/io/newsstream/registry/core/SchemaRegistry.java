package io.newsstream.registry.core;

import io.newsstream.registry.client.CompatibilityLevel;
import io.newsstream.registry.store.RegistryEvent;
import io.newsstream.registry.store.RegistryEvent.CompatibilityCleared;
import io.newsstream.registry.store.RegistryEvent.CompatibilitySet;
import io.newsstream.registry.store.RegistryEvent.SchemaIdAssigned;
import io.newsstream.registry.store.RegistryEvent.VersionPurged;
import io.newsstream.registry.store.RegistryEvent.VersionWritten;
import io.newsstream.registry.store.RegistryState;
import io.newsstream.registry.store.SchemaStore;
import io.newsstream.registry.store.SchemaStoreException;
import io.newsstream.registry.store.SchemaVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.avro.Schema;

/**
 * The registry's rules, independent of HTTP: registering with compatibility checks, lookups,
 * soft and hard deletes, and compatibility configuration, all with Confluent's semantics and error
 * codes.
 *
 * <p>Reads the state of a {@link SchemaStore} and writes changes to it as {@link RegistryEvent}s.
 * Guarantees that a change is durable in the store before a method returns, that equal schemas
 * (after canonicalisation) share one global id across subjects, and that new ids grow
 * monotonically. Thread-safe: writes are serialised, reads run concurrently.
 */
public final class SchemaRegistry {

    private final SchemaStore store;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public SchemaRegistry(SchemaStore store) {
        this.store = store;
    }

    /** Subject names in alphabetical order; with {@code includeDeleted} also soft-deleted subjects. */
    public List<String> subjects(boolean includeDeleted) {
        return read(state -> state.subjects(includeDeleted));
    }

    /** The version numbers of a subject, oldest first. */
    public List<Integer> versions(String subject, boolean includeDeleted) {
        return read(state -> existingVersions(state, subject, includeDeleted).stream().map(SchemaVersion::version).toList());
    }

    /** One version of a subject, selected by number, {@code latest} or {@code -1}. */
    public SchemaVersion version(String subject, String version, boolean includeDeleted) {
        VersionSelector selector = VersionSelector.parse(version);
        return read(state -> select(existingVersions(state, subject, includeDeleted), subject, selector));
    }

    /**
     * Registers a schema under a subject, or returns the id it already has there.
     *
     * @return the schema's global id
     * @throws RegistryException {@link RegistryError#INCOMPATIBLE_SCHEMA} when the subject's compatibility level rejects it
     */
    public int register(String subject, String schemaText, String schemaType) {
        AvroSchemaText candidate = AvroSchemaText.parse(schemaText, schemaType);
        return write(state -> {
            List<SchemaVersion> all = state.versions(subject, true);
            List<SchemaVersion> live = live(all);
            Optional<SchemaVersion> existing = live.stream().filter(sameSchema(candidate)).findFirst();
            if (existing.isPresent()) {
                return new Change<>(existing.get().id(), List.of());
            }
            List<String> incompatibilities = incompatibilities(state, subject, candidate, live);
            if (!incompatibilities.isEmpty()) {
                throw new RegistryException(RegistryError.INCOMPATIBLE_SCHEMA,
                        "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                                + "\", details: " + incompatibilities);
            }
            List<RegistryEvent> events = new ArrayList<>();
            int id = state.idOf(candidate.canonical()).orElseGet(() -> {
                int newId = state.nextId();
                events.add(new SchemaIdAssigned(newId, candidate.canonical()));
                return newId;
            });
            int version = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
            events.add(new VersionWritten(subject, version, id, false));
            return new Change<>(id, events);
        });
    }

    /** Finds the version of a subject that holds this schema. */
    public SchemaVersion lookup(String subject, String schemaText, String schemaType, boolean includeDeleted) {
        AvroSchemaText candidate = AvroSchemaText.parse(schemaText, schemaType);
        return read(state -> existingVersions(state, subject, includeDeleted).stream()
                .filter(sameSchema(candidate))
                .max(Comparator.comparingInt(SchemaVersion::version))
                .orElseThrow(() -> RegistryException.schemaNotFound("this schema is not registered under subject '" + subject + "'")));
    }

    /**
     * Soft-deletes every live version of a subject or, with {@code permanent}, removes a
     * soft-deleted subject for good, as Confluent's two-step delete.
     *
     * @return the deleted version numbers
     */
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return write(state -> {
            List<SchemaVersion> all = existingVersions(state, subject, true);
            List<SchemaVersion> live = live(all);
            List<RegistryEvent> events = new ArrayList<>();
            if (!permanent) {
                if (live.isEmpty()) {
                    throw new RegistryException(RegistryError.SUBJECT_SOFT_DELETED,
                            "Subject '" + subject + "' was soft deleted. Set permanent=true to delete permanently");
                }
                live.forEach(version -> events.add(softDeleted(version)));
                return new Change<>(numbers(live), events);
            }
            if (!live.isEmpty()) {
                throw new RegistryException(RegistryError.SUBJECT_NOT_SOFT_DELETED,
                        "Subject '" + subject + "' was not deleted first before being permanently deleted");
            }
            all.forEach(version -> events.add(new VersionPurged(subject, version.version())));
            if (state.subjectCompatibility(subject).isPresent()) {
                events.add(new CompatibilityCleared(subject));
            }
            return new Change<>(numbers(all), events);
        });
    }

    /**
     * Soft-deletes one version or, with {@code permanent}, removes a soft-deleted version for good.
     *
     * @return the deleted version number
     */
    public int deleteVersion(String subject, String version, boolean permanent) {
        VersionSelector selector = VersionSelector.parse(version);
        return write(state -> {
            List<SchemaVersion> all = existingVersions(state, subject, true);
            SchemaVersion target = select(permanent || !selector.isLatest() ? all : live(all), subject, selector);
            String name = "Subject '" + subject + "' Version " + target.version();
            if (!permanent) {
                if (target.deleted()) {
                    throw new RegistryException(RegistryError.VERSION_SOFT_DELETED,
                            name + " was soft deleted. Set permanent=true to delete permanently");
                }
                return new Change<>(target.version(), List.of(softDeleted(target)));
            }
            if (!target.deleted()) {
                throw new RegistryException(RegistryError.VERSION_NOT_SOFT_DELETED,
                        name + " was not deleted first before being permanently deleted");
            }
            return new Change<>(target.version(), List.of(new VersionPurged(subject, target.version())));
        });
    }

    /** The schema text with this id, as long as some subject version (even soft-deleted) refers to it. */
    public String schemaById(int id) {
        return read(state -> {
            if (!state.isReferenced(id)) {
                throw RegistryException.schemaNotFound("no schema with id " + id);
            }
            return state.schemaById(id).orElseThrow();
        });
    }

    /** The subject versions, including soft-deleted ones, that use schema {@code id}. */
    public List<SchemaVersion> versionsOfId(int id) {
        return read(state -> {
            List<SchemaVersion> versions = state.versionsOfId(id);
            if (versions.isEmpty()) {
                throw RegistryException.schemaNotFound("no schema with id " + id);
            }
            return versions;
        });
    }

    public CompatibilityLevel globalCompatibility() {
        return read(RegistryState::globalCompatibility);
    }

    public void setGlobalCompatibility(CompatibilityLevel level) {
        write(state -> new Change<>(level, List.of(new CompatibilitySet(null, level))));
    }

    /** Restores the default global level. @return the level that was in force */
    public CompatibilityLevel resetGlobalCompatibility() {
        return write(state -> new Change<>(state.globalCompatibility(), List.of(new CompatibilityCleared(null))));
    }

    /** The level set on the subject itself; empty when the subject follows the global level. */
    public Optional<CompatibilityLevel> subjectCompatibility(String subject) {
        return read(state -> state.subjectCompatibility(subject));
    }

    public void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        write(state -> new Change<>(level, List.of(new CompatibilitySet(subject, level))));
    }

    /**
     * Removes the subject's own level, so it follows the global one again.
     *
     * @return the removed level
     * @throws RegistryException {@link RegistryError#SUBJECT_COMPATIBILITY_NOT_CONFIGURED} when it had none
     */
    public CompatibilityLevel deleteSubjectCompatibility(String subject) {
        return write(state -> new Change<>(
                state.subjectCompatibility(subject).orElseThrow(() -> subjectCompatibilityNotConfigured(subject)),
                List.of(new CompatibilityCleared(subject))));
    }

    /** The exception Confluent answers when a subject has no level of its own. */
    public static RegistryException subjectCompatibilityNotConfigured(String subject) {
        return new RegistryException(RegistryError.SUBJECT_COMPATIBILITY_NOT_CONFIGURED,
                "Subject '" + subject + "' does not have subject-level compatibility configured");
    }

    /**
     * Tests a schema against one version of a subject ({@code latest} for the newest; a subject
     * without versions accepts anything) in the direction of the subject's level.
     *
     * @return the incompatibilities found; empty when compatible
     */
    public List<String> checkAgainstVersion(String subject, String version, String schemaText, String schemaType) {
        AvroSchemaText candidate = AvroSchemaText.parse(schemaText, schemaType);
        VersionSelector selector = VersionSelector.parse(version);
        return read(state -> {
            List<SchemaVersion> live = state.versions(subject, false);
            if (selector.isLatest() && live.isEmpty()) {
                return List.of();
            }
            SchemaVersion against = select(existingVersions(state, subject, false), subject, selector);
            return incompatibilities(state, subject, candidate, List.of(against));
        });
    }

    /** Tests a schema against the subject's live versions exactly as registering it would. */
    public List<String> checkAgainstSubject(String subject, String schemaText, String schemaType) {
        AvroSchemaText candidate = AvroSchemaText.parse(schemaText, schemaType);
        return read(state -> incompatibilities(state, subject, candidate, state.versions(subject, false)));
    }

    private static List<String> incompatibilities(
            RegistryState state, String subject, AvroSchemaText candidate, List<SchemaVersion> earlier) {
        CompatibilityLevel level = state.subjectCompatibility(subject).orElse(state.globalCompatibility());
        List<Schema> newestFirst = new ArrayList<>();
        earlier.forEach(version -> newestFirst.add(0, AvroSchemaText.parseStored(version.schema())));
        return level.incompatibilities(candidate.schema(), newestFirst);
    }

    private static List<SchemaVersion> existingVersions(RegistryState state, String subject, boolean includeDeleted) {
        List<SchemaVersion> versions = state.versions(subject, includeDeleted);
        if (versions.isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        return versions;
    }

    private static SchemaVersion select(List<SchemaVersion> versions, String subject, VersionSelector selector) {
        if (selector.isLatest()) {
            return versions.stream().reduce((older, newer) -> newer)
                    .orElseThrow(() -> RegistryException.subjectNotFound(subject));
        }
        int number = selector.number().orElseThrow();
        return versions.stream().filter(version -> version.version() == number).findFirst()
                .orElseThrow(() -> RegistryException.versionNotFound(subject, number));
    }

    private static List<SchemaVersion> live(List<SchemaVersion> versions) {
        return versions.stream().filter(version -> !version.deleted()).toList();
    }

    private static List<Integer> numbers(List<SchemaVersion> versions) {
        return versions.stream().map(SchemaVersion::version).toList();
    }

    private static Predicate<SchemaVersion> sameSchema(AvroSchemaText candidate) {
        return version -> version.schema().equals(candidate.canonical());
    }

    private static RegistryEvent softDeleted(SchemaVersion version) {
        return new VersionWritten(version.subject(), version.version(), version.id(), true);
    }

    /** What a write decided: the caller's answer and the events that make it durable. */
    private record Change<T>(T result, List<RegistryEvent> events) {
    }

    private <T> T read(Function<RegistryState, T> query) {
        lock.readLock().lock();
        try {
            return query.apply(store.state());
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Function<RegistryState, Change<T>> decision) {
        lock.writeLock().lock();
        try {
            Change<T> change = decision.apply(store.state());
            if (!change.events().isEmpty()) {
                store.append(change.events());
            }
            return change.result();
        } catch (SchemaStoreException e) {
            throw new RegistryException(RegistryError.STORE_ERROR, "Error while storing the change: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
