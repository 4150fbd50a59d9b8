package io.newsstream.enrich.engine.resource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short SHA-256 hash over named parts (data files, or other fingerprints), for the part of the
 * engine version that changes whenever bundled data does. Each part is hashed with its name and
 * length, so moving bytes from one file to another changes the result too. Confined to one thread.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint(MessageDigest digest) {
        this.digest = digest;
    }

    public static Fingerprint start() {
        try {
            return new Fingerprint(MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Fingerprint add(ClasspathResource resource) {
        return add(resource.path(), resource.bytes());
    }

    public Fingerprint add(String name, String value) {
        return add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Fingerprint add(String name, byte[] bytes) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return this;
    }

    /** The first 6 bytes of the hash in hex: 12 characters. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest(), 0, 6);
    }
}
