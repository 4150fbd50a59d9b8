package io.newsstream.enrich.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tokens: key tests by vocabulary id")
class TokensKeyTest {

    private final Tokenizer tokenizer = new Tokenizer(Set.of(), Vocabulary.of(List.of("and", "-")));

    @Test
    @DisplayName("a key in the vocabulary matches its tokens in any case, by id")
    void matchesVocabularyKeysById() {
        Tokens tokens = tokenizer.tokenize("Fire AND Rescue - and more");
        int and = tokens.idOf("and");

        assertThat(and).isNotEqualTo(Vocabulary.ABSENT);
        assertThat(tokens.keyIs(1, "and", and)).isTrue();
        assertThat(tokens.keyIs(4, "and", and)).isTrue();
        assertThat(tokens.keyIs(0, "and", and)).isFalse();
        assertThat(tokens.keyIs(3, "-", tokens.idOf("-"))).isTrue();
    }

    @Test
    @DisplayName("a key outside the vocabulary is compared as a string, and positions outside the text match nothing")
    void fallsBackToStringsOutsideTheVocabulary() {
        Tokens tokens = tokenizer.tokenize("Johnson & Johnson");
        int ampersand = tokens.idOf("&");

        assertThat(ampersand).isEqualTo(Vocabulary.ABSENT);
        assertThat(tokens.keyIs(1, "&", ampersand)).isTrue();
        assertThat(tokens.keyIs(0, "&", ampersand)).isFalse();
        assertThat(tokens.keyIs(-1, "&", ampersand)).isFalse();
        assertThat(tokens.keyIs(3, "&", ampersand)).isFalse();
    }
}
