package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KnowledgeBase;
import io.newsstream.enrich.engine.text.Tokenizer;
import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.text.Vocabulary;
import io.newsstream.enrich.engine.topic.TopicLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base, topic cues, English word roles and function words of the languages the
 * engine tells apart, compiled into one {@link LexEntry} per token key, plus the tokenizer that
 * finds those keys. The keys form the tokenizer's {@link Vocabulary}, so each token of a text
 * arrives with the id of its entry: one hash probe per token, done while tokenising, whatever
 * the size of the knowledge base. Multi-token forms are filed under their first token and
 * verified token by token.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Lexicon {

    /** Indexed by vocabulary id. */
    private final LexEntry[] entries;
    private final Tokenizer tokenizer;
    private final TopicLexicon topics;

    private Lexicon(LexEntry[] entries, Tokenizer tokenizer, TopicLexicon topics) {
        this.entries = entries;
        this.tokenizer = tokenizer;
        this.topics = topics;
    }

    public static Lexicon compile(KnowledgeBase knowledgeBase, TopicLexicon topics) {
        Set<String> abbreviations = abbreviations(knowledgeBase);
        Tokenizer tokenizer = new Tokenizer(abbreviations);
        Map<String, Builder> builders = new HashMap<>(knowledgeBase.entities().size() * 3);
        for (KbEntity entity : knowledgeBase.entities()) {
            addForm(builders, tokenizer, entity.name(), entity, false, true);
            for (String alias : entity.aliases()) {
                addForm(builders, tokenizer, alias, entity, false, false);
            }
            for (String adjective : entity.adjectives()) {
                addForm(builders, tokenizer, adjective, entity, true, false);
            }
        }
        for (int topic = 0; topic < topics.size(); topic++) {
            for (Map.Entry<String, Double> cue : topics.cues(topic).entrySet()) {
                String[] keys = keysOf(builders, tokenizer.tokenize(cue.getKey()));
                if (keys.length > 0) {
                    builder(builders, keys[0]).cues.add(new TopicCue(keys, topic, cue.getValue()));
                }
            }
        }
        addRole(builders, EnglishWords.PERSON_TITLES, LexEntry.PERSON_TITLE);
        addRole(builders, EnglishWords.ORGANIZATION_SUFFIXES, LexEntry.ORGANIZATION_SUFFIX);
        addRole(builders, EnglishWords.ORGANIZATION_HEADS, LexEntry.ORGANIZATION_HEAD);
        addRole(builders, EnglishWords.NAME_PARTICLES, LexEntry.NAME_PARTICLE);
        addRole(builders, EnglishWords.NAME_CONNECTORS, LexEntry.NAME_CONNECTOR);
        addRole(builders, EnglishWords.SPEECH_VERBS, LexEntry.SPEECH_VERB);
        addRole(builders, EnglishWords.COMMON_WORDS, LexEntry.COMMON_WORD);
        addRole(builders, EnglishWords.SPEAKER_PRONOUNS, LexEntry.SPEAKER_PRONOUN);
        FunctionWords.languageMasks().forEach((word, languages) -> builder(builders, word).languages |= languages);
        // Closed-class words make up most tokens of any text: giving them the first ids, and
        // building their entries first, keeps what nearly every lookup touches close together in memory.
        List<String> keys = new ArrayList<>(builders.keySet());
        keys.sort(Comparator.comparing((String key) -> !builders.get(key).isClosedClass()));
        Vocabulary vocabulary = Vocabulary.of(keys);
        LexEntry[] entries = new LexEntry[vocabulary.size()];
        for (int id = 0; id < entries.length; id++) {
            entries[id] = builders.get(vocabulary.key(id)).build();
        }
        return new Lexicon(entries, new Tokenizer(abbreviations, vocabulary), topics);
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public TopicLexicon topics() {
        return topics;
    }

    /** The entries of the tokens of {@code tokens}, which {@link #tokenizer()} made. */
    public TokenEntries entriesOf(Tokens tokens) {
        return new TokenEntries(tokens, entries);
    }

    private static Set<String> abbreviations(KnowledgeBase knowledgeBase) {
        Set<String> abbreviations = new HashSet<>(EnglishWords.ABBREVIATIONS);
        for (KbEntity entity : knowledgeBase.entities()) {
            for (String alias : entity.aliases()) {
                collectAbbreviations(alias, abbreviations);
            }
        }
        return abbreviations;
    }

    /** Adds "tex" for an alias like "Tex." so the tokenizer keeps the period in the text too. */
    private static void collectAbbreviations(String alias, Set<String> abbreviations) {
        int wordStart = 0;
        for (int i = 0; i <= alias.length(); i++) {
            if (i == alias.length() || alias.charAt(i) == ' ') {
                if (i - wordStart > 2 && alias.charAt(i - 1) == '.' && alias.indexOf('.', wordStart) == i - 1) {
                    abbreviations.add(Tokenizer.key(alias, wordStart, i - 1));
                }
                wordStart = i + 1;
            }
        }
    }

    private static void addForm(Map<String, Builder> builders, Tokenizer tokenizer, String surface, KbEntity entity,
            boolean adjective, boolean canonical) {
        Tokens tokens = tokenizer.tokenize(surface);
        String[] keys = keysOf(builders, tokens);
        if (keys.length == 0) {
            return;
        }
        byte[] caseRules = new byte[keys.length];
        for (int i = 0, k = 0; i < tokens.size(); i++) {
            if (!tokens.has(i, Tokens.PUNCT) || !isDroppedPunctuation(tokens.key(i))) {
                caseRules[k++] = tokens.has(i, Tokens.ALL_CAPS) && tokens.end(i) - tokens.start(i) <= 4
                        ? EntityForm.ALL_CAPS
                        : tokens.has(i, Tokens.CAPITALIZED) ? EntityForm.CAPITALIZED : EntityForm.ANY_CASE;
            }
        }
        builder(builders, keys[0]).forms.add(new EntityForm(keys, caseRules, entity, adjective, canonical));
    }

    /**
     * The keys of a form's tokens; a possessive or stray apostrophe in a form is not part of it.
     * Every key joins the vocabulary and is replaced by the vocabulary's own string, so that
     * comparing it with a token's key finds the very same instance.
     */
    private static String[] keysOf(Map<String, Builder> builders, Tokens tokens) {
        String[] keys = new String[tokens.size()];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.has(i, Tokens.PUNCT) || !isDroppedPunctuation(tokens.key(i))) {
                keys[count++] = builder(builders, tokens.key(i)).key;
            }
        }
        return count == keys.length ? keys : Arrays.copyOf(keys, count);
    }

    private static boolean isDroppedPunctuation(String key) {
        return key.equals("'s") || key.equals("'");
    }

    private static void addRole(Map<String, Builder> builders, Set<String> words, int role) {
        for (String word : words) {
            builder(builders, word).roles |= role;
        }
    }

    private static Builder builder(Map<String, Builder> builders, String key) {
        return builders.computeIfAbsent(key, Builder::new);
    }

    private static final class Builder {
        final String key;
        int roles;
        int languages;
        final List<EntityForm> forms = new ArrayList<>(1);
        final List<TopicCue> cues = new ArrayList<>(0);

        Builder(String key) {
            this.key = key;
        }

        boolean isClosedClass() {
            return roles != 0 || languages != 0;
        }

        LexEntry build() {
            forms.sort(EntityForm::compareForPreference);
            return new LexEntry(roles, languages, forms.toArray(EntityForm[]::new), cues.toArray(TopicCue[]::new));
        }
    }
}
