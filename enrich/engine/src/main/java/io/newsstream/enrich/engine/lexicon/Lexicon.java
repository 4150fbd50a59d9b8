package io.newsstream.enrich.engine.lexicon;

import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KnowledgeBase;
import io.newsstream.enrich.engine.text.Tokenizer;
import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.text.Vocabulary;
import io.newsstream.enrich.engine.topic.TopicLexicon;
import java.util.ArrayList;
import java.util.Arrays;
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

    public static Lexicon compile(KnowledgeBase knowledgeBase, LexiconData data) {
        TopicLexicon topics = data.topics();
        Set<String> abbreviations = abbreviations(knowledgeBase);
        Tokenizer tokenizer = new Tokenizer(abbreviations);
        Builders builders = new Builders();
        Set<String> capitals = knowledgeBase.nationalCapitalIds();
        for (KbEntity entity : knowledgeBase.entities()) {
            int rank = EntityForm.rankOf(entity, capitals.contains(entity.id()));
            addForm(builders, tokenizer, entity.name(), new FormOf(entity, false, rank));
            for (String alias : entity.aliases()) {
                addForm(builders, tokenizer, alias, new FormOf(entity, false, rank));
            }
            for (String adjective : entity.adjectives()) {
                addForm(builders, tokenizer, adjective, new FormOf(entity, true, rank));
            }
        }
        // A form of lower rank than the region's: it wins only where context asks for a city, as in a dateline.
        knowledgeBase.citiesNamedAfterRegions().forEach((city, regionName) -> addForm(builders, tokenizer, regionName,
                new FormOf(city, false, EntityForm.rankOf(city, capitals.contains(city.id())))));
        for (int topic = 0; topic < topics.size(); topic++) {
            for (Map.Entry<String, Double> cue : topics.cues(topic).entrySet()) {
                int[] keyIds = keyIdsOf(builders, tokenizer.tokenize(cue.getKey()));
                if (keyIds.length > 0) {
                    builders.byId(keyIds[0]).cues.add(new TopicCue(keyIds, topic, cue.getValue()));
                }
            }
        }
        addRole(builders, EnglishWords.PERSON_TITLES, LexEntry.PERSON_TITLE);
        addRole(builders, EnglishWords.ORGANIZATION_SUFFIXES, LexEntry.ORGANIZATION_SUFFIX);
        addRole(builders, EnglishWords.ORGANIZATION_HEADS, LexEntry.ORGANIZATION_HEAD);
        addRole(builders, EnglishWords.NAME_PARTICLES, LexEntry.NAME_PARTICLE);
        addRole(builders, EnglishWords.NAME_CONNECTORS, LexEntry.NAME_CONNECTOR);
        addRole(builders, EnglishWords.SPEECH_VERBS, LexEntry.SPEECH_VERB);
        addRole(builders, EnglishWords.ROLE_NOUNS, LexEntry.ROLE_NOUN);
        addRole(builders, EnglishWords.PLACE_UNITS, LexEntry.PLACE_UNIT);
        addRole(builders, EnglishWords.PLACE_FEATURES, LexEntry.PLACE_FEATURE);
        addRole(builders, EnglishWords.COMMON_WORDS, LexEntry.COMMON_WORD);
        addRole(builders, EnglishWords.SPEAKER_PRONOUNS, LexEntry.SPEAKER_PRONOUN);
        addRole(builders, data.ordinaryWords(), LexEntry.ORDINARY_WORD);
        addRole(builders, data.givenNames(), LexEntry.GIVEN_NAME);
        addRole(builders, EnglishWords.LEGAL_FORMS, LexEntry.LEGAL_FORM);
        FunctionWords.languageMasks().forEach((word, languages) -> builders.of(word).languages |= languages);
        LexEntry[] entries = builders.build();
        // Each token carries its entry's traits, so per-token role tests never index a table by id.
        int[] traits = Arrays.stream(entries).mapToInt(LexEntry::traits).toArray();
        Vocabulary vocabulary = Vocabulary.of(builders.keysById(), traits);
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

    /** What a surface form stands for, before it is tokenised. */
    private record FormOf(KbEntity entity, boolean adjective, int rank) {}

    private static void addForm(Builders builders, Tokenizer tokenizer, String surface, FormOf of) {
        Tokens tokens = tokenizer.tokenize(surface);
        int[] keyIds = keyIdsOf(builders, tokens);
        if (keyIds.length == 0) {
            return;
        }
        byte[] caseRules = new byte[keyIds.length];
        for (int i = 0, k = 0; i < tokens.size(); i++) {
            if (!tokens.has(i, Tokens.PUNCT) || !isDroppedPunctuation(tokens.key(i))) {
                caseRules[k++] = tokens.has(i, Tokens.ALL_CAPS) && tokens.end(i) - tokens.start(i) <= 4
                        ? EntityForm.ALL_CAPS
                        : tokens.has(i, Tokens.CAPITALIZED) ? EntityForm.CAPITALIZED : EntityForm.ANY_CASE;
            }
        }
        builders.byId(keyIds[0]).forms.add(
                new EntityForm(keyIds, caseRules, of.entity(), of.adjective(), of.rank()));
    }

    /**
     * The vocabulary ids of a form's token keys. A possessive is part of the form, as the text
     * writes it ("People's Bank of China", "McDonald's"); a stray apostrophe is not. Every key
     * joins the vocabulary, so matching a form compares ids, never strings.
     */
    private static int[] keyIdsOf(Builders builders, Tokens tokens) {
        int[] keyIds = new int[tokens.size()];
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.has(i, Tokens.PUNCT) || !isDroppedPunctuation(tokens.key(i))) {
                keyIds[count++] = builders.of(tokens.key(i)).id;
            }
        }
        return count == keyIds.length ? keyIds : Arrays.copyOf(keyIds, count);
    }

    private static boolean isDroppedPunctuation(String key) {
        return key.equals("'");
    }

    private static void addRole(Builders builders, Set<String> words, int role) {
        for (String word : words) {
            builders.of(word).roles |= role;
        }
    }

    /** The entries being compiled, one per key; a key's id is the order in which it was first seen. */
    private static final class Builders {
        private final Map<String, Builder> byKey = new HashMap<>();
        private final List<Builder> byId = new ArrayList<>();

        Builder of(String key) {
            Builder builder = byKey.get(key);
            if (builder == null) {
                builder = new Builder(key, byId.size());
                byKey.put(key, builder);
                byId.add(builder);
            }
            return builder;
        }

        Builder byId(int id) {
            return byId.get(id);
        }

        List<String> keysById() {
            return byId.stream().map(builder -> builder.key).toList();
        }

        /** The entries, indexed by id. */
        LexEntry[] build() {
            return byId.stream().map(Builder::build).toArray(LexEntry[]::new);
        }
    }

    private static final class Builder {
        final String key;
        final int id;
        int roles;
        int languages;
        final List<EntityForm> forms = new ArrayList<>(1);
        final List<TopicCue> cues = new ArrayList<>(0);

        Builder(String key, int id) {
            this.key = key;
            this.id = id;
        }

        LexEntry build() {
            forms.sort(EntityForm::compareForPreference);
            return new LexEntry(roles, languages, forms.toArray(EntityForm[]::new), cues.toArray(TopicCue[]::new));
        }
    }
}
