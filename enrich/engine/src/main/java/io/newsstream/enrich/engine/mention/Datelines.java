package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.text.Tokens;
import java.util.Set;

/**
 * Wire-copy datelines: the place a story was filed from, written in capitals at the start of a
 * line and followed by a comma, dash or bracket ({@code HOUSTON, Feb 26 -},
 * {@code WASHINGTON (AP) -}, {@code MANILA -}). A dateline makes an unknown word a place, but
 * says little about what the story is about.
 */
public final class Datelines {

    private static final Set<String> SEPARATORS = Set.of(",", "\u2014", "\u2013", "-", "(");

    private Datelines() {}

    /** True when tokens {@code [from, to)} are the place of a dateline. */
    public static boolean isDateline(Tokens tokens, int from, int to) {
        return tokens.has(from, Tokens.LINE_START) && tokens.has(from, Tokens.ALL_CAPS) && isFollowedBySeparator(tokens, to);
    }

    /** True when token {@code i} is what ends a dateline's place: a comma, dash or opening bracket. */
    static boolean isFollowedBySeparator(Tokens tokens, int i) {
        return SEPARATORS.contains(tokens.keyOrEmpty(i));
    }
}
