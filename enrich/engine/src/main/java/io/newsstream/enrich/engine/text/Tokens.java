package io.newsstream.enrich.engine.text;

/**
 * The tokens of one text as parallel arrays, so that a 4 KB article costs a handful of array
 * allocations rather than one object per token. Offsets index the text the tokenizer was given.
 *
 * <p>Each token has a lookup key: the surface lower-cased, with curly apostrophes straightened
 * and accents removed, so that lexicon entries match regardless of typography. Tokens whose key
 * is in the tokenizer's {@link Vocabulary} carry its id and share its key string; the key of any
 * other token is built the first time someone asks for it, so most tokens cost no allocation.
 * Confined to the thread that analyses the text.
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
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] flags;
    private String[] keys;
    private int[] ids;

    Tokens(String text, int capacity) {
        this.text = text;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.flags = new int[capacity];
        this.keys = new String[capacity];
        this.ids = new int[capacity];
    }

    /** @param key the lookup key, or null to build it from the text when first asked for */
    void add(int start, int end, int tokenFlags, String key, int id) {
        if (size == starts.length) {
            int grown = Math.max(16, size * 2);
            starts = java.util.Arrays.copyOf(starts, grown);
            ends = java.util.Arrays.copyOf(ends, grown);
            flags = java.util.Arrays.copyOf(flags, grown);
            keys = java.util.Arrays.copyOf(keys, grown);
            ids = java.util.Arrays.copyOf(ids, grown);
        }
        starts[size] = start;
        ends[size] = end;
        flags[size] = tokenFlags;
        keys[size] = key;
        ids[size] = id;
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
        String key = keys[i];
        if (key == null) {
            key = Tokenizer.key(text, starts[i], ends[i]);
            keys[i] = key;
        }
        return key;
    }

    /** The id of the token's key in the tokenizer's vocabulary, or {@link Vocabulary#ABSENT}. */
    public int id(int i) {
        return ids[i];
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
