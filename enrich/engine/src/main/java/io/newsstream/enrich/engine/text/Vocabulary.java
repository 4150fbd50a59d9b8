package io.newsstream.enrich.engine.text;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * A fixed set of token keys, each with a dense id, that the tokenizer finds straight from the
 * characters of the text: the lower-casing of ASCII letters is folded into the hash and the
 * comparison, so a known word costs one probe and no allocation. Open addressing with linear
 * probing over a power-of-two table at most half full; each slot holds the key's hash next to
 * its id, so a probe that meets another key is settled within the slot's cache line, without
 * reading that key's characters.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {

    /** Returned by the lookups when the key is not in the vocabulary. */
    public static final int ABSENT = -1;

    private static final Vocabulary EMPTY = new Vocabulary(new String[0]);

    private final String[] keys;
    /** Two ints per slot: the key's hash, then 1 + its id; 0 in the second for an empty slot. */
    private final int[] slots;
    private final int mask;

    private Vocabulary(String[] keys) {
        this.keys = keys;
        int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2) * 2;
        this.slots = new int[2 * capacity];
        this.mask = capacity - 1;
        for (int id = 0; id < keys.length; id++) {
            int hash = keys[id].hashCode();
            int slot = spread(hash) & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = hash;
            slots[2 * slot + 1] = id + 1;
        }
    }

    /** The vocabulary of {@code keys} (lookup keys as {@link Tokenizer#key} makes them); ids follow their order. */
    public static Vocabulary of(Collection<String> keys) {
        return new Vocabulary(new LinkedHashSet<>(keys).toArray(String[]::new));
    }

    public static Vocabulary empty() {
        return EMPTY;
    }

    public int size() {
        return keys.length;
    }

    /** The key with this id. */
    public String key(int id) {
        return keys[id];
    }

    /** The id of {@code key}, or {@link #ABSENT}. */
    public int idOf(String key) {
        int hash = key.hashCode();
        for (int slot = spread(hash) & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int id = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == hash && keys[id].equals(key)) {
                return id;
            }
        }
        return ABSENT;
    }

    /**
     * The id of the key that is {@code text[start, end)} with its ASCII letters lower-cased, or
     * {@link #ABSENT}: for ASCII words and numbers the same answer as
     * {@code idOf(Tokenizer.key(text, start, end))}, without building the key.
     */
    int idOfPlain(String text, int start, int end) {
        return idOfPlain(text, start, end, asciiHash(text, start, end));
    }

    /** As {@link #idOfPlain(String, int, int)} when the caller has already computed {@link #asciiHash}. */
    int idOfPlain(String text, int start, int end, int hash) {
        int length = end - start;
        for (int slot = spread(hash) & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int id = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == hash && equalsLowered(keys[id], text, start, length)) {
                return id;
            }
        }
        return ABSENT;
    }

    private static boolean equalsLowered(String key, String text, int start, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (key.charAt(k) != lowerAscii(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    /** The {@link String#hashCode()} of {@code text[start, end)} with its ASCII letters lower-cased. */
    static int asciiHash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = hashStep(hash, text.charAt(i));
        }
        return hash;
    }

    /**
     * Adds one character to a hash, lower-casing ASCII letters as {@link Tokenizer#key} does; the
     * result equals the {@link String#hashCode()} of the lower-cased characters.
     */
    static int hashStep(int hash, char c) {
        return 31 * hash + lowerAscii(c);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Mixes the high bits of String-style hashes into the low bits the table indexes by. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B1;
        return mixed ^ (mixed >>> 16);
    }
}
