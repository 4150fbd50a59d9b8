package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.text.Vocabulary;

/**
 * The lexicon entry of each token of one text, read through the vocabulary id the tokenizer
 * already gave the token, so no lookup or per-token copy is needed. Roles, languages and "has
 * forms / cues" are the vocabulary attribute each token already carries, so the extractors'
 * per-token tests read the token stream and touch no table indexed by id, nor entry objects.
 * Confined to the thread that analyses the text, like its {@link Tokens}.
 */
public final class TokenEntries {

    private final Tokens tokens;
    /** The lexicon's entries, indexed by vocabulary id. */
    private final LexEntry[] byId;

    TokenEntries(Tokens tokens, LexEntry[] byId) {
        this.tokens = tokens;
        this.byId = byId;
    }

    /** The entry of token {@code i}, or null when the token plays no role or {@code i} is out of range. */
    public LexEntry at(int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        int id = tokens.id(i);
        return id == Vocabulary.ABSENT ? null : byId[id];
    }

    /**
     * True when token {@code i} exists and has {@code role}: a {@link LexEntry} role bit, or
     * {@link LexEntry#HAS_FORMS} or {@link LexEntry#HAS_CUES}.
     */
    public boolean is(int i, int role) {
        return (traits(i) & role) != 0;
    }

    /** The languages token {@code i} is a function word of, as bits over {@link FunctionWords#LANGUAGES}. */
    public int languages(int i) {
        return traits(i) >>> LexEntry.LANGUAGE_SHIFT;
    }

    /** {@link LexEntry#traits()} of token {@code i}'s entry, filed as its key's vocabulary attribute. */
    private int traits(int i) {
        return i < 0 || i >= tokens.size() ? 0 : tokens.attribute(i);
    }
}
