package io.newsstream.enrich.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code enrich-file} output for one file: a single-line JSON object
 * {@code {file, language, tags:[{name,kind,score}], mentions:[{name,id,type,count,spans:[[s,e],...],country}],
 * quotes:[{speaker,text}]}}. Spans index {@link ArticleText#analysedText()}. Pure and thread-safe.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {}

    public static ObjectNode toTree(String file, Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file);
        root.put("language", analysis.language());
        ArrayNode tags = root.putArray("tags");
        for (Tag tag : analysis.tags()) {
            tags.addObject().put("name", tag.name()).put("kind", tag.kind().name()).put("score", tag.score());
        }
        ArrayNode mentions = root.putArray("mentions");
        for (Mention mention : analysis.mentions()) {
            ObjectNode node = mentions.addObject()
                    .put("name", mention.name())
                    .put("id", mention.entityId())
                    .put("type", mention.type().name())
                    .put("count", mention.count());
            ArrayNode spans = node.putArray("spans");
            for (Span span : mention.spans()) {
                spans.addArray().add(span.start()).add(span.end());
            }
            node.put("country", mention.country());
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote quote : analysis.quotes()) {
            quotes.addObject().put("speaker", quote.speaker()).put("text", quote.text());
        }
        return root;
    }

    /** The object as one line of JSON. */
    public static String toJson(String file, Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(toTree(file, analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }
}
