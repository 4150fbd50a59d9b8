package io.newsstream.app.demo;

import io.newsstream.schema.EnrichedArticle;
import io.newsstream.schema.EntityType;
import io.newsstream.schema.Mention;
import io.newsstream.schema.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One readable line per enriched article: id, title or first words, tags, mention counts. */
public final class ArticleLine {

    private static final int HEADLINE_LENGTH = 60;

    private ArticleLine() {}

    public static String format(EnrichedArticle enriched) {
        return String.format("%s  %-" + (HEADLINE_LENGTH + 2) + "s  tags: %s  |  mentions: %s",
                enriched.getArticle().getId(),
                '"' + headline(enriched) + '"',
                tags(enriched.getTags()),
                mentions(enriched.getMentions()));
    }

    static String headline(EnrichedArticle enriched) {
        String title = enriched.getArticle().getTitle();
        String text = (title != null ? title : enriched.getArticle().getBody()).strip().replaceAll("\\s+", " ");
        if (text.length() <= HEADLINE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', HEADLINE_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : HEADLINE_LENGTH - 1) + "…";
    }

    private static String tags(List<Tag> tags) {
        return tags.isEmpty() ? "(none)" : tags.stream().map(Tag::getName).collect(Collectors.joining(", "));
    }

    private static String mentions(List<Mention> mentions) {
        Map<EntityType, Long> entitiesByType = mentions.stream()
                .collect(Collectors.groupingBy(Mention::getType, Collectors.counting()));
        int occurrences = mentions.stream().mapToInt(Mention::getCount).sum();
        return String.format("%d people, %d organisations, %d places (%d in all)",
                entitiesByType.getOrDefault(EntityType.PERSON, 0L),
                entitiesByType.getOrDefault(EntityType.ORGANIZATION, 0L),
                entitiesByType.getOrDefault(EntityType.LOCATION, 0L),
                occurrences);
    }
}
