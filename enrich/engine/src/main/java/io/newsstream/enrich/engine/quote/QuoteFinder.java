package io.newsstream.enrich.engine.quote;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.Quote;
import io.newsstream.enrich.engine.Span;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.mention.FoundMention;
import io.newsstream.enrich.engine.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct speech between curly or straight double quotes and names its speaker.
 *
 * <p>The speaker is the person next to a verb of saying right after the quote
 * ({@code “…,” Zelenskyy stated}, {@code “…,” said Marco Rubio}) or right before it
 * ({@code Dr. Emily Cuddy argues, “…”}); a pronoun there ({@code he warned}) stands for the most
 * recent person mentioned before the quote. When the text does not say, the speaker is null.
 * Quotes never span paragraphs; an unmatched mark is ignored. Stateless and thread-safe.
 */
public final class QuoteFinder {

    /**
     * How far from the quotation mark the verb of saying may be, in tokens: room for a titled
     * name in between ({@code “…,” Egyptian Foreign Minister Sameh Shoukry told reporters}).
     */
    private static final int VERB_WINDOW = 8;
    /** How far from the verb its subject may be, in tokens ("Senator Marco Rubio also noted"). */
    private static final int SUBJECT_WINDOW = 4;

    public List<Quote> find(Tokens tokens, TokenEntries entries, List<FoundMention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        String text = tokens.text();
        for (int open = 0; open < tokens.size(); open++) {
            if (!isOpeningMark(tokens, open)) {
                continue;
            }
            int close = closingMark(tokens, open);
            if (close < 0) {
                continue;
            }
            int textStart = tokens.end(open);
            int textEnd = tokens.start(close);
            if (textEnd > textStart) {
                KbEntity speaker = speaker(tokens, entries, mentions, open, close);
                quotes.add(new Quote(text.substring(textStart, textEnd), speaker == null ? null : speaker.name(),
                        speaker == null ? null : speaker.id(), new Span(textStart, textEnd)));
            }
            open = close;
        }
        return quotes;
    }

    private static boolean isOpeningMark(Tokens tokens, int i) {
        if (!tokens.has(i, Tokens.PUNCT)) {
            return false;
        }
        char c = mark(tokens, i);
        return c == '\u201c' || c == '"' || c == '\u00ab' || c == '\u201e';
    }

    /** The token of the matching closing mark in the same paragraph, or -1. */
    private static int closingMark(Tokens tokens, int open) {
        char opening = mark(tokens, open);
        for (int i = open + 1; i < tokens.size(); i++) {
            if (tokens.has(i, Tokens.LINE_START)) {
                return -1;
            }
            if (!tokens.has(i, Tokens.PUNCT)) {
                continue;
            }
            char c = mark(tokens, i);
            boolean closes = switch (opening) {
                case '"' -> c == '"';
                case '\u00ab' -> c == '\u00bb';
                default -> c == '\u201d' || c == '\u201c' && opening == '\u201e';
            };
            if (closes) {
                return i;
            }
            if (opening != '"' && c == opening) {
                return -1;
            }
        }
        return -1;
    }

    /** The first character of punctuation token {@code i}: quotation marks are one character each. */
    private static char mark(Tokens tokens, int i) {
        return tokens.text().charAt(tokens.start(i));
    }

    private static KbEntity speaker(Tokens tokens, TokenEntries entries, List<FoundMention> mentions, int openToken,
            int closeToken) {
        char last = tokens.text().charAt(tokens.start(closeToken) - 1);
        if (last != '.') {
            KbEntity after = speakerAfter(tokens, entries, mentions, closeToken, openToken);
            if (after != null) {
                return after;
            }
        }
        return speakerBefore(tokens, entries, mentions, openToken);
    }

    private static KbEntity speakerAfter(Tokens tokens, TokenEntries entries, List<FoundMention> mentions,
            int closeToken, int openToken) {
        int limit = Math.min(tokens.size(), closeToken + 1 + VERB_WINDOW);
        for (int verb = closeToken + 1; verb < limit; verb++) {
            // A new paragraph, quotation or sentence after the quote: whoever speaks there said something else.
            if (tokens.has(verb, Tokens.LINE_START) || "\u201c\"".contains(tokens.key(verb)) || endsSentence(tokens, verb)) {
                return null;
            }
            if (!isSpeechVerb(tokens, entries, verb)) {
                continue;
            }
            KbEntity subject = subjectBefore(tokens, entries, mentions, verb, closeToken + 1, openToken);
            return subject != null ? subject : personStartingNear(mentions, verb + 1, SUBJECT_WINDOW);
        }
        return null;
    }

    private static boolean endsSentence(Tokens tokens, int i) {
        if (!tokens.has(i, Tokens.PUNCT)) {
            return false;
        }
        char mark = mark(tokens, i);
        return mark == '.' || mark == '!' || mark == '?';
    }

    private static KbEntity speakerBefore(Tokens tokens, TokenEntries entries, List<FoundMention> mentions, int openToken) {
        for (int verb = openToken - 1; verb >= 0 && verb >= openToken - VERB_WINDOW; verb--) {
            if (isSpeechVerb(tokens, entries, verb)) {
                int sentenceStart = verb;
                while (sentenceStart > 0 && !tokens.has(sentenceStart, Tokens.SENTENCE_START)) {
                    sentenceStart--;
                }
                KbEntity subject = subjectBefore(tokens, entries, mentions, verb, sentenceStart, openToken);
                return subject != null ? subject : personStartingNear(mentions, verb + 1, SUBJECT_WINDOW);
            }
            if (tokens.has(verb, Tokens.SENTENCE_START) && verb < openToken - 1) {
                return null;
            }
        }
        return null;
    }

    /** The person or pronoun right before the verb at {@code verb}, looking back no further than {@code floor}. */
    private static KbEntity subjectBefore(Tokens tokens, TokenEntries entries, List<FoundMention> mentions, int verb,
            int floor, int quoteOpenToken) {
        for (int i = verb - 1; i >= floor && i >= verb - SUBJECT_WINDOW; i--) {
            if (entries.is(i, LexEntry.SPEAKER_PRONOUN)) {
                return latestPersonBefore(mentions, Math.min(i, quoteOpenToken));
            }
            FoundMention person = personEndingAt(mentions, i + 1);
            if (person != null) {
                return person.entity();
            }
        }
        return null;
    }

    private static boolean isSpeechVerb(Tokens tokens, TokenEntries entries, int i) {
        return entries.is(i, LexEntry.SPEECH_VERB) && !tokens.has(i, Tokens.CAPITALIZED);
    }

    private static FoundMention personEndingAt(List<FoundMention> mentions, int endToken) {
        for (FoundMention mention : mentions) {
            if (mention.endToken() == endToken && mention.entity().type() == EntityType.PERSON) {
                return mention;
            }
        }
        return null;
    }

    private static KbEntity personStartingNear(List<FoundMention> mentions, int from, int window) {
        for (FoundMention mention : mentions) {
            if (mention.firstToken() >= from && mention.firstToken() < from + window
                    && mention.entity().type() == EntityType.PERSON) {
                return mention.entity();
            }
        }
        return null;
    }

    private static KbEntity latestPersonBefore(List<FoundMention> mentions, int token) {
        KbEntity latest = null;
        for (FoundMention mention : mentions) {
            if (mention.firstToken() >= token) {
                break;
            }
            if (mention.entity().type() == EntityType.PERSON) {
                latest = mention.entity();
            }
        }
        return latest;
    }
}
