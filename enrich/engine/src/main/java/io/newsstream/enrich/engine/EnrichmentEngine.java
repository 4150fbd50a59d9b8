package io.newsstream.enrich.engine;

import io.newsstream.enrich.engine.kb.KnowledgeBase;
import io.newsstream.enrich.engine.lang.LanguageIdentifier;
import io.newsstream.enrich.engine.lexicon.Lexicon;
import io.newsstream.enrich.engine.lexicon.LexiconData;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.mention.EntityOccurrences;
import io.newsstream.enrich.engine.mention.FoundMention;
import io.newsstream.enrich.engine.mention.MentionAssembler;
import io.newsstream.enrich.engine.mention.MentionFinder;
import io.newsstream.enrich.engine.quote.QuoteFinder;
import io.newsstream.enrich.engine.resource.Fingerprint;
import io.newsstream.enrich.engine.tag.TagRanker;
import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.topic.TopicLexicon;
import io.newsstream.enrich.engine.topic.TopicScorer;
import java.util.List;

/**
 * The enrichment engine: reads an article's title and body, returns its language, mentions of
 * people, organisations and places, editorial tags and attributed quotes.
 *
 * <p>One pass of tokenisation and one hash lookup per token feed every extractor, so the cost is
 * linear in the text and independent of the knowledge-base size. Deterministic, offline (the
 * knowledge base is loaded once from the classpath) and thread-safe. Any text is valid input; an
 * exception would be a bug, and it propagates rather than turning into an empty analysis, so that
 * the enrich service dead-letters that article with the reason instead of publishing it as if it
 * mentioned nothing. Text that is not English gets only knowledge-base name matches, no English
 * rules, topics or quotes.
 */
public final class EnrichmentEngine implements TextAnalyzer {

    /** Bump when a rule changes; data changes show up in the fingerprint part of {@link #version()}. */
    public static final String ENGINE_VERSION = "1.4.0";

    private final Lexicon lexicon;
    private final String version;
    private final LanguageIdentifier languageIdentifier = new LanguageIdentifier();
    private final MentionFinder mentionFinder = new MentionFinder();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final TopicScorer topicScorer = new TopicScorer();
    private final TagRanker tagRanker = new TagRanker();

    private EnrichmentEngine(Lexicon lexicon, String dataFingerprint) {
        this.lexicon = lexicon;
        this.version = ENGINE_VERSION + "+data." + dataFingerprint;
    }

    /** The engine over the knowledge base and topic lexicon bundled in this jar. */
    public static EnrichmentEngine withBundledKnowledgeBase() {
        return withKnowledgeBase(KnowledgeBase.fromClasspath(KnowledgeBase.BUNDLED_FOLDER));
    }

    /** The engine over {@code knowledgeBase} and the bundled topic lexicon and word lists. */
    public static EnrichmentEngine withKnowledgeBase(KnowledgeBase knowledgeBase) {
        return withData(knowledgeBase, LexiconData.bundled());
    }

    /**
     * The engine over {@code knowledgeBase} and {@code lexiconData}; its version carries one
     * fingerprint over both, so output from different data never shares a version.
     */
    public static EnrichmentEngine withData(KnowledgeBase knowledgeBase, LexiconData lexiconData) {
        String fingerprint = Fingerprint.start()
                .add("knowledge base", knowledgeBase.fingerprint())
                .add("lexicon", lexiconData.fingerprint())
                .hex();
        return new EnrichmentEngine(Lexicon.compile(knowledgeBase, lexiconData), fingerprint);
    }

    @Override
    public Analysis analyze(ArticleText article) {
        Tokens tokens = lexicon.tokenizer().tokenize(article.analysedText());
        TokenEntries entries = lexicon.entriesOf(tokens);
        String language = languageIdentifier.identify(tokens, entries);
        boolean english = language.equals("en") || language.equals(LanguageIdentifier.UNDETERMINED);
        List<FoundMention> found = mentionFinder.find(tokens, entries, english);
        TopicLexicon topics = lexicon.topics();
        double[] topicEvidence = english ? topicScorer.score(tokens, entries, topics.size()) : new double[topics.size()];
        List<EntityOccurrences> entities = EntityOccurrences.group(found);
        List<Tag> tags = tagRanker.rank(tokens, entities, topicEvidence, topics, article.bodyOffset());
        List<Quote> quotes = english ? quoteFinder.find(tokens, entries, found) : List.of();
        return new Analysis(language, MentionAssembler.assemble(tokens, entities), tags, quotes);
    }

    @Override
    public String version() {
        return version;
    }
}
