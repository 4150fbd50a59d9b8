package io.newsstream.enrich;

import io.newsstream.enrich.engine.Analysis;
import io.newsstream.enrich.engine.ArticleText;
import io.newsstream.enrich.engine.TextAnalyzer;
import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityType;
import io.newsstream.schema.Mention;
import io.newsstream.schema.Quote;
import io.newsstream.schema.RawArticle;
import io.newsstream.schema.Span;
import io.newsstream.schema.Tag;
import io.newsstream.schema.TagKind;
import java.time.Clock;
import java.util.List;

/**
 * The production {@link Enricher}: runs the plain-Java extraction engine on the article's title
 * and body (never on its publisher tags) and maps the result onto the Avro contract.
 */
public final class EngineEnricher implements Enricher {

    private final TextAnalyzer analyzer;
    private final Clock clock;

    public EngineEnricher(TextAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    @Override
    public EnrichedArticle enrich(RawArticle article, String contentFingerprint) {
        Analysis analysis = analyzer.analyze(new ArticleText(article.getTitle(), article.getBody()));
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setLanguage(analysis.language())
                .setMentions(analysis.mentions().stream().map(EngineEnricher::mention).toList())
                .setTags(analysis.tags().stream().map(EngineEnricher::tag).toList())
                .setQuotes(analysis.quotes().stream().map(EngineEnricher::quote).toList())
                .setContentFingerprint(contentFingerprint)
                .setEnricherVersion(version())
                .setEnrichedAt(clock.instant())
                .build();
    }

    @Override
    public String version() {
        return analyzer.version();
    }

    private static Mention mention(io.newsstream.enrich.engine.Mention mention) {
        return Mention.newBuilder()
                .setEntityId(mention.entityId())
                .setName(mention.name())
                .setType(EntityType.valueOf(mention.type().name()))
                .setCount(mention.count())
                .setSpans(spans(mention.spans()))
                .setCountry(mention.country())
                .setLatitude(mention.latitude())
                .setLongitude(mention.longitude())
                .build();
    }

    private static Tag tag(io.newsstream.enrich.engine.Tag tag) {
        return Tag.newBuilder()
                .setName(tag.name())
                .setKind(TagKind.valueOf(tag.kind().name()))
                .setScore(tag.score())
                .setEntityId(tag.entityId())
                .setIptcCode(tag.iptcCode())
                .build();
    }

    private static Quote quote(io.newsstream.enrich.engine.Quote quote) {
        return Quote.newBuilder()
                .setText(quote.text())
                .setSpeaker(quote.speaker())
                .setSpeakerId(quote.speakerId())
                .setSpan(span(quote.span()))
                .build();
    }

    private static List<Span> spans(List<io.newsstream.enrich.engine.Span> spans) {
        return spans.stream().map(EngineEnricher::span).toList();
    }

    private static Span span(io.newsstream.enrich.engine.Span span) {
        return new Span(span.start(), span.end());
    }
}
