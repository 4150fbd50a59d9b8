package io.newsstream.enrich.engine.tag;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.Tag;
import io.newsstream.enrich.engine.TagKind;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.mention.Datelines;
import io.newsstream.enrich.engine.mention.EntityOccurrences;
import io.newsstream.enrich.engine.mention.FoundMention;
import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.topic.TopicLexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses an article's editorial tags: its strongest topics and its salient entities, highest
 * score first, at most {@link #MAX_TAGS}.
 *
 * <p>Entity salience in [0, 1] combines frequency (demonyms count half), how early the entity
 * first appears (title and lead weigh most), and how widely its mentions spread through the
 * text, where a demonym's position counts half too (an entity named only as "European allies"
 * is background, not subject), scaled by a prior: cities and regions are tagged less readily than people,
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
    /**
     * An entity tag needs at least this share of the most salient entity's score: a figure quoted
     * once in passing ("then-President Tsai Ing-wen") is not what an article about someone else is about.
     */
    private static final double MIN_SHARE_OF_TOP_ENTITY = 0.2;
    /** What a demonym ("Ukrainian") counts for, against the entity's name. */
    private static final double ADJECTIVE_WEIGHT = 0.5;
    /** The share of the text that counts as its lead. */
    private static final double LEAD_SHARE = 0.15;

    public List<Tag> rank(Tokens tokens, List<EntityOccurrences> entities, double[] topicEvidence, TopicLexicon topics,
            int bodyOffset) {
        List<Tag> tags = new ArrayList<>(topicTags(topicEvidence, topics));
        tags.addAll(entityTags(tokens, entities, bodyOffset));
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

    private static List<Tag> entityTags(Tokens tokens, List<EntityOccurrences> entities, int bodyOffset) {
        double length = Math.max(1, tokens.text().length());
        List<Salience> saliences = new ArrayList<>(entities.size());
        for (EntityOccurrences entity : entities) {
            Salience salience = new Salience(entity.entity());
            for (FoundMention mention : entity.occurrences()) {
                // A dateline says where the story was filed, not what it is about.
                if (!Datelines.isDateline(tokens, mention.firstToken(), mention.endToken())) {
                    int start = tokens.start(mention.firstToken());
                    salience.add(start, mention.adjective(), start < bodyOffset);
                }
            }
            if (salience.occurrences > 0) {
                saliences.add(salience);
            }
        }
        double top = 0;
        for (Salience salience : saliences) {
            top = Math.max(top, salience.score(length));
        }
        List<Tag> tags = new ArrayList<>();
        for (Salience salience : saliences) {
            double score = salience.score(length);
            if (score >= MIN_SHARE_OF_TOP_ENTITY * top && isTagged(salience, score)) {
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
        final Positions names = new Positions();
        final Positions all = new Positions();
        int occurrences;
        double weightedCount;
        boolean inTitle;

        Salience(KbEntity entity) {
            this.entity = entity;
        }

        void add(int start, boolean adjective, boolean title) {
            occurrences++;
            weightedCount += adjective ? ADJECTIVE_WEIGHT : 1;
            inTitle |= title;
            all.add(start, title);
            if (!adjective) {
                names.add(start, title);
            }
        }

        /**
         * Frequency plus where the entity is named. A demonym places its entity at half weight:
         * "European allies" in the lead says less about Europe than "Europe" there would.
         */
        double score(double length) {
            double frequency = Math.min(1, weightedCount / 5);
            double position = Math.max(names.score(length), ADJECTIVE_WEIGHT * all.score(length));
            return prior() * (0.4 * frequency + position);
        }

        private double prior() {
            if (entity.type() != EntityType.LOCATION || entity.source() == KbSource.COUNTRIES) {
                return 1;
            }
            return 0.75;
        }
    }

    /** Where some occurrences of an entity lie in the text. */
    private static final class Positions {
        int first = -1;
        int last;
        boolean inTitle;

        void add(int start, boolean title) {
            if (first < 0) {
                first = start;
            }
            last = start;
            inTitle |= title;
        }

        /** In [0, 0.6]: how early the first occurrence is, how widely they spread, and whether the title or lead has one; 0 for none. */
        double score(double length) {
            if (first < 0) {
                return 0;
            }
            double earliness = 1 - first / length;
            double spread = (last - first) / length;
            double lead = inTitle || first < LEAD_SHARE * length ? 1 : 0;
            return 0.25 * earliness + 0.2 * spread + 0.15 * lead;
        }
    }
}
