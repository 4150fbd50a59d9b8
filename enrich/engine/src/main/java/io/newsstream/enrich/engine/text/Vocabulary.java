package io.newsstream.enrich.engine.text;

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
 * keys in each one, and in a pipeline whose other stages use the caches too the first read of a
 * probe is usually a miss: open addressing with linear probing over a power-of-two table at most
 * 60% full, 16 bytes a slot. A key of up to eight ASCII characters, which is most words, is its
 * own tag: its characters packed into the slot's first long, so a probe settles hit or miss within
 * one cache line. A longer key's tag holds its hash and the place of its characters in one
 * contiguous pool, which a hit compares. The slot's second long holds the key's id and attribute;
 * handing the attribute back with the id lets per-token tests read it from the token stream
 * instead of from a table indexed by id.
 *
 * <p>Immutable and thread-safe.
 */
public final class Vocabulary {

    /** Returned by the lookups when the key is not in the vocabulary. */
    public static final int ABSENT = -1;

    /** Keys of at most this many characters, all ASCII, are packed into their slot's tag. */
    public static final int PACKED_LENGTH = Long.BYTES;

    private static final Vocabulary EMPTY = new Vocabulary(new String[0], new int[0]);

    /** Set in the tag of a key that is not packed; a packed key's bytes are all below 0x80, so the two never meet. */
    private static final long HASHED = Long.MIN_VALUE;

    private final String[] keys;
    /** The characters of the keys that are not packed, each after its length. */
    private final char[] pool;
    /**
     * Two longs per slot. The tag (0 when empty): a packed key, or {@link #HASHED}, 31 bits of the
     * key's hash and its pool offset. Then the attribute in the high half and the id in the low half.
     */
    private final long[] slots;
    private final int mask;

    private Vocabulary(String[] keys, int[] attributes) {
        if (attributes.length != keys.length) {
            throw new IllegalArgumentException(
                    keys.length + " vocabulary keys but " + attributes.length + " attributes");
        }
        this.keys = keys;
        int capacity = Integer.highestOneBit(Math.max(2, keys.length * 5 / 3)) * 2;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        StringBuilder pooled = new StringBuilder();
        for (int id = 0; id < keys.length; id++) {
            String key = keys[id];
            if (key.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("vocabulary key of " + key.length() + " characters, longer than "
                        + (int) Character.MAX_VALUE + ": " + key.substring(0, 40) + "...");
            }
            long packed = pack(key, 0, key.length(), false);
            long tag;
            int slot;
            if (packed != 0) {
                tag = packed;
                slot = spread(packed) & mask;
            } else {
                tag = hashedTag(key.hashCode(), pooled.length());
                slot = spread(key.hashCode()) & mask;
                pooled.append((char) key.length()).append(key);
            }
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = tag;
            slots[2 * slot + 1] = (long) attributes[id] << 32 | Integer.toUnsignedLong(id);
        }
        this.pool = pooled.toString().toCharArray();
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
     * The slot of {@code key} (a handle for {@link #idAt} and
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

    /**
     * As {@link #slotOfPlain(String, int, int, int)} for a word of one to {@link #PACKED_LENGTH}
     * ASCII letters and digits, given as its lower-cased characters one per byte, first lowest.
     */
    int slotOfPacked(long packed) {
        for (int slot = spread(packed) & mask; ; slot = (slot + 1) & mask) {
            long tag = slots[2 * slot];
            if (tag == packed) {
                return slot;
            }
            if (tag == 0) {
                return ABSENT;
            }
        }
    }

    /** The id of the key in {@code slot}, or {@link #ABSENT} for {@link #ABSENT}. */
    int idAt(int slot) {
        return slot == ABSENT ? ABSENT : (int) slots[2 * slot + 1];
    }

    /** The attribute of the key in {@code slot}, or 0 for {@link #ABSENT}. */
    int attributeAt(int slot) {
        return slot == ABSENT ? 0 : (int) (slots[2 * slot + 1] >>> 32);
    }

    /**
     * The slot of the key {@code text[start, start + length)}, its ASCII letters lower-cased first
     * when {@code lowerAscii}; {@code hash} is that key's {@link String#hashCode()}.
     */
    private int find(String text, int start, int length, int hash, boolean lowerAscii) {
        long packed = pack(text, start, length, lowerAscii);
        if (packed != 0) {
            return slotOfPacked(packed);
        }
        long hashBits = hashedTag(hash, 0);
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long tag = slots[2 * slot];
            if (tag == 0) {
                return ABSENT;
            }
            if ((tag & ~0xffffffffL) == hashBits && poolEquals((int) tag, text, start, length, lowerAscii)) {
                return slot;
            }
        }
    }

    private boolean poolEquals(int offset, String text, int start, int length, boolean lowerAscii) {
        if (pool[offset] != length) {
            return false;
        }
        int keyStart = offset + 1;
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (pool[keyStart + k] != (lowerAscii ? lowerAscii(c) : c)) {
                return false;
            }
        }
        return true;
    }

    /** The tag of a key that is not packed: {@link #HASHED}, 31 bits of its hash, its pool offset. */
    private static long hashedTag(int hash, int poolOffset) {
        return HASHED | (long) (hash & 0x7fffffff) << 32 | poolOffset;
    }

    /**
     * The characters of a key of one to {@link #PACKED_LENGTH} ASCII characters other than NUL,
     * one per byte, first character lowest; 0 for any other key.
     */
    private static long pack(String text, int start, int length, boolean lowerAscii) {
        if (length == 0 || length > PACKED_LENGTH) {
            return 0;
        }
        long packed = 0;
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (lowerAscii) {
                c = lowerAscii(c);
            }
            if (c == 0 || c >= 128) {
                return 0;
            }
            packed = packStep(packed, k, c);
        }
        return packed;
    }

    /**
     * Adds character {@code k} of a key, already lower-cased, to its packed form; the result is
     * meaningless from the ninth character on, when the key is looked up by its hash instead.
     */
    static long packStep(long packed, int k, char lowered) {
        return packed | (long) lowered << (8 * k);
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

    /** The well-mixed high half of a multiplicative hash of a packed key. */
    private static int spread(long packed) {
        return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 32);
    }
}
