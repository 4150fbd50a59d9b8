package io.newsstream.enrich.engine.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A fixed set of token keys, each with a dense id and an int attribute its owner files with it,
 * that the tokenizer finds straight from the characters of the text: the lower-casing of ASCII
 * letters is folded into the hash and the comparison, so a known word costs one probe and no
 * allocation.
 *
 * <p>Laid out for the cache, because a stream of varied articles touches a different few thousand
 * keys in each one and the first read of a probe is usually a miss: open addressing with linear
 * probing over a power-of-two table at most 60% full, where one 8-byte slot holds the key's hash
 * and the place of its entry in one contiguous pool. The entry holds the key's length, id,
 * attribute and characters side by side, so a probe that meets another key is settled within the
 * slot, and a hit reads the slot and one stretch of the pool, never a String object and its
 * separate array. Handing the attribute back with the id lets per-token tests read it from the
 * token stream instead of from a table indexed by id.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {

    /** Returned by the lookups when the key is not in the vocabulary. */
    public static final int ABSENT = -1;

    private static final Vocabulary EMPTY = new Vocabulary(new String[0], new int[0]);

    /** Chars of an entry before its key's characters: the key's length, then its id and attribute as two chars each. */
    private static final int ENTRY_HEADER = 5;
    private static final int ID = 1;
    private static final int ATTRIBUTE = 3;

    private final String[] keys;
    /** Each key's entry, one after another in id order. */
    private final char[] pool;
    /** Per slot, the key's hash in the high half and 1 + its entry's pool offset in the low half (0 when empty). */
    private final long[] slots;
    private final int mask;

    private Vocabulary(String[] keys, int[] attributes) {
        if (attributes.length != keys.length) {
            throw new IllegalArgumentException(
                    keys.length + " vocabulary keys but " + attributes.length + " attributes");
        }
        this.keys = keys;
        this.pool = new char[ENTRY_HEADER * keys.length + Arrays.stream(keys).mapToInt(String::length).sum()];
        int capacity = Integer.highestOneBit(Math.max(2, keys.length * 5 / 3)) * 2;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        int offset = 0;
        for (int id = 0; id < keys.length; id++) {
            String key = keys[id];
            if (key.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("vocabulary key of " + key.length() + " characters, longer than "
                        + (int) Character.MAX_VALUE + ": " + key.substring(0, 40) + "...");
            }
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) hash << 32 | (offset + 1);
            pool[offset] = (char) key.length();
            putInt(offset + ID, id);
            putInt(offset + ATTRIBUTE, attributes[id]);
            key.getChars(0, key.length(), pool, offset + ENTRY_HEADER);
            offset += ENTRY_HEADER + key.length();
        }
    }

    private void putInt(int index, int value) {
        pool[index] = (char) value;
        pool[index + 1] = (char) (value >>> 16);
    }

    private int intAt(int index) {
        return pool[index] | pool[index + 1] << 16;
    }

    /** The vocabulary of {@code keys} (lookup keys as {@link Tokenizer#key} makes them); ids follow their order. */
    public static Vocabulary of(Collection<String> keys) {
        String[] distinct = new LinkedHashSet<>(keys).toArray(String[]::new);
        return new Vocabulary(distinct, new int[distinct.length]);
    }

    /**
     * The vocabulary of distinct {@code keys}, ids following their order, each filed with the
     * attribute at the same index, which every token with that key carries.
     *
     * @throws IllegalArgumentException when a key repeats or the lists differ in length
     */
    public static Vocabulary of(List<String> keys, int[] attributes) {
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("vocabulary keys repeat");
        }
        return new Vocabulary(keys.toArray(String[]::new), attributes.clone());
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

    /**
     * The slot of {@code key} (the place of its entry, a handle for {@link #idAt} and
     * {@link #attributeAt}), or {@link #ABSENT}.
     */
    int slotOf(String key) {
        return find(key, 0, key.length(), key.hashCode(), false);
    }

    /**
     * The slot of the key that is {@code text[start, end)} with its ASCII letters lower-cased, or
     * {@link #ABSENT}: for ASCII words and numbers the same answer as
     * {@code slotOf(Tokenizer.key(text, start, end))}, without building the key.
     */
    int slotOfPlain(String text, int start, int end) {
        return slotOfPlain(text, start, end, asciiHash(text, start, end));
    }

    /** As {@link #slotOfPlain(String, int, int)} when the caller has already computed {@link #asciiHash}. */
    int slotOfPlain(String text, int start, int end, int hash) {
        return find(text, start, end - start, hash, true);
    }

    /** The id of the key in {@code slot}, or {@link #ABSENT} for {@link #ABSENT}. */
    int idAt(int slot) {
        return slot == ABSENT ? ABSENT : intAt(slot + ID);
    }

    /** The attribute of the key in {@code slot}, or 0 for {@link #ABSENT}. */
    int attributeAt(int slot) {
        return slot == ABSENT ? 0 : intAt(slot + ATTRIBUTE);
    }

    /**
     * The slot of the key {@code text[start, start + length)}, its ASCII letters lower-cased first
     * when {@code lowerAscii}; {@code hash} is that key's {@link String#hashCode()}.
     */
    private int find(String text, int start, int length, int hash, boolean lowerAscii) {
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return ABSENT;
            }
            int offset = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && poolEquals(offset, text, start, length, lowerAscii)) {
                return offset;
            }
        }
    }

    private boolean poolEquals(int offset, String text, int start, int length, boolean lowerAscii) {
        if (pool[offset] != length) {
            return false;
        }
        int keyStart = offset + ENTRY_HEADER;
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (pool[keyStart + k] != (lowerAscii ? lowerAscii(c) : c)) {
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
