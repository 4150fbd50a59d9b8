package io.newsstream.enrich.engine.topic;

import io.newsstream.enrich.engine.resource.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic cue lexicon {@code topics.tsv}: one topic per line,
 * {@code name<TAB>iptc_code<TAB>cue:weight|cue:weight|...[<TAB>parent]}; an empty IPTC column means
 * no certain mapping. Cues are words or phrases, matched case-insensitively on token keys. A
 * narrower topic ("Earthquake") names its broader one ("Disaster"), listed on an earlier line.
 */
public final class TopicLexicon {

    private final List<String> names;
    private final List<String> iptcCodes;
    private final List<Map<String, Double>> cues;
    /** Per topic, the index of its broader topic, or {@link #NO_PARENT}. */
    private final int[] parents;

    public static final int NO_PARENT = -1;

    private TopicLexicon(List<String> names, List<String> iptcCodes, List<Map<String, Double>> cues, int[] parents) {
        this.names = List.copyOf(names);
        this.iptcCodes = iptcCodes;
        this.cues = List.copyOf(cues);
        this.parents = parents;
    }

    /** @throws IllegalArgumentException naming the line when a line is malformed */
    public static TopicLexicon parse(BufferedReader reader) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Map<String, Double>> cues = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        DataLines.forEach(reader, (lineNumber, line) -> {
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 && columns.length != 4) {
                throw new IllegalArgumentException(
                        "topics.tsv:" + lineNumber + ": expected name, iptc code, cues and optionally a parent topic");
            }
            int parent = columns.length == 4 ? names.indexOf(columns[3].strip()) : NO_PARENT;
            if (columns.length == 4 && parent < 0) {
                throw new IllegalArgumentException("topics.tsv:" + lineNumber + ": parent topic '" + columns[3].strip()
                        + "' is not on an earlier line");
            }
            names.add(columns[0].strip());
            codes.add(columns[1].isBlank() ? null : columns[1].strip());
            cues.add(parseCues(columns[2], lineNumber));
            parents.add(parent);
        });
        return new TopicLexicon(names, codes, cues, parents.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Map<String, Double> parseCues(String column, int lineNumber) {
        Map<String, Double> cues = new LinkedHashMap<>();
        for (String cue : column.split("\\|")) {
            int colon = cue.lastIndexOf(':');
            try {
                if (colon < 0) {
                    cues.put(cue.strip(), 1.0);
                } else {
                    cues.put(cue.substring(0, colon).strip(), Double.parseDouble(cue.substring(colon + 1)));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("topics.tsv:" + lineNumber + ": bad weight in cue '" + cue + "'", e);
            }
        }
        cues.remove("");
        return cues;
    }

    public int size() {
        return names.size();
    }

    public String name(int topic) {
        return names.get(topic);
    }

    /** The IPTC Media Topics code, or null where the mapping is not certain. */
    public String iptcCode(int topic) {
        return iptcCodes.get(topic);
    }

    /** The broader topic of {@code topic}, or {@link #NO_PARENT} for a top-level one. */
    public int parent(int topic) {
        return parents[topic];
    }

    public Map<String, Double> cues(int topic) {
        return cues.get(topic);
    }
}
