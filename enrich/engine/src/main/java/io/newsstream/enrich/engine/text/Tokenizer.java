package io.newsstream.enrich.engine.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words, numbers and punctuation in one left-to-right pass, with no regular
 * expressions: each character is looked at a constant number of times.
 *
 * <p>Rules that keep names whole: dotted abbreviations ({@code U.S.}, {@code N.Y.}) and known
 * abbreviations with a period ({@code Dr.}, {@code Tex.}) are one token and do not end a
 * sentence; a possessive {@code ’s}/{@code 's} is split off and flags the word before it;
 * apostrophes inside words ({@code O'Brien}, {@code isn’t}) stay inside; hyphens are separate
 * tokens flagged {@link Tokens#JOINED} so hyphenated names can be rejoined.
 *
 * <p>Thread-safe and immutable.
 */
public final class Tokenizer {

    private final Vocabulary abbreviations;
    private final Vocabulary vocabulary;
    private final int possessiveSlot;
    private final int apostropheSlot;
    /** The slot of each ASCII punctuation mark's key, so a comma or period costs no hashing. */
    private final int[] asciiMarkSlots = new int[128];

    /** A tokenizer whose tokens carry no vocabulary ids; for compiling the lexicon itself. */
    public Tokenizer(Set<String> abbreviations) {
        this(abbreviations, Vocabulary.empty());
    }

    /**
     * @param abbreviations lower-case words (without the period) that take a period, e.g. "dr", "tex"
     * @param vocabulary the keys whose ids, attributes and shared key strings the tokens get;
     *     every other key is built only when asked for
     */
    public Tokenizer(Set<String> abbreviations, Vocabulary vocabulary) {
        this.abbreviations = Vocabulary.of(abbreviations);
        this.vocabulary = vocabulary;
        this.possessiveSlot = vocabulary.slotOf(POSSESSIVE_KEY);
        this.apostropheSlot = vocabulary.slotOf(APOSTROPHE_KEY);
        for (char c = 0; c < 128; c++) {
            asciiMarkSlots[c] = isApostrophe(c) ? apostropheSlot : vocabulary.slotOf(ASCII_KEYS[c]);
        }
    }

    public Tokens tokenize(String text) {
        Tokens tokens = new Tokens(text, vocabulary, text.length() / 5 + 4);
        int length = text.length();
        int i = 0;
        boolean sentenceStart = true;
        boolean lineStart = true;
        boolean spaceBefore = true;
        while (i < length) {
            char c = text.charAt(i);
            int charClass = classOf(c);
            if ((charClass & LINE_BREAK) != 0) {
                sentenceStart = true;
                lineStart = true;
                spaceBefore = true;
                i++;
                continue;
            }
            if ((charClass & SPACE) != 0) {
                spaceBefore = true;
                i++;
                continue;
            }
            int contextFlags = (spaceBefore ? 0 : Tokens.JOINED) | (lineStart ? Tokens.LINE_START : 0);
            int end;
            if ((charClass & LETTER) != 0) {
                end = scanWord(text, i, tokens, contextFlags | (sentenceStart ? Tokens.SENTENCE_START : 0));
                sentenceStart = false;
            } else if ((charClass & DIGIT) != 0) {
                end = scanNumber(text, i);
                tokens.add(i, end, Tokens.NUMBER | contextFlags | (sentenceStart ? Tokens.SENTENCE_START : 0),
                        vocabulary.slotOfPlain(text, i, end), null);
                sentenceStart = false;
            } else {
                end = c < 128 ? i + 1 : i + Character.charCount(text.codePointAt(i));
                // Apart from apostrophes, a punctuation mark is its own key.
                int slot = c < 128 ? asciiMarkSlots[c]
                        : isApostrophe(c) ? apostropheSlot : vocabulary.slotOfPlain(text, i, end);
                tokens.add(i, end, Tokens.PUNCT | contextFlags, slot, null);
                if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                    sentenceStart = true;
                }
            }
            lineStart = false;
            spaceBefore = false;
            i = end;
        }
        return tokens;
    }

    /** Scans a word at {@code start}, adds it (and a split-off possessive), returns the end. */
    private int scanWord(String text, int start, Tokens tokens, int contextFlags) {
        int length = text.length();
        // The vocabulary hash of the ASCII key and the word's case, computed in the same pass so
        // the word is read once.
        int hash = 0;
        long packed = 0;
        int classes = 0;
        int letters = 0;
        int i = start;
        // Most words are ASCII letters and digits: one table load per character, and OR-ing in
        // 0x20 lower-cases a letter and leaves a digit as it is.
        while (i < length) {
            char c = text.charAt(i);
            int charClass = c < 128 ? ASCII_CLASSES[c] : 0;
            if ((charClass & (LETTER | DIGIT)) == 0) {
                break;
            }
            char lowered = (char) (c | 0x20);
            hash = 31 * hash + lowered;
            packed = Vocabulary.packStep(packed, i - start, lowered);
            classes |= charClass;
            letters += charClass & LETTER;
            i++;
        }
        // A word that ends plainly is not followed by a period, so it is no dotted abbreviation either.
        if (i > start && (i == length || endsPlainly(text.charAt(i)))) {
            int flags = Tokens.WORD;
            if ((ASCII_CLASSES[text.charAt(start)] & UPPER) != 0) {
                boolean allCaps = (classes & LOWER) == 0 && letters >= 2 * LETTER;
                flags |= Tokens.CAPITALIZED | (allCaps ? Tokens.ALL_CAPS : 0);
            }
            int slot = i - start <= Vocabulary.PACKED_LENGTH ? vocabulary.slotOfPacked(packed)
                    : vocabulary.slotOfPlain(text, start, i, hash);
            tokens.add(start, i, flags | contextFlags, slot, null);
            return i;
        }
        int dotted = scanDottedAbbreviation(text, start);
        if (dotted > start) {
            addWord(tokens, text, start, dotted, wordFlags(text, start, dotted) | contextFlags | Tokens.ABBREVIATION,
                    isAscii(text, start, dotted), Vocabulary.asciiHash(text, start, dotted));
            return dotted;
        }
        int possessiveEnd = -1;
        boolean ascii = true;
        while (i < length) {
            char c = text.charAt(i);
            if (isWordCharacter(c)) {
                ascii &= c < 128;
                hash = Vocabulary.hashStep(hash, c);
                i++;
            } else if (isApostrophe(c) && i + 1 < length && Character.isLetter(text.charAt(i + 1))) {
                boolean possessiveS = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= length || !Character.isLetter(text.charAt(i + 2)));
                if (possessiveS) {
                    possessiveEnd = i + 2;
                    break;
                }
                ascii &= c < 128;
                hash = Vocabulary.hashStep(hash, c);
                i++;
            } else {
                break;
            }
        }
        int end = i;
        int flags = wordFlags(text, start, end) | contextFlags;
        if (possessiveEnd < 0 && end < length && isApostrophe(text.charAt(end)) && end > start
                && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && (end + 1 >= length || !Character.isLetter(text.charAt(end + 1)))) {
            flags |= Tokens.POSSESSIVE;
        }
        if (possessiveEnd > 0) {
            flags |= Tokens.POSSESSIVE;
        }
        if (possessiveEnd < 0 && end < length && text.charAt(end) == '.' && isAbbreviation(text, start, end, ascii, hash)) {
            end++;
            flags |= Tokens.ABBREVIATION;
            hash = Vocabulary.hashStep(hash, '.');
        }
        addWord(tokens, text, start, end, flags, ascii, hash);
        if (possessiveEnd > 0) {
            tokens.add(end, possessiveEnd, Tokens.PUNCT | Tokens.JOINED, possessiveSlot, POSSESSIVE_KEY);
            return possessiveEnd;
        }
        return end;
    }

    /**
     * Adds the word {@code text[start, end)} with its vocabulary id; builds its key now only when
     * it is not ASCII.
     *
     * @param asciiHash for an ASCII word, the hash {@link Vocabulary#asciiHash} gives it
     */
    private void addWord(Tokens tokens, String text, int start, int end, int flags, boolean ascii, int asciiHash) {
        if (ascii) {
            tokens.add(start, end, flags, vocabulary.slotOfPlain(text, start, end, asciiHash), null);
        } else {
            String key = key(text, start, end);
            tokens.add(start, end, flags, vocabulary.slotOf(key), key);
        }
    }

    private boolean isAbbreviation(String text, int start, int end, boolean ascii, int asciiHash) {
        int slot = ascii ? abbreviations.slotOfPlain(text, start, end, asciiHash)
                : abbreviations.slotOf(key(text, start, end));
        return slot != Vocabulary.ABSENT;
    }

    /** End of a dotted abbreviation (U.S., N.Y., a.m.) or an initial (J.) at {@code start}, else {@code start}. */
    private static int scanDottedAbbreviation(String text, int start) {
        int length = text.length();
        int i = start;
        int pairs = 0;
        while (i + 1 < length && text.charAt(i + 1) == '.' && (classOf(text.charAt(i)) & LETTER) != 0) {
            pairs++;
            i += 2;
        }
        boolean initial = pairs == 1 && (classOf(text.charAt(start)) & UPPER) != 0;
        return pairs >= 2 || initial ? i : start;
    }

    private static int scanNumber(String text, int start) {
        int i = start;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                i++;
            } else if ((c == ',' || c == '.') && i + 1 < length && isDigit(text.charAt(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int wordFlags(String text, int start, int end) {
        int flags = Tokens.WORD;
        if ((classOf(text.charAt(start)) & UPPER) != 0) {
            flags |= Tokens.CAPITALIZED;
            int letters = 0;
            boolean allUpper = true;
            for (int i = start; i < end && allUpper; i++) {
                int charClass = classOf(text.charAt(i));
                if ((charClass & LETTER) != 0) {
                    letters++;
                    allUpper = (charClass & UPPER) != 0;
                }
            }
            if (allUpper && letters >= 2) {
                flags |= Tokens.ALL_CAPS;
            }
        }
        return flags;
    }

    /** The lookup key of {@code text[start, end)}: lower case, straight apostrophes, no accents. */
    public static String key(CharSequence text, int start, int end) {
        boolean ascii = true;
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                chars[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                ascii = false;
                chars[i - start] = isApostrophe(c) ? '\'' : c;
            }
        }
        String lowered = new String(chars);
        if (ascii) {
            return lowered;
        }
        String folded = Normalizer.normalize(lowered.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The lookup key of token {@code text[start, end)}: {@link #key}, or for punctuation the mark itself. */
    static String keyOf(String text, int start, int end, boolean punctuation) {
        return punctuation ? punctuationKey(text, start, end) : key(text, start, end);
    }

    private static String punctuationKey(String text, int start, int end) {
        char c = text.charAt(start);
        if (isApostrophe(c)) {
            return APOSTROPHE_KEY;
        }
        return end - start == 1 && c < 128 ? ASCII_KEYS[c] : text.substring(start, end);
    }

    private static final String POSSESSIVE_KEY = "'s";
    private static final String APOSTROPHE_KEY = "'";

    private static final String[] ASCII_KEYS = new String[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KEYS[c] = String.valueOf(c).intern();
        }
    }

    /**
     * Character classes as bits: a line break ends the line and the sentence, a space only
     * separates, letters start words, digits start numbers; anything else is punctuation.
     */
    private static final int LINE_BREAK = 1;
    private static final int SPACE = 1 << 1;
    private static final int LETTER = 1 << 2;
    private static final int UPPER = 1 << 3;
    private static final int DIGIT = 1 << 4;
    /** An ASCII apostrophe or period, which may continue a word (O'Brien) or close it (Dr., Reuters'). */
    private static final int WORD_TAIL = 1 << 5;
    /** A lower-case ASCII letter: a word without one is all capitals. */
    private static final int LOWER = 1 << 6;

    /** {@link #computeClass} of each ASCII character, so the common case is one array load instead of a chain of tests. */
    private static final byte[] ASCII_CLASSES = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CLASSES[c] = (byte) computeClass(c);
        }
        ASCII_CLASSES['\''] |= WORD_TAIL;
        ASCII_CLASSES['.'] |= WORD_TAIL;
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CLASSES[c] |= LOWER;
        }
    }

    private static int classOf(char c) {
        return c < 128 ? ASCII_CLASSES[c] : computeClass(c);
    }

    private static int computeClass(char c) {
        if (c == '\n' || c == '\r' || c == '\u2029') {
            return LINE_BREAK;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        if (Character.isLetter(c)) {
            return LETTER | (Character.isUpperCase(c) ? UPPER : 0);
        }
        // Digits of other scripts are not read as numbers.
        return isDigit(c) ? DIGIT : 0;
    }

    /** True when {@code c}, which is not a word character, ends the word before it with no possessive or abbreviation to check. */
    private static boolean endsPlainly(char c) {
        return c < 128 && (ASCII_CLASSES[c] & WORD_TAIL) == 0;
    }

    private static boolean isWordCharacter(char c) {
        if (c < 128) {
            return (ASCII_CLASSES[c] & (LETTER | DIGIT)) != 0;
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isAscii(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
