package io.newsstream.enrich.engine.text;

import java.util.Arrays;

/**
 * The tokens of one text as parallel arrays, so that a 4 KB article costs a handful of array
 * allocations rather than one object per token. Offsets index the text the tokenizer was given.
 *
 * <p>Each token has a lookup key: the surface lower-cased, with curly apostrophes straightened
 * and accents removed, so that lexicon entries match regardless of typography. Tokens whose key
 * is in the tokenizer's {@link Vocabulary} carry its id and share its key string; the key of any
 * other token is built the first time someone asks for it, so most tokens cost no allocation and
 * no reference store. Confined to the thread that analyses the text.
 */
public final class Tokens {

    public static final int WORD = 1;
    public static final int NUMBER = 1 << 1;
    public static final int PUNCT = 1 << 2;
    /** First character is an upper-case letter. */
    public static final int CAPITALIZED = 1 << 3;
    /** Two or more letters, all upper case. */
    public static final int ALL_CAPS = 1 << 4;
    /** First word of a sentence (after . ! ? a line break, or an opening quote that starts one). */
    public static final int SENTENCE_START = 1 << 5;
    /** First token of a line. */
    public static final int LINE_START = 1 << 6;
    /** Directly followed by a possessive {@code 's} / {@code ’s} / bare {@code ’}. */
    public static final int POSSESSIVE = 1 << 7;
    /** No white space between this token and the previous one. */
    public static final int JOINED = 1 << 8;
    /** A word ending in its own period: {@code U.S.}, {@code Dr.}, {@code Tex.}. */
    public static final int ABBREVIATION = 1 << 9;

    private final String text;
    private final Vocabulary vocabulary;
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] flags;
    private int[] ids;
    /** The vocabulary attribute of each token's key, 0 outside the vocabulary. */
    private int[] attributes;
    /** Keys of tokens outside the vocabulary, built on demand; null until the first is needed. */
    private String[] builtKeys;

    Tokens(String text, Vocabulary vocabulary, int capacity) {
        this.text = text;
        this.vocabulary = vocabulary;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.flags = new int[capacity];
        this.ids = new int[capacity];
        this.attributes = new int[capacity];
    }

    /**
     * @param slot the key's slot in the vocabulary, or {@link Vocabulary#ABSENT}
     * @param key for a token outside the vocabulary, its key if already built, else null
     */
    void add(int start, int end, int tokenFlags, int slot, String key) {
        if (size == starts.length) {
            int grown = Math.max(16, size * 2);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            flags = Arrays.copyOf(flags, grown);
            ids = Arrays.copyOf(ids, grown);
            attributes = Arrays.copyOf(attributes, grown);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = tokenFlags;
        ids[size] = vocabulary.idAt(slot);
        attributes[size] = vocabulary.attributeAt(slot);
        if (slot == Vocabulary.ABSENT && key != null) {
            builtKeys()[size] = key;
        }
        size++;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String key(int i) {
        int id = ids[i];
        if (id != Vocabulary.ABSENT) {
            return vocabulary.key(id);
        }
        String[] built = builtKeys();
        if (built[i] == null) {
            built[i] = Tokenizer.keyOf(text, starts[i], ends[i], has(i, PUNCT));
        }
        return built[i];
    }

    /** The id of the token's key in the tokenizer's vocabulary, or {@link Vocabulary#ABSENT}. */
    public int id(int i) {
        return ids[i];
    }

    /** The vocabulary id of {@code key}, or {@link Vocabulary#ABSENT} when it is not in the vocabulary. */
    public int idOf(String key) {
        return vocabulary.idAt(vocabulary.slotOf(key));
    }

    /**
     * True when token {@code i} exists and its key is {@code key}, whose {@link #idOf} is
     * {@code keyId}: a key in the vocabulary is compared by id, which reads no string.
     */
    public boolean keyIs(int i, String key, int keyId) {
        if (i < 0 || i >= size) {
            return false;
        }
        return keyId != Vocabulary.ABSENT ? ids[i] == keyId : key(i).equals(key);
    }

    /** The attribute the vocabulary files with the token's key, 0 when the key is not in it. */
    public int attribute(int i) {
        return attributes[i];
    }

    private String[] builtKeys() {
        if (builtKeys == null || builtKeys.length < starts.length) {
            builtKeys = builtKeys == null ? new String[starts.length] : Arrays.copyOf(builtKeys, starts.length);
        }
        return builtKeys;
    }

    public boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The key of token {@code i}, or the empty string when {@code i} is out of range. */
    public String keyOrEmpty(int i) {
        return i >= 0 && i < size ? key(i) : "";
    }

    /** True when tokens {@code i} and {@code i + 1} are in the same line and sentence. */
    public boolean continuesSentence(int i) {
        return i + 1 < size && !has(i + 1, SENTENCE_START) && !has(i + 1, LINE_START);
    }
}
