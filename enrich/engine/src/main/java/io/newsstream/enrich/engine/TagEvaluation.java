package io.newsstream.enrich.engine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares produced tags with publisher tags, file by file, and overall (micro-averaged over
 * all tags of all files). Names match case- and accent-insensitively ("Zelenskyy" = "ZELENSKYY",
 * "Sao Paulo" = "São Paulo"). Pure; builds a readable report for {@code newsstream eval}.
 */
public final class TagEvaluation {

    /** One file's produced and expected tag names. */
    public record FileTags(String file, List<String> produced, List<String> expected) {
        public FileTags {
            produced = List.copyOf(produced);
            expected = List.copyOf(expected);
        }
    }

    /** Scores of one file, or of all files together when {@code file} is null. */
    public record Score(String file, int matched, int produced, int expected, List<String> missing,
            List<String> extra) {

        /** Share of produced tags the publisher also gave; 1 when nothing was produced. */
        public double precision() {
            return produced == 0 ? 1 : (double) matched / produced;
        }

        /** Share of publisher tags that were produced; 1 when the publisher gave none. */
        public double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }
    }

    /** Per-file scores in input order, and the micro-averaged total. */
    public record Report(List<Score> files, Score overall) {

        public String render() {
            StringBuilder out = new StringBuilder();
            for (Score score : files) {
                out.append(String.format(Locale.ROOT, "%-40s precision %5.1f%%  recall %5.1f%%  (%d of %d produced, %d expected)%n",
                        score.file(), 100 * score.precision(), 100 * score.recall(), score.matched(),
                        score.produced(), score.expected()));
                if (!score.missing().isEmpty()) {
                    out.append("    missing: ").append(String.join(", ", score.missing())).append('\n');
                }
                if (!score.extra().isEmpty()) {
                    out.append("    extra:   ").append(String.join(", ", score.extra())).append('\n');
                }
            }
            out.append(String.format(Locale.ROOT, "OVERALL (%d files)  precision %5.1f%%  recall %5.1f%%  (%d of %d produced, %d expected)%n",
                    files.size(), 100 * overall.precision(), 100 * overall.recall(), overall.matched(),
                    overall.produced(), overall.expected()));
            return out.toString();
        }
    }

    private TagEvaluation() {}

    public static Report evaluate(Collection<FileTags> files) {
        List<Score> scores = new ArrayList<>();
        int matched = 0;
        int produced = 0;
        int expected = 0;
        for (FileTags file : files) {
            Score score = score(file);
            scores.add(score);
            matched += score.matched();
            produced += score.produced();
            expected += score.expected();
        }
        return new Report(scores, new Score(null, matched, produced, expected, List.of(), List.of()));
    }

    static Score score(FileTags file) {
        Set<String> expected = normalizedSet(file.expected());
        Set<String> produced = normalizedSet(file.produced());
        List<String> missing = file.expected().stream().filter(t -> !produced.contains(normalize(t))).distinct().toList();
        List<String> extra = file.produced().stream().filter(t -> !expected.contains(normalize(t))).distinct().toList();
        int matched = (int) produced.stream().filter(expected::contains).count();
        return new Score(file.file(), matched, produced.size(), expected.size(), missing, extra);
    }

    private static Set<String> normalizedSet(List<String> names) {
        Set<String> set = new LinkedHashSet<>();
        for (String name : names) {
            String key = normalize(name);
            if (!key.isEmpty()) {
                set.add(key);
            }
        }
        return set;
    }

    /** Lower case, accents stripped (NFD, combining marks removed), spaces collapsed. */
    public static String normalize(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
