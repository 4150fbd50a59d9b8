package io.newsstream.enrich.engine.lexicon;

/**
 * Everything the engine knows about one token key, found with a single hash lookup per token:
 * the entity forms and topic cues that start with it, its closed-class word roles, and the
 * languages it is a function word of.
 */
public final class LexEntry {

    public static final int PERSON_TITLE = 1;
    public static final int ORGANIZATION_SUFFIX = 1 << 1;
    public static final int ORGANIZATION_HEAD = 1 << 2;
    public static final int NAME_PARTICLE = 1 << 3;
    public static final int NAME_CONNECTOR = 1 << 4;
    public static final int SPEECH_VERB = 1 << 5;
    public static final int COMMON_WORD = 1 << 6;
    public static final int SPEAKER_PRONOUN = 1 << 7;

    private final int roles;
    private final int languages;
    private final EntityForm[] forms;
    private final TopicCue[] cues;

    /**
     * @param languages bit mask of {@link FunctionWords#LANGUAGES}
     * @param forms sorted by preference, so the first form that matches is the one to keep
     */
    LexEntry(int roles, int languages, EntityForm[] forms, TopicCue[] cues) {
        this.roles = roles;
        this.languages = languages;
        this.forms = forms;
        this.cues = cues;
    }

    public boolean is(int role) {
        return (roles & role) != 0;
    }

    /** The languages this word is a function word of, as bits over {@link FunctionWords#LANGUAGES}. */
    public int languages() {
        return languages;
    }

    public EntityForm[] forms() {
        return forms;
    }

    public TopicCue[] cues() {
        return cues;
    }
}
