package io.newsstream.enrich.engine.mention;

import io.newsstream.enrich.engine.EntityType;
import io.newsstream.enrich.engine.kb.KbEntity;
import io.newsstream.enrich.engine.kb.KbSource;
import io.newsstream.enrich.engine.lexicon.EnglishWords;
import io.newsstream.enrich.engine.lexicon.EntityForm;
import io.newsstream.enrich.engine.lexicon.LexEntry;
import io.newsstream.enrich.engine.lexicon.TokenEntries;
import io.newsstream.enrich.engine.text.Tokens;
import io.newsstream.enrich.engine.text.Vocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the people, organisations and places in one tokenised text.
 *
 * <p>Reads tokens and their lexicon entries; writes occurrences in text order. Capitalised
 * sequences ("chunks") are cut into knowledge-base matches (longest form first, case-checked),
 * person titles, and unknown runs; unknown runs are typed from their context (a title before,
 * an organisation suffix at the end, "Town, State" or a dateline for places). Bare surnames and
 * short forms are then linked to full names seen anywhere in the same text ({@link Coreference}).
 *
 * <p>For text that is not English only knowledge-base names and aliases are matched.
 * Thread-safe; the only state it keeps is the {@link ShortForms} of listed entities.
 */
public final class MentionFinder {

    /** Settlements smaller than this need context ("in Lugano", "Lugano, Switzerland"). */
    private static final double UNQUALIFIED_SETTLEMENT_POPULATION = 100_000;

    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "near", "outside", "from", "at", "to", "into", "across", "around", "visited");

    /** Titles after which an unknown capitalised name is the organisation the person works for. */
    private static final Set<String> CORPORATE_ROLES = Set.of("ceo", "cfo", "coo", "chairman", "chairwoman",
            "chief", "founder", "spokesman", "spokeswoman", "spokesperson", "executive", "analyst", "economist");

    private static final String AND = "and";
    private static final String AMPERSAND = "&";
    private static final String HYPHEN = "-";
    private static final String COMMA = ",";

    private final ShortForms shortForms = new ShortForms();

    public List<FoundMention> find(Tokens tokens, TokenEntries entries, boolean english) {
        Pass pass = new Pass(tokens, entries, english, shortForms);
        pass.run();
        return pass.result();
    }

    /** The state of one call. */
    private static final class Pass {
        private final Tokens tokens;
        private final TokenEntries entries;
        private final boolean english;
        private final ShortForms shortForms;
        private final List<FoundMention> found = new ArrayList<>();
        private final List<UnknownRun> unknown = new ArrayList<>();
        private final PersonContext personContext;
        private final PlaceContext placeContext;
        /** Vocabulary ids of the keys the per-token tests look for, so they compare ids, not strings. */
        private final int andId;
        private final int ampersandId;
        private final int hyphenId;
        private final int commaId;
        private final int[] stormWordIds;
        private String dominantCountry;
        private boolean dominantCountryWeighed;

        Pass(Tokens tokens, TokenEntries entries, boolean english, ShortForms shortForms) {
            this.tokens = tokens;
            this.entries = entries;
            this.english = english;
            this.shortForms = shortForms;
            this.personContext = new PersonContext(tokens, entries);
            this.placeContext = new PlaceContext(tokens, entries);
            this.andId = tokens.idOf(AND);
            this.ampersandId = tokens.idOf(AMPERSAND);
            this.hyphenId = tokens.idOf(HYPHEN);
            this.commaId = tokens.idOf(COMMA);
            this.stormWordIds = new int[EnglishWords.STORM_WORDS.size()];
            int stormWords = 0;
            for (String stormWord : EnglishWords.STORM_WORDS) {
                stormWordIds[stormWords++] = tokens.idOf(stormWord);
            }
        }

        void run() {
            int n = tokens.size();
            int i = 0;
            while (i < n) {
                if (!startsChunk(i)) {
                    i++;
                    continue;
                }
                i = english ? resolveChunk(i, chunkEnd(i)) : resolveKnownOnly(i);
            }
            if (english) {
                relocateToDominantCountry();
                Coreference.resolve(tokens, entries, shortForms, this::dominantCountry, found, unknown);
            }
        }

        /**
         * "In St. Petersburg" in a story about Florida: a town whose name a city of the text's
         * {@link DominantCountry} shares is that city, unless the text says which ("St. Petersburg,
         * Russia"). Only a city big enough to be named without qualification takes the name over:
         * OPEC meeting "in Geneva" stays in Switzerland in a story about Houston.
         */
        private void relocateToDominantCountry() {
            for (int m = 0; m < found.size(); m++) {
                FoundMention mention = found.get(m);
                if (!mention.entity().isSettlement() || placeAfterComma(mention.endToken()) != null) {
                    continue;
                }
                KbEntity namesake = null;
                for (EntityForm form : formsFiledFor(mention)) {
                    KbEntity entity = form.entity();
                    if (form.length() == mention.endToken() - mention.firstToken() && entity.isSettlement()
                            && entity.weight() >= UNQUALIFIED_SETTLEMENT_POPULATION && !form.adjective()
                            && entity.country() != null && !entity.country().equals(mention.entity().country())
                            && matches(form, mention.firstToken())) {
                        if (entity.country().equals(dominantCountry())) {
                            namesake = entity;
                            break;
                        }
                    }
                }
                if (namesake != null) {
                    found.set(m, new FoundMention(mention.firstToken(), mention.endToken(), namesake, mention.adjective()));
                }
            }
        }

        /**
         * The text's {@link DominantCountry}, weighed once. Only listed places count, so the unlisted
         * ones added later do not change it, and a town moved into the leading country only widens its lead.
         */
        private String dominantCountry() {
            if (!dominantCountryWeighed) {
                dominantCountry = DominantCountry.of(found);
                dominantCountryWeighed = true;
            }
            return dominantCountry;
        }

        /**
         * The forms filed under a mention's first token that may be as long as it, in order of
         * preference: the one-token forms, or the longer forms that continue with its second token.
         */
        private EntityForm[] formsFiledFor(FoundMention mention) {
            LexEntry entry = entries.at(mention.firstToken());
            return mention.endToken() - mention.firstToken() == 1 ? entry.singleTokenForms()
                    : entry.formsContinuingWith(nextId(mention.firstToken()));
        }

        List<FoundMention> result() {
            found.sort(Comparator.comparingInt(FoundMention::firstToken));
            return found;
        }

        private boolean startsChunk(int i) {
            if (tokens.has(i, Tokens.CAPITALIZED)) {
                return true;
            }
            return entries.is(i, LexEntry.HAS_FORMS) && tokens.has(i, Tokens.WORD);
        }

        private int resolveKnownOnly(int i) {
            EntityForm form = bestForm(i);
            if (form == null || form.adjective()) {
                return i + 1;
            }
            found.add(new FoundMention(i, i + form.length(), form.entity(), false));
            return i + form.length();
        }

        /** End (exclusive) of the capitalised sequence starting at {@code start}. */
        private int chunkEnd(int start) {
            int n = tokens.size();
            int j = start + 1;
            while (j < n && tokens.continuesSentence(j - 1) && !tokens.has(j - 1, Tokens.POSSESSIVE)) {
                if (tokens.has(j, Tokens.CAPITALIZED) && tokens.has(j, Tokens.WORD)) {
                    j++;
                } else if (isRole(j, LexEntry.NAME_PARTICLE) && capitalizedAfterParticles(j)) {
                    j++;
                } else if (isRole(j, LexEntry.NAME_CONNECTOR)
                        && (isRole(j - 1, LexEntry.ORGANIZATION_HEAD) || placeContext.joinsFeatureName(j))
                        && j + 1 < n && tokens.has(j + 1, Tokens.CAPITALIZED) && tokens.continuesSentence(j)) {
                    j++;
                } else if (joinsOrganizationName(j)) {
                    j++;
                } else if (tokens.keyIs(j, HYPHEN, hyphenId) && tokens.has(j, Tokens.JOINED) && j + 1 < n
                        && tokens.has(j + 1, Tokens.JOINED)
                        && (tokens.has(j + 1, Tokens.CAPITALIZED) || endsKoreanGivenName(start, j + 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            return j;
        }

        /** The lower-case end of a hyphenated name, as {@link #endsKoreanGivenName} lets into a chunk: "-hoon". */
        private boolean isHyphenatedTail(int i) {
            return i >= 2 && tokens.has(i, Tokens.JOINED) && tokens.has(i - 1, Tokens.JOINED)
                    && tokens.keyIs(i - 1, HYPHEN, hyphenId) && tokens.has(i - 2, Tokens.CAPITALIZED);
        }

        /**
         * "Park Sang-hoon": after a family name and the first syllable of a given name, a
         * lower-case syllable joined by a hyphen ends the given name. Two capitalised words must come
         * first, so that "Iran-backed" or "New York-based" stay as they are.
         */
        private boolean endsKoreanGivenName(int start, int syllable) {
            return syllable - start >= 3 && tokens.has(syllable - 2, Tokens.CAPITALIZED)
                    && tokens.has(syllable - 3, Tokens.CAPITALIZED) && tokens.has(syllable, Tokens.WORD)
                    && EnglishWords.KOREAN_GIVEN_NAME_SYLLABLES.contains(tokens.key(syllable));
        }

        /**
         * "Fire and Disaster Management Agency": "and" or "&" followed by capitalised words ending
         * in an organisation suffix; but not after a legal form, which ends a company's name
         * ("Exxon Mobil Corp and Chevron Corp" are two companies).
         */
        private boolean joinsOrganizationName(int j) {
            if (!tokens.keyIs(j, AND, andId) && !tokens.keyIs(j, AMPERSAND, ampersandId)
                    || isRole(j - 1, LexEntry.LEGAL_FORM)) {
                return false;
            }
            int k = j + 1;
            while (k < tokens.size() && tokens.continuesSentence(k - 1) && tokens.has(k, Tokens.CAPITALIZED)
                    && tokens.has(k, Tokens.WORD)) {
                k++;
            }
            return k > j + 1 && isRole(k - 1, LexEntry.ORGANIZATION_SUFFIX);
        }

        private boolean capitalizedAfterParticles(int j) {
            int k = j;
            while (k < tokens.size() && isRole(k, LexEntry.NAME_PARTICLE) && !tokens.has(k, Tokens.CAPITALIZED)) {
                k++;
            }
            return k < tokens.size() && k > j && tokens.has(k, Tokens.CAPITALIZED) && tokens.continuesSentence(k - 1);
        }

        /** Cuts {@code [start, end)} into matches, titles and unknown runs; returns where to go on. */
        private int resolveChunk(int start, int end) {
            int storm = stormWordBeforeName(start, end);
            if (storm >= 0) {
                if (storm > start) {
                    resolveChunk(start, storm);
                }
                return end;
            }
            boolean titled = start > 0 && isRole(start - 1, LexEntry.PERSON_TITLE) && tokens.continuesSentence(start - 1);
            int feature = placeContext.featureNameStart(start, end);
            if (feature >= 0 && !isListedName(feature, end)) {
                unknown.add(new UnknownRun(feature, end, EntityType.LOCATION, null, false, false));
                return end;
            }
            int p = start;
            while (p < end) {
                EntityForm form = bestForm(p);
                if (form != null && isTitleBeforeName(p, form)) {
                    titled = true;
                    p++;
                } else if (form != null) {
                    int matchEnd = legalFormsEnd(p + form.length(), form);
                    if (matchEnd < end && isOrganizationChunk(p, end)) {
                        addUnknown(p, end, titled, end);
                        return end;
                    }
                    found.add(new FoundMention(p, matchEnd, form.entity(), form.adjective()));
                    titled = false;
                    p = matchEnd;
                    end = Math.max(end, matchEnd);
                } else if (isRole(p, LexEntry.PERSON_TITLE) && !tokens.has(p, Tokens.POSSESSIVE)) {
                    titled = true;
                    p++;
                } else if (isRole(p, LexEntry.COMMON_WORD) || isRole(p, LexEntry.NAME_CONNECTOR)
                        || !tokens.has(p, Tokens.WORD) || !tokens.has(p, Tokens.CAPITALIZED)) {
                    p++;
                } else {
                    int q = p + 1;
                    while (q < end && bestForm(q) == null && !isTitleAt(q)) {
                        q++;
                    }
                    addUnknown(p, q, titled, end);
                    titled = false;
                    p = q;
                }
            }
            return end;
        }

        /**
         * The first storm word of {@code [start, end)} that a name follows ("Hurricane Milton"), or
         * -1: the name is the storm's, not a person's or a place's, and it is no mention. A chunk
         * ending in an organisation suffix names an organisation ("National Hurricane Center").
         */
        private int stormWordBeforeName(int start, int end) {
            if (isRole(end - 1, LexEntry.ORGANIZATION_SUFFIX)) {
                return -1;
            }
            for (int i = start; i < end - 1; i++) {
                for (int stormWordId : stormWordIds) {
                    if (tokens.id(i) == stormWordId && stormWordId != Vocabulary.ABSENT) {
                        return i;
                    }
                }
            }
            return -1;
        }

        /** True when one knowledge-base form spans all of {@code [start, end)}. */
        private boolean isListedName(int start, int end) {
            EntityForm form = bestForm(start);
            return form != null && start + form.length() >= end;
        }

        /**
         * "Toshiba Corp" where the knowledge base lists Toshiba: a listed company's legal form belongs
         * to its mention, also after a possessive name that ends the chunk ("McDonald's Corp").
         */
        private int legalFormsEnd(int matchEnd, EntityForm form) {
            if (form.entity().type() != EntityType.ORGANIZATION) {
                return matchEnd;
            }
            int end = matchEnd;
            while (end < tokens.size() && tokens.continuesSentence(end - 1) && isRole(end, LexEntry.LEGAL_FORM)
                    && tokens.has(end, Tokens.CAPITALIZED)) {
                end++;
            }
            return end;
        }

        /**
         * "President Xi Jinping" or "Crown Prince Mohammed bin Salman" where the knowledge base
         * also lists "President Xi" or the whole phrase: when a form at {@code p} starts with
         * titles and a name starting after them reaches at least as far, the title is not part of
         * the name.
         */
        private boolean isTitleBeforeName(int p, EntityForm form) {
            int formEnd = p + form.length();
            for (int k = p; k < formEnd && isRole(k, LexEntry.PERSON_TITLE) && tokens.continuesSentence(k); k++) {
                EntityForm name = bestForm(k + 1);
                if (name != null && k + 1 + name.length() >= formEnd) {
                    return true;
                }
            }
            return false;
        }

        private boolean isTitleAt(int i) {
            return isRole(i, LexEntry.PERSON_TITLE) && tokens.has(i, Tokens.CAPITALIZED);
        }

        /**
         * "Texas Instruments Inc", "European Council on Foreign Relations": the whole run is one
         * organisation; but not "U.S. Secretary of State Antony Blinken", where a listed person
         * follows the connector.
         */
        private boolean isOrganizationChunk(int start, int end) {
            if (isRole(end - 1, LexEntry.ORGANIZATION_SUFFIX) && tokens.has(end - 1, Tokens.CAPITALIZED)) {
                return true;
            }
            for (int i = start + 1; i < end - 1; i++) {
                if (isRole(i, LexEntry.NAME_CONNECTOR) && !tokens.has(i, Tokens.CAPITALIZED)) {
                    return !namesListedPerson(i + 1, end) && !joinsListedPlaces(i);
                }
            }
            return false;
        }

        /**
         * "The United States and Britain launched strikes": "and" between two listed places lists
         * them; it does not make one organisation of them, as "of" in "Bank of Japan" would.
         */
        private boolean joinsListedPlaces(int connector) {
            if (!tokens.keyIs(connector, AND, andId)) {
                return false;
            }
            EntityForm after = bestForm(connector + 1);
            return after != null && after.entity().type() == EntityType.LOCATION;
        }

        private boolean namesListedPerson(int from, int end) {
            for (int i = from; i < end; i++) {
                EntityForm form = bestForm(i);
                if (form != null && form.entity().type() == EntityType.PERSON) {
                    return true;
                }
            }
            return false;
        }

        /** Types the unknown run {@code [from, to)} inside a chunk ending at {@code chunkEnd}. */
        private void addUnknown(int from, int to, boolean titled, int chunkEnd) {
            while (from < to && !tokens.has(from, Tokens.CAPITALIZED)) {
                from++;
            }
            while (to > from && !tokens.has(to - 1, Tokens.CAPITALIZED) && !isHyphenatedTail(to - 1)) {
                to--;
            }
            if (from >= to) {
                return;
            }
            int length = to - from;
            EntityType type = null;
            String country = null;
            if (length >= 2 && isOrganizationChunk(from, to)) {
                type = EntityType.ORGANIZATION;
            } else if (to < chunkEnd && CORPORATE_ROLES.contains(tokens.key(to))) {
                type = EntityType.ORGANIZATION;
            } else if (placeContext.isNamedWithUnit(from, to)) {
                type = EntityType.LOCATION;
            } else if (titled) {
                type = EntityType.PERSON;
            } else {
                KbEntity place = placeAfterComma(to);
                if (place != null || isDateline(from, to)) {
                    type = EntityType.LOCATION;
                    country = place == null ? null : place.country();
                } else if (length >= 2 && personContext.isPerson(from, to)) {
                    type = EntityType.PERSON;
                }
            }
            unknown.add(new UnknownRun(from, to, type, country, titled, type == EntityType.LOCATION));
        }

        private boolean isDateline(int from, int to) {
            return Datelines.isDateline(tokens, from, to);
        }

        /** The country or region named after a comma at {@code i} ("Lugano, Switzerland"), or null. */
        private KbEntity placeAfterComma(int i) {
            if (!tokens.keyIs(i, COMMA, commaId) || i + 1 >= tokens.size() || !tokens.continuesSentence(i)) {
                return null;
            }
            if (!entries.is(i + 1, LexEntry.HAS_FORMS)) {
                return null;
            }
            LexEntry entry = entries.at(i + 1);
            KbEntity longer = firstRegionOrCountry(entry.formsContinuingWith(nextId(i + 1)), i + 1);
            return longer != null ? longer : firstRegionOrCountry(entry.singleTokenForms(), i + 1);
        }

        private KbEntity firstRegionOrCountry(EntityForm[] forms, int p) {
            for (EntityForm form : forms) {
                KbEntity entity = form.entity();
                if (entity.type() == EntityType.LOCATION && !entity.isSettlement() && !form.adjective()
                        && matches(form, p)) {
                    return entity;
                }
            }
            return null;
        }

        /** The vocabulary id of the token after {@code p}, or {@link Vocabulary#ABSENT} at the end. */
        private int nextId(int p) {
            return p + 1 < tokens.size() ? tokens.id(p + 1) : Vocabulary.ABSENT;
        }

        /** The preferred knowledge-base form that matches at {@code p} and is plausible there, or null. */
        private EntityForm bestForm(int p) {
            if (!entries.is(p, LexEntry.HAS_FORMS) || !tokens.has(p, Tokens.WORD)) {
                return null;
            }
            LexEntry entry = entries.at(p);
            EntityForm longer = bestOf(entry.formsContinuingWith(nextId(p)), p);
            return longer != null ? longer : bestOf(entry.singleTokenForms(), p);
        }

        /** Among {@code forms} in order of preference, the one to take at {@code p}, or null. */
        private EntityForm bestOf(EntityForm[] forms, int p) {
            EntityForm best = null;
            for (EntityForm form : forms) {
                if (best != null && form.length() < best.length()) {
                    break;
                }
                if (!matches(form, p) || !plausible(form, p)) {
                    continue;
                }
                if (best == null || contextPrefers(form, best, p)) {
                    best = form;
                }
            }
            return best;
        }

        private boolean matches(EntityForm form, int p) {
            int[] keyIds = form.keyIds();
            if (p + keyIds.length > tokens.size()) {
                return false;
            }
            for (int k = 0; k < keyIds.length; k++) {
                int i = p + k;
                if (keyIds[k] != tokens.id(i) || (k > 0 && !tokens.continuesSentence(i - 1))) {
                    return false;
                }
                byte rule = form.caseRules()[k];
                if (rule == EntityForm.CAPITALIZED && !tokens.has(i, Tokens.CAPITALIZED)
                        || rule == EntityForm.ALL_CAPS && !tokens.has(i, Tokens.ALL_CAPS)) {
                    return false;
                }
            }
            return true;
        }

        private boolean plausible(EntityForm form, int p) {
            if (!english) {
                return !form.adjective();
            }
            boolean single = form.length() == 1;
            if (single && isSurnameAfterOtherGivenName(form, p)) {
                return false;
            }
            if (single && isRole(p, LexEntry.COMMON_WORD)
                    && (tokens.has(p, Tokens.SENTENCE_START) || form.entity().isSettlement())) {
                return false;
            }
            int after = p + form.length();
            if (single && tokens.has(p, Tokens.SENTENCE_START) && isRole(p, LexEntry.ORDINARY_WORD)
                    && isTownOrRegion(form.entity()) && placeAfterComma(after) == null && !isDateline(p, after)) {
                return false;
            }
            if (!form.entity().isSettlement() || form.entity().weight() >= UNQUALIFIED_SETTLEMENT_POPULATION) {
                return true;
            }
            return placeAfterComma(after) != null || isDateline(p, after)
                    || p > 0 && PLACE_PREPOSITIONS.contains(tokens.key(p - 1));
        }

        /**
         * "Marc Mukasey" where the knowledge base lists "Mukasey" for Michael Mukasey: a listed
         * person's bare surname right after a given name that is not theirs names someone else,
         * and the whole name is read as an unlisted person.
         */
        private boolean isSurnameAfterOtherGivenName(EntityForm form, int p) {
            return form.entity().type() == EntityType.PERSON && p > 0 && isRole(p - 1, LexEntry.GIVEN_NAME)
                    && tokens.has(p - 1, Tokens.CAPITALIZED) && !tokens.has(p - 1, Tokens.POSSESSIVE)
                    && tokens.continuesSentence(p - 1);
        }

        private static boolean isTownOrRegion(KbEntity entity) {
            return entity.type() == EntityType.LOCATION && entity.source() != KbSource.COUNTRIES;
        }

        /** Among forms of equal length: the one whose country the text names next, or a city on a dateline. */
        private boolean contextPrefers(EntityForm candidate, EntityForm current, int p) {
            int after = p + candidate.length();
            KbEntity place = placeAfterComma(after);
            if (place != null && place.country() != null) {
                boolean candidateFits = place.country().equals(candidate.entity().country());
                boolean currentFits = place.country().equals(current.entity().country());
                if (candidateFits != currentFits) {
                    return candidateFits;
                }
            }
            if (tokens.has(p, Tokens.LINE_START) && Datelines.isFollowedBySeparator(tokens, after)) {
                return candidate.entity().isSettlement() && !current.entity().isSettlement();
            }
            return false;
        }

        private boolean isRole(int i, int role) {
            return entries.is(i, role);
        }
    }
}
