package io.newsstream.enrich.engine.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
        ClassLoader loader = KnowledgeBase.class.getClassLoader();
        MessageDigest digest = sha256();
        List<KbEntity> entities = new ArrayList<>();
        for (KbSource source : KbSource.values()) {
            if (source.fileName() == null) {
                continue;
            }
            try (InputStream in = loader.getResourceAsStream(folder + source.fileName())) {
                if (in == null) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                digest.update(source.fileName().getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
                entities.addAll(KbFileParser.parse(reader, source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder + source.fileName(), e);
            }
        }
        return new KnowledgeBase(entities, HexFormat.of().formatHex(digest.digest(), 0, 6));
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

    public String fingerprint() {
        return fingerprint;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
