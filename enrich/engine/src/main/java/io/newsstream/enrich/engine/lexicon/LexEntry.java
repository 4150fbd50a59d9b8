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
    /** Not a role: set in {@link #traits()} when the entry has entity forms. */
    public static final int HAS_FORMS = 1 << 8;
    /** Not a role: set in {@link #traits()} when the entry has topic cues. */
    public static final int HAS_CUES = 1 << 9;
    /** Where the language bits start in {@link #traits()}. */
    static final int LANGUAGE_SHIFT = 16;

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

    /** Roles, {@link #HAS_FORMS}, {@link #HAS_CUES} and languages packed in one int. */
    int traits() {
        return roles | (forms.length > 0 ? HAS_FORMS : 0) | (cues.length > 0 ? HAS_CUES : 0)
                | languages << LANGUAGE_SHIFT;
    }

    public boolean is(int role) {
        return (roles & role) != 0;
    }

    public EntityForm[] forms() {
        return forms;
    }

    public TopicCue[] cues() {
        return cues;
    }
}
