package io.newsstream.enrich.engine.kb;

import io.newsstream.enrich.engine.resource.ClasspathResource;
import io.newsstream.enrich.engine.resource.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities the engine knows by name, read from the {@code *.tsv} files of one classpath
 * folder (see {@code KNOWLEDGE_BASE.md}). Files that are absent are skipped, so the engine runs
 * on whatever part of the knowledge base is installed.
 *
 * <p>Immutable. {@link #fingerprint()} is a hash of the bytes of every file read, so any data
 * change shows up in the engine version.
 */
public final class KnowledgeBase {

    /** Where the bundled knowledge base lives on the classpath. */
    public static final String BUNDLED_FOLDER = "io/newsstream/enrich/kb/";

    private static final String CITY_SUFFIX = " City";

    private final List<KbEntity> entities;
    private final String fingerprint;

    private KnowledgeBase(List<KbEntity> entities, String fingerprint) {
        this.entities = List.copyOf(entities);
        this.fingerprint = fingerprint;
    }

    public static KnowledgeBase of(List<KbEntity> entities) {
        return new KnowledgeBase(entities, "inline-" + Integer.toHexString(entities.hashCode()));
    }

    /**
     * Loads every knowledge-base file present in {@code folder} (e.g. {@link #BUNDLED_FOLDER}).
     *
     * @throws IllegalArgumentException naming file and line when a file is malformed
     */
    public static KnowledgeBase fromClasspath(String folder) {
        Fingerprint fingerprint = Fingerprint.start();
        List<KbEntity> entities = new ArrayList<>();
        for (KbSource source : KbSource.values()) {
            if (source.fileName() == null) {
                continue;
            }
            Optional<ClasspathResource> file = ClasspathResource.find(folder + source.fileName());
            if (file.isEmpty()) {
                continue;
            }
            fingerprint.add(file.get());
            try {
                entities.addAll(KbFileParser.parse(file.get().reader(), source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.get().path(), e);
            }
        }
        return new KnowledgeBase(entities, fingerprint.hex());
    }

    public List<KbEntity> entities() {
        return entities;
    }

    /**
     * Ids of the cities that are their country's capital. The country files give a country the
     * coordinates of its capital, so a city of that country at exactly those coordinates is it.
     */
    public Set<String> nationalCapitalIds() {
        Map<String, KbEntity> countries = new HashMap<>();
        for (KbEntity entity : entities) {
            if (entity.source() == KbSource.COUNTRIES && entity.country() != null && entity.latitude() != null) {
                countries.put(entity.country(), entity);
            }
        }
        Set<String> capitals = new HashSet<>();
        for (KbEntity entity : entities) {
            KbEntity country = entity.isSettlement() ? countries.get(entity.country()) : null;
            if (country != null && country.latitude().equals(entity.latitude())
                    && country.longitude().equals(entity.longitude())) {
                capitals.add(entity.id());
            }
        }
        return capitals;
    }

    /**
     * Cities named after their region with "City" (New York City, Quebec City), each with the
     * region's name: a dateline that writes just "NEW YORK" or "QUEBEC" means the city.
     */
    public Map<KbEntity, String> citiesNamedAfterRegions() {
        Map<String, String> regionNames = new HashMap<>();
        for (KbEntity entity : entities) {
            if (entity.source() == KbSource.REGIONS && entity.country() != null) {
                regionNames.put(entity.country() + "|" + entity.name(), entity.name());
            }
        }
        Map<KbEntity, String> cities = new HashMap<>();
        for (KbEntity entity : entities) {
            String name = entity.name();
            if (entity.isSettlement() && name.endsWith(CITY_SUFFIX)) {
                String region = regionNames.get(entity.country() + "|" + name.substring(0, name.length() - CITY_SUFFIX.length()));
                if (region != null) {
                    cities.put(entity, region);
                }
            }
        }
        return cities;
    }

    public String fingerprint() {
        return fingerprint;
    }
}
