package io.newsstream.enrich.engine.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the hand-curated entity files {@code people.tsv} and {@code organizations.tsv} as data, without the
 * engine: the column format of {@code KNOWLEDGE_BASE.md}, permanent well-formed ids, ISO country codes, the alias
 * policy written at the top of each file, and the presence of the entities typical news needs.
 */
@DisplayName("Curated knowledge base files")
class CuratedKnowledgeBaseFilesTest {

    private static final int MAX_COLUMNS = 9;

    /**
     * Ordinary English words. Surface forms match case-sensitively, so a form is refused when it is one of these
     * as written mid-sentence or capitalised at the start of one; an all-capitals acronym such as WHO is not.
     */
    private static final Set<String> COMMON_WORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "by", "for", "with", "from", "as",
            "is", "it", "its", "be", "was", "were", "are", "has", "have", "had", "he", "she", "they", "we", "you",
            "his", "her", "their", "this", "that", "who", "what", "when", "where", "may", "will", "can", "said",
            "says", "new", "one", "all", "not", "no", "more", "most", "first", "last", "just", "also", "after",
            "over", "up", "out", "about", "than", "then", "there", "here", "our", "us", "so", "do", "go", "if");

    /**
     * Surface forms deliberately shared by two entities; the engine picks between them by weight and context.
     * Anything else shared is a curation mistake.
     */
    private static final Set<String> DELIBERATELY_SHARED_FORMS = Set.of();

    private static final List<String> FILES = List.of("people.tsv", "organizations.tsv");

    /** Titles the engine reads by rule: an alias must not start with one. */
    private static final Pattern TITLED_FORM = Pattern.compile(
            "(President|Prime Minister|Premier|Chancellor|Crown Prince|Emir|Senator|Sen\\.|Gen\\.|General|Mullah"
                    + "|Ayatollah|Sir|Lord|Baroness|Rev\\.|Dr\\.|Mrs?\\.?|King|Queen|Prince|Sheikh|Marshal|Chairman) .*");

    /**
     * Aliases kept with their title because the person is known mainly by it and the name alone is not a form of
     * theirs (see the alias policy in people.tsv).
     */
    private static final Set<String> TITLED_ALIASES_KNOWN_THAT_WAY = Set.of(
            "Sheikh Yamani", "Sheikh Zayed", "Sheikh Jaber", "Sheikh Khalifa", "Sheikh Sabah", "Sheikh Hasina Wajed",
            "King Bhumibol", "King Charles", "Prince Charles", "Queen Elizabeth", "Prince Sihanouk", "King Sihanouk",
            "Chairman Mao", "Marshal Tito", "Ayatollah Khomeini", "Dr. Oz", "Mr. Yen");

    private static Map<String, List<KbRow>> rowsByFile;

    @BeforeAll
    static void readFiles() {
        rowsByFile = FILES.stream().collect(Collectors.toMap(file -> file, KbRow::read));
    }

    @Test
    @DisplayName("every row has an id, type, name and weight in at most nine columns")
    void rowsHaveTheDocumentedColumns() {
        allRows().forEach(row -> {
            assertThat(row.columns()).as(row.where()).hasSizeBetween(3, MAX_COLUMNS);
            assertThat(row.id()).as(row.where()).isNotBlank();
            assertThat(row.name()).as(row.where()).isNotBlank().isEqualTo(row.name().strip());
            assertThat(row.column(8)).as(row.where() + " weight").matches("[1-9][0-9]?|100");
            assertThat(row.column(5) + row.column(6)).as(row.where() + " lat/lon is for places only").isEmpty();
        });
    }

    @ParameterizedTest(name = "{0} holds {2} rows with {1}: ids")
    @DisplayName("each file holds one kind of entity with well-formed ids")
    @CsvSource({"people.tsv, person, PERSON", "organizations.tsv, org, ORGANIZATION"})
    void filesHoldOneKindOfEntity(String file, String kind, String type) {
        Pattern id = Pattern.compile(kind + ":[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(rowsOf(file)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.id()).as(row.where()).matches(id);
            assertThat(row.type()).as(row.where()).isEqualTo(type);
        });
    }

    @Test
    @DisplayName("ids are unique across both files")
    void idsAreUnique() {
        Map<String, List<String>> rowsById = allRows().collect(
                Collectors.groupingBy(KbRow::id, TreeMap::new, Collectors.mapping(KbRow::where, Collectors.toList())));
        assertThat(rowsById).allSatisfy((id, rows) -> assertThat(rows).as(id).hasSize(1));
    }

    @Test
    @DisplayName("rows are ordered by id, so additions land in one predictable place")
    void rowsAreOrderedById() {
        FILES.forEach(file -> assertThat(rowsOf(file)).as(file).extracting(KbRow::id).isSorted());
    }

    @Test
    @DisplayName("countries are ISO 3166-1 alpha-2 codes or empty")
    void countriesAreIsoCodes() {
        Set<String> iso = Set.of(Locale.getISOCountries());
        allRows().filter(row -> !row.country().isEmpty())
                .forEach(row -> assertThat(iso).as(row.where()).contains(row.country()));
    }

    @Test
    @DisplayName("aliases are trimmed, non-empty and not repeated within a row")
    void aliasesAreClean() {
        allRows().forEach(row -> {
            List<String> aliases = row.aliases();
            assertThat(aliases).as(row.where()).allSatisfy(alias -> assertThat(alias).isNotBlank().isEqualTo(alias.strip()));
            assertThat(aliases).as(row.where()).doesNotHaveDuplicates().doesNotContain(row.name());
        });
    }

    @Test
    @DisplayName("no alias carries a title, except for people known mainly by title and name")
    void aliasesCarryNoTitle() {
        assertThat(rowsOf("people.tsv")).allSatisfy(row -> assertThat(row.aliases()).as(row.where())
                .filteredOn(alias -> TITLED_FORM.matcher(alias).matches())
                .isSubsetOf(TITLED_ALIASES_KNOWN_THAT_WAY));
    }

    @Test
    @DisplayName("no name or alias reads as a common English word")
    void noSurfaceFormIsACommonWord() {
        allRows().forEach(row -> assertThat(row.surfaceForms())
                .as(row.where())
                .noneMatch(CuratedKnowledgeBaseFilesTest::readsAsCommonWord));
    }

    private static boolean readsAsCommonWord(String form) {
        String lowered = form.toLowerCase(Locale.ROOT);
        String sentenceInitial = lowered.isEmpty() ? lowered : Character.toUpperCase(lowered.charAt(0)) + lowered.substring(1);
        return COMMON_WORDS.contains(lowered) && (form.equals(lowered) || form.equals(sentenceInitial));
    }

    @Test
    @DisplayName("no surface form names two entities unless deliberately shared")
    void surfaceFormsAreUnambiguous() {
        Map<String, Set<String>> idsByForm = new TreeMap<>();
        allRows().forEach(row -> row.surfaceForms()
                .forEach(form -> idsByForm.computeIfAbsent(form, f -> new TreeSet<>()).add(row.id())));
        Map<String, Set<String>> shared = idsByForm.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));

        assertThat(shared.keySet()).as("forms shared by several entities: %s", shared)
                .isSubsetOf(DELIBERATELY_SHARED_FORMS);
        assertThat(DELIBERATELY_SHARED_FORMS).as("stale allow-list entries").isSubsetOf(shared.keySet());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @DisplayName("entities the seed article and typical news need are present")
    @CsvSource(delimiter = ';', value = {
        "person:donald-trump;Donald Trump;Trump",
        "person:vladimir-putin;Vladimir Putin;Putin",
        "person:volodymyr-zelenskyy;Volodymyr Zelenskyy;Zelenskyy|Zelensky",
        "person:marco-rubio;Marco Rubio;Rubio",
        "person:steve-witkoff;Steve Witkoff;Witkoff",
        "person:ursula-von-der-leyen;Ursula von der Leyen;von der Leyen",
        "person:joe-biden;Joe Biden;Biden",
        "person:ahmed-zaki-yamani;Ahmed Zaki Yamani;Sheikh Yamani|Yamani",
        "org:european-union;European Union;EU|E.U.",
        "org:nato;NATO;North Atlantic Treaty Organization",
        "org:opec;OPEC;Organization of the Petroleum Exporting Countries",
        "org:texaco;Texaco;Texaco Inc",
        "org:texaco-canada;Texaco Canada;Texaco Canada Inc.",
        "org:imperial-oil;Imperial Oil;Imperial Oil Ltd.",
        "org:european-commission;European Commission;",
        "org:european-council-on-foreign-relations;European Council on Foreign Relations;ECFR",
        "org:white-house;White House;",
        "org:united-nations;United Nations;U.N.|UN",
    })
    void requiredEntitiesExist(String id, String name, String aliases) {
        KbRow row = allRows().filter(candidate -> candidate.id().equals(id)).findFirst().orElse(null);
        assertThat(row).as(id).isNotNull();
        assertThat(row.name()).isEqualTo(name);
        List<String> expectedAliases = aliases == null ? List.of() : Arrays.asList(aliases.split("\\|"));
        assertThat(row.aliases()).containsAll(expectedAliases);
    }

    private static List<KbRow> rowsOf(String file) {
        return rowsByFile.get(file);
    }

    private static Stream<KbRow> allRows() {
        return FILES.stream().map(CuratedKnowledgeBaseFilesTest::rowsOf).flatMap(List::stream);
    }
}
