package io.newsstream.enrich.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Vocabulary: keys in one pool, found from the text's characters")
class VocabularyTest {

    private final Vocabulary vocabulary =
            Vocabulary.of(List.of("new", "news", "new york", "u.s.", "zürich", "'s"), new int[] {1, 2, 3, 4, 5, 6});

    @Test
    @DisplayName("a word in any ASCII case finds its key's id and attribute")
    void findsWordsWhateverTheirCase() {
        String text = "NEWS from New York";
        int news = vocabulary.slotOfPlain(text, 0, 4);
        int newWord = vocabulary.slotOfPlain(text, 10, 13);

        assertThat(vocabulary.idAt(news)).isEqualTo(1);
        assertThat(vocabulary.attributeAt(news)).isEqualTo(2);
        assertThat(vocabulary.key(vocabulary.idAt(newWord))).isEqualTo("new");
        assertThat(vocabulary.attributeAt(newWord)).isEqualTo(1);
    }

    @Test
    @DisplayName("a prefix or extension of a key is not that key")
    void comparesWholeKeys() {
        String text = "ne newsy";

        assertThat(vocabulary.slotOfPlain(text, 0, 2)).isEqualTo(Vocabulary.ABSENT);
        assertThat(vocabulary.slotOfPlain(text, 3, 8)).isEqualTo(Vocabulary.ABSENT);
    }

    @Test
    @DisplayName("an absent key has no id and attribute 0")
    void absentKeys() {
        int slot = vocabulary.slotOf("paris");

        assertThat(slot).isEqualTo(Vocabulary.ABSENT);
        assertThat(vocabulary.idAt(slot)).isEqualTo(Vocabulary.ABSENT);
        assertThat(vocabulary.attributeAt(slot)).isZero();
    }

    @Test
    @DisplayName("keys with punctuation, spaces or non-ASCII letters are found exactly")
    void findsOtherKeys() {
        assertThat(vocabulary.idAt(vocabulary.slotOf("zürich"))).isEqualTo(4);
        assertThat(vocabulary.idAt(vocabulary.slotOf("new york"))).isEqualTo(2);
        assertThat(vocabulary.idAt(vocabulary.slotOf("'s"))).isEqualTo(5);
        assertThat(vocabulary.idAt(vocabulary.slotOfPlain("U.S.", 0, 4))).isEqualTo(3);
        assertThat(vocabulary.slotOf("Zürich")).isEqualTo(Vocabulary.ABSENT);
    }

    @Test
    @DisplayName("thousands of keys are all found again")
    void findsEveryKeyOfALargeVocabulary() {
        List<String> keys = IntStream.range(0, 5000).mapToObj(n -> "key" + n).toList();
        Vocabulary large = Vocabulary.of(keys);

        for (int id = 0; id < keys.size(); id++) {
            assertThat(large.idAt(large.slotOf(keys.get(id)))).isEqualTo(id);
        }
        assertThat(large.size()).isEqualTo(5000);
    }

    @Test
    @DisplayName("keys packed into their slot (up to eight ASCII characters) and longer ones are found alike")
    void findsPackedAndPooledKeys() {
        List<String> keys = List.of("a", "eighteen", "nineteen1", "semiconductor", "\u0000x", "abcdefgh", "abcdefghi");
        Vocabulary mixed = Vocabulary.of(keys);
        String text = "A EIGHTEEN Nineteen1 SemiConductor ABCDEFGH abcdefghi abcdefg";

        assertThat(mixed.idAt(mixed.slotOfPlain(text, 0, 1))).isEqualTo(0);
        assertThat(mixed.idAt(mixed.slotOfPlain(text, 2, 10))).isEqualTo(1);
        assertThat(mixed.idAt(mixed.slotOfPlain(text, 11, 20))).isEqualTo(2);
        assertThat(mixed.idAt(mixed.slotOfPlain(text, 21, 34))).isEqualTo(3);
        assertThat(mixed.idAt(mixed.slotOf("\u0000x"))).isEqualTo(4);
        assertThat(mixed.idAt(mixed.slotOfPlain(text, 35, 43))).isEqualTo(5);
        assertThat(mixed.idAt(mixed.slotOfPlain(text, 44, 53))).isEqualTo(6);
        assertThat(mixed.slotOfPlain(text, 54, 61)).isEqualTo(Vocabulary.ABSENT);
    }

    @Test
    @DisplayName("repeated keys or a missing attribute are rejected with the reason")
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> Vocabulary.of(List.of("a", "a"), new int[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
        assertThatThrownBy(() -> Vocabulary.of(List.of("a", "b"), new int[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 vocabulary keys but 1 attributes");
    }
}
