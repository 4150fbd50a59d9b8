package io.newsstream.enrich.engine.kb;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.resource.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one knowledge-base file in the format of {@code KNOWLEDGE_BASE.md}: tab-separated
 * {@code id, type, name, aliases, country, lat, lon, adjectives, weight}; {@code #} comments.
 * A malformed line fails the load with its file and line number: a broken KB must be fixed, not
 * half-used.
 */
final class KbFileParser {

    private KbFileParser() {}

    static List<KbEntity> parse(BufferedReader reader, KbSource source) throws IOException {
        List<KbEntity> entities = new ArrayList<>();
        DataLines.forEach(reader, (lineNumber, line) -> {
            try {
                entities.add(parseLine(line, source));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        source.fileName() + ":" + lineNumber + ": " + e.getMessage() + " in line: " + line, e);
            }
        });
        return entities;
    }

    static KbEntity parseLine(String line, KbSource source) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 3) {
            throw new IllegalArgumentException("expected at least id, type and name");
        }
        String id = columns[0].strip();
        EntityType type = EntityType.valueOf(columns[1].strip().toUpperCase(Locale.ROOT));
        String name = columns[2].strip();
        if (id.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("empty id or name");
        }
        String country = column(columns, 4);
        return new KbEntity(
                id,
                type,
                name,
                list(column(columns, 3)),
                list(column(columns, 7)),
                // A few hundred codes over thousands of rows: one shared string each keeps them in the cache.
                country == null ? null : country.toUpperCase(Locale.ROOT).intern(),
                number(column(columns, 5)),
                number(column(columns, 6)),
                weight(column(columns, 8)),
                source);
    }

    private static String column(String[] columns, int index) {
        if (index >= columns.length) {
            return null;
        }
        String value = columns[index].strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>(4);
        for (String item : value.split("\\|")) {
            String stripped = item.strip();
            if (!stripped.isEmpty()) {
                items.add(stripped);
            }
        }
        return items;
    }

    private static Double number(String value) {
        return value == null ? null : Double.valueOf(value);
    }

    private static double weight(String value) {
        return value == null ? 0 : Double.parseDouble(value);
    }
}
