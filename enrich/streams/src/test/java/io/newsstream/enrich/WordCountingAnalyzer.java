package io.newsstream.enrich;

import io.newsstream.enrich.engine.Analysis;
import io.newsstream.enrich.engine.ArticleText;
import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.Mention;
import io.newsstream.enrich.engine.Span;
import io.newsstream.enrich.engine.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transparent stand-in for the real engine in topology tests: every capitalised word is a
 * PERSON mention. Keeps these tests about the topology, not about extraction quality.
 */
final class WordCountingAnalyzer implements TextAnalyzer {

    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    @Override
    public Analysis analyze(ArticleText text) {
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Matcher matcher = CAPITALISED.matcher(text.analysedText());
        while (matcher.find()) {
            spans.computeIfAbsent(matcher.group(), word -> new ArrayList<>()).add(new Span(matcher.start(), matcher.end()));
        }
        List<Mention> mentions = spans.entrySet().stream()
                .map(e -> new Mention("word:" + e.getKey().toLowerCase(), e.getKey(), EntityType.PERSON, e.getValue(), null, null, null))
                .toList();
        return new Analysis("en", mentions, List.of(), List.of());
    }

    @Override
    public String version() {
        return "word-counter-1";
    }
}
