package io.newsstream.enrich.engine.lexicon;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Everything the engine knows about one token key, found with a single hash lookup per token:
 * the entity forms and topic cues that start with it, its word roles, and the languages it is a
 * function word of. Extractors read roles through {@link TokenEntries}, which keeps them packed.
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
    /** One of the {@link LexiconData#ordinaryWords()}. */
    public static final int ORDINARY_WORD = 1 << 10;
    /** A company's legal form: "Inc", "Corp", "N.V.". */
    public static final int LEGAL_FORM = 1 << 11;
    /** One of the {@link LexiconData#givenNames()}: "Enrique", "Hiroshi". */
    public static final int GIVEN_NAME = 1 << 12;
    /** What a person does, set off by commas next to a name: "coordinator", "analyst". */
    public static final int ROLE_NOUN = 1 << 13;
    /** An administrative unit written next to a place's name: "province", "prefecture". */
    public static final int PLACE_UNIT = 1 << 14;
    /** A geographic feature that ends or starts a place's name: "Sea", "Strait", "Peninsula". */
    public static final int PLACE_FEATURE = 1 << 15;
    /** Where the language bits start in {@link #traits()}. */
    static final int LANGUAGE_SHIFT = 16;

    private static final EntityForm[] NO_FORMS = {};
    private static final int[] NO_IDS = {};
    private static final double[] NO_WEIGHTS = {};
    private static final TopicCue[] NO_CUES = {};
    private static final EntityForm[][] NO_GROUPS = {};

    private final int roles;
    private final int languages;
    private final EntityForm[] singleTokenForms;
    /** Vocabulary ids of the second token of the longer forms, ascending. */
    private final int[] secondKeyIds;
    /** For each of {@link #secondKeyIds}, the longer forms that continue with it, in order of preference. */
    private final EntityForm[][] formsBySecondKey;
    /** Topics and weights of the one-word cues that are this key, in two arrays rather than an object each. */
    private final int[] wordCueTopics;
    private final double[] wordCueWeights;
    /** The cues of two or more words that start with this key. */
    private final TopicCue[] phraseCues;

    /**
     * @param languages bit mask of {@link FunctionWords#LANGUAGES}
     * @param forms sorted by preference, so the first form that matches is the one to keep
     */
    LexEntry(int roles, int languages, EntityForm[] forms, TopicCue[] cues) {
        this.roles = roles;
        this.languages = languages;
        int wordCues = 0;
        for (TopicCue cue : cues) {
            wordCues += cue.keyIds().length == 1 ? 1 : 0;
        }
        // Most entries have no cues: sharing empty arrays keeps the memory each lookup touches small.
        this.wordCueTopics = wordCues == 0 ? NO_IDS : new int[wordCues];
        this.wordCueWeights = wordCues == 0 ? NO_WEIGHTS : new double[wordCues];
        this.phraseCues = wordCues == cues.length ? NO_CUES : new TopicCue[cues.length - wordCues];
        for (int c = 0, w = 0, p = 0; c < cues.length; c++) {
            if (cues[c].keyIds().length == 1) {
                wordCueTopics[w] = cues[c].topic();
                wordCueWeights[w++] = cues[c].weight();
            } else {
                phraseCues[p++] = cues[c];
            }
        }
        // Common first words ("New", "San", "the") start hundreds of forms; filing the longer ones
        // under their second key lets a lookup try only those that can still match.
        int singles = 0;
        for (EntityForm form : forms) {
            singles += form.length() == 1 ? 1 : 0;
        }
        if (singles == forms.length) {
            this.singleTokenForms = forms.length == 0 ? NO_FORMS : forms;
            this.secondKeyIds = NO_IDS;
            this.formsBySecondKey = NO_GROUPS;
            return;
        }
        EntityForm[] single = new EntityForm[singles];
        EntityForm[] longer = new EntityForm[forms.length - singles];
        for (int f = 0, s = 0, l = 0; f < forms.length; f++) {
            if (forms[f].length() == 1) {
                single[s++] = forms[f];
            } else {
                longer[l++] = forms[f];
            }
        }
        // A stable sort: within one second key the forms keep their order of preference.
        Arrays.sort(longer, Comparator.comparingInt(LexEntry::secondKey));
        int groups = 0;
        for (int l = 0; l < longer.length; l++) {
            groups += l == 0 || secondKey(longer[l]) != secondKey(longer[l - 1]) ? 1 : 0;
        }
        this.singleTokenForms = single.length == 0 ? NO_FORMS : single;
        this.secondKeyIds = new int[groups];
        this.formsBySecondKey = new EntityForm[groups][];
        for (int l = 0, group = 0; l < longer.length; group++) {
            int end = l + 1;
            while (end < longer.length && secondKey(longer[end]) == secondKey(longer[l])) {
                end++;
            }
            secondKeyIds[group] = secondKey(longer[l]);
            formsBySecondKey[group] = Arrays.copyOfRange(longer, l, end);
            l = end;
        }
    }

    private static int secondKey(EntityForm form) {
        return form.keyIds()[1];
    }

    /** Roles, {@link #HAS_FORMS}, {@link #HAS_CUES} and languages packed in one int. */
    int traits() {
        boolean hasForms = singleTokenForms.length > 0 || secondKeyIds.length > 0;
        return roles | (hasForms ? HAS_FORMS : 0) | (wordCueTopics.length + phraseCues.length > 0 ? HAS_CUES : 0) | languages << LANGUAGE_SHIFT;
    }

    /** The forms of two or more tokens whose second token key has this vocabulary id, in order of preference. */
    public EntityForm[] formsContinuingWith(int secondKeyId) {
        int last = secondKeyIds.length - 1;
        // Most next tokens continue no form; rejecting those outside the sorted ids' range first
        // spares the search, whose branches the processor cannot predict, for the few that may.
        if (last < 0 || secondKeyId < secondKeyIds[0] || secondKeyId > secondKeyIds[last]) {
            return NO_FORMS;
        }
        int index = last == 0 ? 0 : Arrays.binarySearch(secondKeyIds, secondKeyId);
        return index < 0 ? NO_FORMS : formsBySecondKey[index];
    }

    /** The one-token forms, in order of preference. */
    public EntityForm[] singleTokenForms() {
        return singleTokenForms;
    }

    /** The number of one-word cues that are this key. */
    public int wordCueCount() {
        return wordCueTopics.length;
    }

    /** The topic of one-word cue {@code k}. */
    public int wordCueTopic(int k) {
        return wordCueTopics[k];
    }

    /** The weight of one-word cue {@code k}. */
    public double wordCueWeight(int k) {
        return wordCueWeights[k];
    }

    /** The cues of two or more words that start with this key. */
    public TopicCue[] phraseCues() {
        return phraseCues;
    }
}
