package io.newsstream.enrich.engine.quote;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.Quote;
import io.newsstream.enrich.engine.Span;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.lexicon.LexEntry;
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

    /** How far from the quotation mark the verb of saying may be, in tokens. */
    private static final int VERB_WINDOW = 5;
    /** How far from the verb its subject may be, in tokens ("Senator Marco Rubio also noted"). */
    private static final int SUBJECT_WINDOW = 4;

    public List<Quote> find(Tokens tokens, LexEntry[] entries, List<FoundMention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        String text = tokens.text();
        int searchFrom = 0;
        while (true) {
            int open = nextOpening(text, searchFrom);
            if (open < 0) {
                return quotes;
            }
            int close = closing(text, open);
            if (close < 0) {
                searchFrom = open + 1;
                continue;
            }
            if (close - open > 1) {
                KbEntity speaker = speaker(tokens, entries, mentions, open, close);
                quotes.add(new Quote(text.substring(open + 1, close), speaker == null ? null : speaker.name(),
                        speaker == null ? null : speaker.id(), new Span(open + 1, close)));
            }
            searchFrom = close + 1;
        }
    }

    private static int nextOpening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '"' || c == '\u00ab' || c == '\u201e') {
                return i;
            }
        }
        return -1;
    }

    /** The matching closing mark in the same paragraph, or -1. */
    private static int closing(String text, int open) {
        char opening = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
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

    private static KbEntity speaker(Tokens tokens, LexEntry[] entries, List<FoundMention> mentions, int open, int close) {
        int openToken = tokenAt(tokens, open);
        int closeToken = tokenAt(tokens, close);
        char last = tokens.text().charAt(close - 1);
        if (last != '.') {
            KbEntity after = speakerAfter(tokens, entries, mentions, closeToken, openToken);
            if (after != null) {
                return after;
            }
        }
        return speakerBefore(tokens, entries, mentions, openToken);
    }

    private static KbEntity speakerAfter(Tokens tokens, LexEntry[] entries, List<FoundMention> mentions,
            int closeToken, int openToken) {
        int limit = Math.min(tokens.size(), closeToken + 1 + VERB_WINDOW);
        for (int verb = closeToken + 1; verb < limit; verb++) {
            if (tokens.has(verb, Tokens.LINE_START) || "\u201c\"".contains(tokens.key(verb))) {
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

    private static KbEntity speakerBefore(Tokens tokens, LexEntry[] entries, List<FoundMention> mentions, int openToken) {
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
    private static KbEntity subjectBefore(Tokens tokens, LexEntry[] entries, List<FoundMention> mentions, int verb,
            int floor, int quoteOpenToken) {
        for (int i = verb - 1; i >= floor && i >= verb - SUBJECT_WINDOW; i--) {
            LexEntry entry = entries[i];
            if (entry != null && entry.is(LexEntry.SPEAKER_PRONOUN)) {
                return latestPersonBefore(mentions, Math.min(i, quoteOpenToken));
            }
            FoundMention person = personEndingAt(mentions, i + 1);
            if (person != null) {
                return person.entity();
            }
        }
        return null;
    }

    private static boolean isSpeechVerb(Tokens tokens, LexEntry[] entries, int i) {
        return entries[i] != null && entries[i].is(LexEntry.SPEECH_VERB) && !tokens.has(i, Tokens.CAPITALIZED);
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

    /** Index of the token that starts at character {@code offset} (or the last one before it). */
    private static int tokenAt(Tokens tokens, int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tokens.start(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
