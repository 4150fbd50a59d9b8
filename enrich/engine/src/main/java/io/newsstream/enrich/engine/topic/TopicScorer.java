package io.newsstream.enrich.engine.topic;

import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.lexicon.TopicCue;
import io.newsstream.enrich.engine.text.Tokens;

/**
 * Sums the weighted topic cues of {@code topics.tsv} found in a text: one evidence score per
 * topic, higher meaning more about it. Pure function of its inputs.
 */
public final class TopicScorer {

    public double[] score(Tokens tokens, TokenEntries entries, int topicCount) {
        double[] scores = new double[topicCount];
        for (int i = 0; i < tokens.size(); i++) {
            if (!entries.is(i, LexEntry.HAS_CUES)) {
                continue;
            }
            LexEntry entry = entries.at(i);
            for (int k = 0; k < entry.wordCueCount(); k++) {
                scores[entry.wordCueTopic(k)] += entry.wordCueWeight(k);
            }
            for (TopicCue cue : entry.phraseCues()) {
                if (matches(tokens, cue.keyIds(), i)) {
                    scores[cue.topic()] += cue.weight();
                }
            }
        }
        return scores;
    }

    private static boolean matches(Tokens tokens, int[] keyIds, int start) {
        if (start + keyIds.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < keyIds.length; k++) {
            if (keyIds[k] != tokens.id(start + k)) {
                return false;
            }
        }
        return true;
    }
}
