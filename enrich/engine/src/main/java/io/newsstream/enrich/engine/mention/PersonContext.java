package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.text.Tokens;

/**
 * Says whether the words around an unlisted capitalised name of two or more words make it a
 * person, for names no title announces. Strong cues suffice alone: a speech verb next to the
 * name ("said Enrique Mora", "Enrique Mora told"), an age ("Enrique Mora, 61,"), a role noun set
 * off before it ("the EU's coordinator, Enrique Mora,"), or a role set off after it and closed by
 * a speech verb ("Hiroshi Tanabe, chief economist of Daiwa Research, said"). Weaker cues (a role
 * after the name not followed by a speech verb, "who", "according to") count only when the name
 * starts with a known given name. Reads one text's tokens and their lexicon entries.
 */
record PersonContext(Tokens tokens, TokenEntries entries) {

    /** How many words a role phrase after a name may run before its closing comma. */
    private static final int MAX_ROLE_PHRASE = 8;

    /** True when tokens {@code [from, to)} name a person by their context. */
    boolean isPerson(int from, int to) {
        if (speechVerbNext(from, to) || roleSetOffBefore(from, to)) {
            return true;
        }
        boolean givenName = entries.is(from, LexEntry.GIVEN_NAME);
        int roleEnd = rolePhraseAfter(to);
        if (roleEnd > 0) {
            return givenName || tokens.keyOrEmpty(roleEnd).equals(",") && isSpeechVerb(roleEnd + 1);
        }
        return givenName && (isComma(to) && tokens.keyOrEmpty(to + 1).equals("who") || afterAccordingTo(from));
    }

    /** "Name said" / "said Name" / "Name, 45," */
    private boolean speechVerbNext(int from, int to) {
        boolean verbAfter = to < tokens.size() && tokens.continuesSentence(to - 1) && isSpeechVerb(to);
        boolean verbBefore = from > 0 && tokens.continuesSentence(from - 1) && isSpeechVerb(from - 1);
        boolean age = isComma(to) && tokens.has(to + 1, Tokens.NUMBER) && tokens.keyOrEmpty(to + 2).equals(",");
        return verbAfter || verbBefore || age;
    }

    /** "the coordinator, Enrique Mora, said": a role noun and a comma before, a comma, verb or full stop after. */
    private boolean roleSetOffBefore(int from, int to) {
        if (from < 2 || !tokens.keyOrEmpty(from - 1).equals(",") || !tokens.continuesSentence(from - 2)
                || !entries.is(from - 2, LexEntry.ROLE_NOUN)) {
            return false;
        }
        String after = tokens.keyOrEmpty(to);
        return after.isEmpty() || after.equals(",") || after.equals(".") || isSpeechVerb(to);
    }

    /**
     * For "Name, chief economist of Daiwa Research, said": where the role phrase after the comma at
     * {@code comma} ends (its closing comma or full stop), or -1 when no role noun follows the comma.
     */
    private int rolePhraseAfter(int comma) {
        if (!isComma(comma) || !tokens.continuesSentence(comma)) {
            return -1;
        }
        boolean role = false;
        int k = comma + 1;
        for (; k < tokens.size() && k <= comma + MAX_ROLE_PHRASE; k++) {
            String key = tokens.key(k);
            if (key.equals(",") || key.equals(".")) {
                break;
            }
            role |= entries.is(k, LexEntry.ROLE_NOUN);
            if (!tokens.continuesSentence(k)) {
                return role ? k + 1 : -1;
            }
        }
        return role ? k : -1;
    }

    private boolean afterAccordingTo(int from) {
        return tokens.keyOrEmpty(from - 1).equals("to") && tokens.keyOrEmpty(from - 2).equals("according")
                && tokens.continuesSentence(from - 2);
    }

    private boolean isSpeechVerb(int i) {
        return entries.is(i, LexEntry.SPEECH_VERB) && !tokens.keyOrEmpty(i).equals("according");
    }

    private boolean isComma(int i) {
        return tokens.keyOrEmpty(i).equals(",");
    }
}
