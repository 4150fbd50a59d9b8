package io.newsstream.enrich.engine.resource;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The bytes of one data file on the classpath, read once: the engine parses them and hashes the
 * same bytes into its version ({@link Fingerprint}), so what is parsed and what is versioned can
 * never differ.
 *
 * @param path classpath location, e.g. {@code io/newsstream/enrich/kb/topics.tsv}
 */
public record ClasspathResource(String path, byte[] bytes) {

    /** The resource at {@code path}, or empty when it is not on the classpath. */
    public static Optional<ClasspathResource> find(String path) {
        try (InputStream in = ClasspathResource.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new ClasspathResource(path, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** @throws IllegalStateException when the resource is not on the classpath */
    public static ClasspathResource require(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException(path + " is missing from the classpath"));
    }

    /** The content as UTF-8 text. */
    public BufferedReader reader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    }
}
