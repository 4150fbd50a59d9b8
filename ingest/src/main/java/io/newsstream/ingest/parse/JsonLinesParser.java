package io.newsstream.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON lines: one article object per line. Fields: {@code body} (or {@code text} /
 * {@code content}, required), {@code title}, {@code url}, {@code source}, {@code published_at}
 * (ISO-8601 or epoch milliseconds), {@code language}, {@code publisher_tags} (or {@code tags}:
 * an array, or one comma-separated string). A bad line is reported with its line number and
 * does not stop the others.
 */
public final class JsonLinesParser implements ArticleParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<ParseResult> parse(String text) {
        List<ParseResult> results = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                results.add(parseLine("line " + (i + 1), line));
            }
        }
        if (results.isEmpty()) {
            results.add(ParseResult.failed("", "file has no JSON lines", text));
        }
        return results;
    }

    private static ParseResult parseLine(String location, String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                return ParseResult.failed(location, "expected a JSON object, got " + node.getNodeType(), line);
            }
            String body = firstText(node, "body", "text", "content");
            if (body == null || body.isBlank()) {
                return ParseResult.failed(location, "article has no 'body' (or 'text'/'content')", line);
            }
            return ParseResult.ok(location, new ArticleDraft(
                    firstText(node, "url", "link"),
                    firstText(node, "source", "publisher"),
                    firstText(node, "title", "headline"),
                    body,
                    publishedAt(node),
                    firstText(node, "language", "lang"),
                    tags(node)));
        } catch (JsonProcessingException e) {
            return ParseResult.failed(location, "invalid JSON: " + e.getOriginalMessage(), line);
        } catch (DateTimeParseException e) {
            return ParseResult.failed(location, "unreadable published_at '" + e.getParsedString()
                    + "': use ISO-8601 (2025-08-18T09:30:00Z) or epoch milliseconds", line);
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static Instant publishedAt(JsonNode node) {
        JsonNode value = node.has("published_at") ? node.get("published_at") : node.get("publishedAt");
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        return OffsetDateTime.parse(value.asText()).toInstant();
    }

    private static List<String> tags(JsonNode node) {
        JsonNode value = node.has("publisher_tags") ? node.get("publisher_tags") : node.get("tags");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return SeedFormatParser.splitTags(value.asText());
        }
        List<String> tags = new ArrayList<>();
        value.forEach(tag -> {
            if (tag.isTextual() && !tag.asText().isBlank()) {
                tags.add(tag.asText().strip());
            }
        });
        return tags;
    }
}
