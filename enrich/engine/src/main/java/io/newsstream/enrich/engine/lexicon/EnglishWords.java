package io.newsstream.enrich.engine.lexicon;

import java.util.Set;

/**
 * Closed word lists of English news prose that the extraction rules key on. All entries are
 * lookup keys (lower case, straight apostrophes, abbreviations with their period).
 */
public final class EnglishWords {

    private EnglishWords() {}

    /** Words that take a period without ending the sentence; the tokenizer keeps the period. */
    public static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "sgt", "adm",
            "rev", "fr", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "no", "vs", "etc", "jan",
            "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "pres", "supt", "amb", "ala", "ariz",
            "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex",
            "va", "vt", "wash", "wis", "wyo");

    /**
     * Second syllables of Korean given names as English-language wires romanise them after a
     * hyphen ("Sang-hoon", "Jae-myung"), which editors do not capitalise.
     */
    public static final Set<String> KOREAN_GIVEN_NAME_SYLLABLES = Set.of(
            "bae", "beom", "bin", "bok", "chan", "chang", "cheol", "chul", "chun", "deok", "dong", "doo", "eun",
            "gil", "gon", "gu", "gyu", "ha", "hak", "han", "hee", "ho", "hoon", "hun", "hwa", "hwan", "hye", "hyeok",
            "hyuk", "hyun", "il", "in", "jae", "jin", "jo", "joo", "jun", "june", "jung", "ki", "kon", "kook", "koo",
            "kwan", "kyu", "kyung", "man", "mi", "min", "mo", "mok", "mook", "moon", "myung", "nam", "ok", "rae",
            "ri", "rim", "ryong", "sam", "sang", "seo", "seob", "seok", "seon", "seong", "seung", "shik", "sik",
            "soo", "sook", "suk", "sun", "sung", "tae", "taek", "un", "wan", "wha", "won", "woo", "wook", "yeol",
            "yeon", "yong", "young", "yun");

    /** Words before a storm's name ("Hurricane Milton", "Typhoon Haiyan"), which names neither a person nor a place. */
    public static final Set<String> STORM_WORDS = Set.of("hurricane", "typhoon", "cyclone", "storm");

    /** Titles and roles written before a person's name: "Senator Marco Rubio", "envoy Steve Witkoff". */
    public static final Set<String> PERSON_TITLES = Set.of(
            "mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "professor", "sir", "dame", "lord", "lady", "president",
            "vice", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.",
            "mayor", "minister", "premier", "chancellor", "secretary", "ambassador", "envoy", "king", "queen",
            "prince", "princess", "emperor", "sheikh", "pope", "cardinal", "bishop", "rabbi", "imam", "ayatollah",
            "judge", "justice", "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain", "capt.",
            "lieutenant", "lt.", "sergeant", "sgt.", "commander", "chairman", "chairwoman", "chair", "ceo", "cfo",
            "coo", "founder", "director", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist",
            "researcher", "scientist", "lawyer", "attorney", "coach", "striker", "midfielder", "goalkeeper", "actor",
            "actress", "singer", "rapper", "author", "novelist", "leader", "commissioner", "prosecutor", "detective",
            "officer", "strategist", "adviser", "advisor", "dictator", "chief", "rev.", "father", "sister",
            "brother", "dean", "deputy", "speaker", "lawmaker", "candidate", "nominee", "superintendent",
            "treasurer", "comptroller", "sheriff", "editor", "executive", "president-elect", "crown", "mp", "mep",
            "state", "coordinator", "negotiator");

    /**
     * Nouns naming what a person does, which news sets off by commas next to a name: "the EU's
     * coordinator, Enrique Mora, said" and "Hiroshi Tanabe, chief economist at Daiwa, said".
     */
    public static final Set<String> ROLE_NOUNS = Set.of(
            "coordinator", "negotiator", "official", "spokesman", "spokeswoman", "spokesperson", "analyst",
            "economist", "chairman", "chairwoman", "chair", "executive", "minister", "president", "director",
            "secretary", "envoy", "ambassador", "adviser", "advisor", "aide", "governor", "mayor", "head", "chief",
            "leader", "commander", "lawyer", "attorney", "founder", "strategist", "manager", "officer", "editor",
            "professor", "researcher", "deputy", "senator", "commissioner", "prosecutor", "judge", "trader",
            "dealer", "broker", "representative", "member", "partner", "owner", "author", "scientist",
            "correspondent", "diplomat", "lawmaker", "legislator", "candidate", "nominee", "resident", "witness",
            "survivor", "teacher", "doctor", "farmer", "worker", "expert", "consultant",
            "mediator", "inspector", "superintendent", "treasurer");

    /** Words that end an organisation's name: "Exxon Corp", "European Commission". */
    public static final Set<String> ORGANIZATION_SUFFIXES = Set.of(
            "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc", "lp",
            "llp", "ag", "gmbh", "sa", "s.a.", "nv", "n.v.", "bv", "b.v.", "spa", "s.p.a.", "ab", "asa", "oyj", "kk",
            "group", "holdings", "holding", "bank", "bancorp", "trust", "partners", "capital", "industries",
            "enterprises", "international", "technologies", "systems", "airlines", "airways", "motors", "petroleum",
            "energy", "resources", "pharmaceuticals", "foods", "stores", "communications", "council", "commission",
            "ministry", "department", "agency", "authority", "bureau", "office", "committee", "university",
            "college", "institute", "institution", "school", "academy", "hospital", "foundation", "association",
            "federation", "union", "league", "party", "front", "movement", "court", "parliament", "assembly",
            "congress", "senate", "army", "navy", "force", "forces", "guard", "police", "service", "board", "fund",
            "organization", "organisation", "society", "club", "fc", "network", "times", "post", "journal", "news",
            "press", "exchange", "reserve", "mission", "coalition", "alliance", "brigade", "brigades", "cartel",
            "church", "centre", "center", "tribunal", "cabinet", "securities", "investments", "advisors", "advisers",
            "insurance", "financial", "electronics", "chemicals", "shipping", "ventures", "semiconductor");

    /** Legal forms that end a company's registered name but not the name editors use: "Exxon Corp" is Exxon. */
    public static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "lp", "llp",
            "ag", "gmbh", "sa", "s.a.", "nv", "n.v.", "bv", "b.v.", "spa", "s.p.a.", "ab", "asa", "oyj", "kk");

    /** Organisation heads that may continue with "of"/"for"/"on": "Ministry of Defence". */
    public static final Set<String> ORGANIZATION_HEADS = Set.of(
            "ministry", "department", "university", "bank", "council", "commission", "institute", "academy", "court",
            "office", "bureau", "board", "federation", "association", "union", "league", "party", "organization",
            "organisation", "committee", "agency", "authority", "house", "church", "college", "school", "society",
            "federal", "fund", "secretary", "republic", "kingdom", "state", "states", "centre", "center",
            "foundation", "order", "army", "navy");

    /**
     * Administrative units written after or before a place's name: "Cagayan province",
     * "Hokkaido Prefecture", "the state of Bihar".
     */
    public static final Set<String> PLACE_UNITS = Set.of(
            "province", "prefecture", "state", "county", "district", "region", "governorate", "oblast", "krai",
            "territory", "municipality", "canton", "department", "emirate", "township", "parish", "island",
            "islands");

    /**
     * Geographic features that end a place's name or, before "of", start it: "South China Sea",
     * "Korean Peninsula", "Strait of Hormuz", "Lake Victoria".
     */
    public static final Set<String> PLACE_FEATURES = Set.of(
            "sea", "strait", "straits", "gulf", "canal", "peninsula", "bay", "ocean", "channel", "lake", "river",
            "island", "islands", "isles", "mountains", "mount", "mt.", "cape", "desert", "valley", "isthmus",
            "archipelago", "plateau", "basin", "delta", "reef", "shoal", "heights", "highlands", "coast");

    /** Features that start a name without "of": "Lake Victoria", "Mount Fuji", "Cape Canaveral". */
    public static final Set<String> LEADING_PLACE_FEATURES = Set.of(
            "lake", "mount", "mt.", "cape");

    /** Lower-case words allowed inside names. */
    public static final Set<String> NAME_PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le",
            "bin", "ibn", "al", "el", "ben", "ter", "zu", "y", "abu", "bint");

    /** Lower-case words that join an organisation head to the rest of its name. */
    public static final Set<String> NAME_CONNECTORS = Set.of(
            "of", "for", "on", "and", "&");

    /** Generational suffixes written after a surname: "Ferdinand Marcos Jr.", "John D. Rockefeller III". */
    public static final Set<String> GENERATIONAL_SUFFIXES = Set.of(
            "jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    /** Verbs of saying, in the forms news prose uses. */
    public static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "warned", "warns", "noted",
            "notes", "remarked", "remarks", "argued", "argues", "argue", "explained", "explains", "insisted",
            "insists", "claimed", "claims", "asked", "asks", "replied", "replies", "answered", "declared",
            "declares", "announced", "announces", "wrote", "writes", "stressed", "stresses", "emphasized",
            "emphasised", "emphasizes", "continued", "continues", "recalled", "recalls", "acknowledged",
            "acknowledges", "admitted", "admits", "conceded", "concedes", "commented", "comments", "cautioned",
            "cautions", "urged", "urges", "predicted", "predicts", "suggested", "suggests", "believes", "believed",
            "mentioned", "mentions", "observed", "observes", "reiterated", "reiterates", "tweeted", "posted",
            "described", "describes", "called", "calls", "according", "insist", "maintained", "maintains",
            "countered", "counters", "quipped", "shouted", "whispered");

    public static final Set<String> MALE_PRONOUNS = Set.of(
            "he", "him", "his");
    public static final Set<String> FEMALE_PRONOUNS = Set.of(
            "she", "her", "hers");

    /** Subject pronouns that can stand for a speaker. */
    public static final Set<String> SPEAKER_PRONOUNS = Set.of(
            "he", "she");

    /**
     * Words that are capitalised only because they start a sentence or a headline, never names on
     * their own: determiners, pronouns, prepositions, conjunctions, frequent adverbs and verbs,
     * months and weekdays.
     */
    public static final Set<String> COMMON_WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "it's", "i", "we",
            "you", "he", "she", "they", "them", "his", "her", "their", "our", "my", "your", "who", "whom", "whose",
            "what", "which", "when", "where", "why", "how", "whether", "if", "while", "although", "though",
            "because", "since", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out",
            "over", "under", "up", "down", "to", "with", "without", "within", "after", "before", "during", "between",
            "among", "amid", "against", "about", "above", "below", "across", "along", "around", "behind", "beyond",
            "despite", "except", "inside", "outside", "near", "through", "throughout", "toward", "towards", "upon",
            "via", "and", "or", "but", "nor", "so", "yet", "not", "no", "yes", "all", "any", "both", "each", "every",
            "few", "many", "more", "most", "much", "other", "others", "some", "such", "several", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last",
            "next", "new", "old", "also", "even", "just", "still", "then", "thus", "however", "meanwhile",
            "moreover", "furthermore", "instead", "indeed", "recently", "now", "today", "yesterday", "tomorrow",
            "tonight", "later", "earlier", "already", "again", "once", "perhaps", "maybe", "only", "very", "well",
            "back", "never", "always", "often", "sometimes", "ever", "nearly", "almost", "according", "asked",
            "said", "says", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
            "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "let", "like",
            "unlike", "overall", "finally", "initially", "currently", "officially", "separately", "additionally",
            "similarly", "likewise", "otherwise", "nevertheless", "nonetheless", "elsewhere", "experts", "officials",
            "analysts", "critics", "residents", "police", "authorities", "people", "sources", "shares", "prices",
            "sales", "profits", "earnings", "revenue", "investors", "recent", "read", "see", "watch", "photo",
            "video", "update", "updated", "breaking", "exclusive", "opinion", "analysis", "editorial", "related",
            "local", "national", "international", "world", "january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.",
            "sept.", "sep.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mr.", "mrs.", "ms.", "dr.", "sen.", "gov.", "rep.", "gen.", "article", "section",
            "chapter", "part", "page", "figure", "table", "phase", "stage", "step", "round", "game", "week", "year",
            "years", "day", "days", "month", "months", "time", "times", "thanks", "please", "sorry", "hello", "oh",
            "ok", "okay", "dear", "given", "based", "following", "including", "regarding", "unless", "until", "till",
            "whereas", "whatever", "whoever", "wherever");

    /** Speech-verb-like words that attribute a quote to a source after "according to". */
    public static final String ACCORDING = "according";
}
