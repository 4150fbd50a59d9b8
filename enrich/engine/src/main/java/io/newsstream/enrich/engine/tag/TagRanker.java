package io.newsstream.enrich.engine.tag;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.Tag;
import io.newsstream.enrich.engine.TagKind;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.mention.Datelines;
import io.newsstream.enrich.engine.mention.FoundMention;
import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.topic.TopicLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses an article's editorial tags: its strongest topics and its salient entities, highest
 * score first, at most {@link #MAX_TAGS}.
 *
 * <p>Entity salience in [0, 1] combines frequency (demonyms count half), how early the entity
 * first appears (title and lead weigh most), and how widely its mentions spread through the
 * text, scaled by a prior: cities and regions are tagged less readily than people,
 * organisations and countries. A dateline names where the story was filed, not what it is
 * about, so it does not count. An entity seen once is tagged only when it is in the title,
 * unless it is a person of the curated people list. Pure function of its inputs.
 */
public final class TagRanker {

    public static final int MAX_TAGS = 15;

    /** Topics below this much cue evidence are noise. */
    private static final double MIN_TOPIC_EVIDENCE = 5;
    /** A topic must have at least this share of the strongest topic's evidence. */
    private static final double MIN_TOPIC_SHARE = 0.4;
    private static final int MAX_TOPICS = 3;
    /** A narrower topic must have at least this share of its broader topic's evidence. */
    private static final double MIN_SUBTOPIC_SHARE = 0.2;
    private static final double MIN_ENTITY_SALIENCE = 0.25;
    private static final double MIN_NOTABLE_PERSON_SALIENCE = 0.1;
    /** The share of the text that counts as its lead. */
    private static final double LEAD_SHARE = 0.15;

    public List<Tag> rank(Tokens tokens, List<FoundMention> mentions, double[] topicEvidence, TopicLexicon topics,
            int bodyOffset) {
        List<Tag> tags = new ArrayList<>(topicTags(topicEvidence, topics));
        tags.addAll(entityTags(tokens, mentions, bodyOffset));
        tags.sort(Comparator.comparingDouble(Tag::score).reversed().thenComparing(Tag::name));
        return tags.size() > MAX_TAGS ? List.copyOf(tags.subList(0, MAX_TAGS)) : tags;
    }

    /**
     * The strongest top-level topics, then the narrower topics of those: a narrower topic shares
     * its cues with its broader one, so it needs a share of its parent's evidence, not of the
     * strongest topic's.
     */
    private static List<Tag> topicTags(double[] evidence, TopicLexicon topics) {
        double strongest = 0;
        for (double value : evidence) {
            strongest = Math.max(strongest, value);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int topic = 0; topic < evidence.length; topic++) {
            if (topics.parent(topic) == TopicLexicon.NO_PARENT && evidence[topic] >= MIN_TOPIC_EVIDENCE
                    && evidence[topic] >= MIN_TOPIC_SHARE * strongest) {
                chosen.add(topic);
            }
        }
        chosen.sort(Comparator.comparingDouble((Integer topic) -> evidence[topic]).reversed());
        List<Integer> broad = chosen.size() > MAX_TOPICS ? chosen.subList(0, MAX_TOPICS) : chosen;
        List<Tag> tags = new ArrayList<>();
        for (int topic = 0; topic < evidence.length; topic++) {
            int parent = topics.parent(topic);
            boolean narrowOfChosen = parent != TopicLexicon.NO_PARENT && broad.contains(parent)
                    && evidence[topic] >= MIN_TOPIC_EVIDENCE && evidence[topic] >= MIN_SUBTOPIC_SHARE * evidence[parent];
            if (broad.contains(topic) || narrowOfChosen) {
                tags.add(topicTag(topics, topic, evidence[topic], strongest));
            }
        }
        return tags;
    }

    private static Tag topicTag(TopicLexicon topics, int topic, double value, double strongest) {
        double confidence = Math.min(1, value / (4 * MIN_TOPIC_EVIDENCE));
        double score = 0.5 + 0.5 * confidence * (value / strongest);
        return new Tag(topics.name(topic), TagKind.TOPIC, round(score), null, topics.iptcCode(topic));
    }

    private static List<Tag> entityTags(Tokens tokens, List<FoundMention> mentions, int bodyOffset) {
        double length = Math.max(1, tokens.text().length());
        Map<String, Salience> byEntity = new LinkedHashMap<>();
        for (FoundMention mention : mentions) {
            if (Datelines.isDateline(tokens, mention.firstToken(), mention.endToken())) {
                continue;
            }
            int start = tokens.start(mention.firstToken());
            byEntity.computeIfAbsent(mention.entity().id(), id -> new Salience(mention.entity(), start))
                    .add(start, mention.adjective(), start < bodyOffset);
        }
        List<Tag> tags = new ArrayList<>();
        for (Salience salience : byEntity.values()) {
            double score = salience.score(length);
            if (isTagged(salience, score)) {
                KbEntity entity = salience.entity;
                tags.add(new Tag(entity.name(), TagKind.ENTITY, round(score), entity.id(), null));
            }
        }
        return tags;
    }

    /**
     * Salient enough, and named at least twice or in the title; a person of the curated people
     * list is notable enough to be tagged from a single, even late, mention.
     */
    private static boolean isTagged(Salience salience, double score) {
        KbEntity entity = salience.entity;
        if (entity.type() == EntityType.PERSON && entity.source() == KbSource.PEOPLE) {
            return score >= MIN_NOTABLE_PERSON_SALIENCE;
        }
        return score >= MIN_ENTITY_SALIENCE && (salience.occurrences >= 2 || salience.inTitle);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /** Running salience evidence for one entity. */
    private static final class Salience {
        final KbEntity entity;
        final int firstStart;
        int lastStart;
        int occurrences;
        double weightedCount;
        boolean inTitle;

        Salience(KbEntity entity, int firstStart) {
            this.entity = entity;
            this.firstStart = firstStart;
        }

        void add(int start, boolean adjective, boolean title) {
            lastStart = start;
            occurrences++;
            weightedCount += adjective ? 0.5 : 1;
            inTitle |= title;
        }

        double score(double length) {
            double frequency = Math.min(1, weightedCount / 5);
            double earliness = 1 - firstStart / length;
            double spread = (lastStart - firstStart) / length;
            double lead = inTitle || firstStart < LEAD_SHARE * length ? 1 : 0;
            return prior() * (0.4 * frequency + 0.25 * earliness + 0.2 * spread + 0.15 * lead);
        }

        private double prior() {
            if (entity.type() != EntityType.LOCATION || entity.source() == KbSource.COUNTRIES) {
                return 1;
            }
            return 0.75;
        }
    }
}
