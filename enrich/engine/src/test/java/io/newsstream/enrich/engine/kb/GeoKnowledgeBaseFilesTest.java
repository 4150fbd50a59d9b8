package io.newsstream.enrich.engine.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the generated geographic knowledge base ({@code countries.tsv}, {@code cities.tsv}, {@code regions.tsv},
 * written by {@code kb-tools/generate}) as data, without the engine: the column format of
 * {@code KNOWLEDGE_BASE.md}, permanent well-formed ids, valid country codes and coordinates, licence attribution,
 * the places typical news names (cities, world subdivisions, seas and straits), and that a generated subdivision
 * never takes a form another place owns.
 */
@DisplayName("Geographic knowledge base files")
class GeoKnowledgeBaseFilesTest {

    private static final Map<String, Pattern> ID_BY_FILE = Map.of(
            "countries.tsv", Pattern.compile("(country|region):[a-z0-9]+(-[a-z0-9]+)*"),
            "cities.tsv", Pattern.compile("geonames:[1-9][0-9]*"),
            "regions.tsv", Pattern.compile("region:[a-z0-9]+(-[a-z0-9]+)*"));

    /** Former states old wire copy names (ISO 3166-3), and Kosovo's user-assigned code, which Java does not list. */
    private static final Set<String> CODES_BEYOND_JAVA = Set.of("SU", "DD", "YU", "CS", "ZR", "RH", "VD", "XK");

    private static final int TYPE = 1;
    private static final int ALIASES = 3;
    private static final int LAT = 5;
    private static final int LON = 6;
    private static final int ADJECTIVES = 7;
    private static final int WEIGHT = 8;

    /** The fixed weight kb-tools gives the ISO 3166-2 subdivisions it generates, which have no population. */
    private static final String GENERATED_SUBDIVISION_WEIGHT = "1000";

    private static Map<String, List<KbRow>> linesByFile;

    @BeforeAll
    static void readFiles() {
        linesByFile = ID_BY_FILE.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), KbRow::read));
    }

    @Test
    @DisplayName("every row has id, type and name, at most nine columns, and a whole-number weight")
    void rowsHaveTheDocumentedColumns() {
        entities().forEach(row -> {
            assertThat(row.columns()).as(row.where()).hasSizeBetween(4, 9);
            assertThat(row.name()).as(row.where()).isNotBlank().isEqualTo(row.name().strip());
            assertThat(row.column(WEIGHT)).as(row.where() + " weight").matches("0|[1-9][0-9]*");
        });
    }

    @Test
    @DisplayName("ids are well formed for their file, and every row is a LOCATION")
    void idsAndTypesAreWellFormed() {
        linesByFile.forEach((file, rows) -> assertThat(rows).as(file).isNotEmpty().allSatisfy(row -> {
            assertThat(row.id()).as(row.where()).matches(ID_BY_FILE.get(file));
            assertThat(row.column(TYPE)).as(row.where()).isEqualTo("LOCATION");
        }));
    }

    @Test
    @DisplayName("ids are unique across the three files")
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        entities().forEach(row -> assertThat(seen.add(row.id())).as(row.where() + " repeats " + row.id()).isTrue());
    }

    @Test
    @DisplayName("country codes are ISO 3166-1 alpha-2, a former state's code, or empty")
    void countryCodesAreValid() {
        Set<String> valid = Stream.concat(Arrays.stream(Locale.getISOCountries()), CODES_BEYOND_JAVA.stream())
                .collect(Collectors.toSet());
        entities().filter(row -> !row.country().isEmpty())
                .forEach(row -> assertThat(valid).as(row.where()).contains(row.country()));
    }

    @Test
    @DisplayName("a country:xx id names the country whose code is XX")
    void countryIdsMatchTheirCode() {
        entities().filter(row -> row.id().matches("country:[a-z]{2}"))
                .forEach(row -> assertThat(row.id()).as(row.where())
                        .isEqualTo("country:" + row.country().toLowerCase(Locale.ROOT)));
    }

    @Test
    @DisplayName("every ISO 3166-1 country Java knows has a row")
    void everyIsoCountryIsPresent() {
        Set<String> ids = entities().map(KbRow::id).collect(Collectors.toSet());
        assertThat(ids).containsAll(Arrays.stream(Locale.getISOCountries())
                .map(code -> "country:" + code.toLowerCase(Locale.ROOT))
                .toList());
    }

    @Test
    @DisplayName("coordinates come in pairs within [-90, 90] and [-180, 180]")
    void coordinatesAreInRange() {
        entities().forEach(row -> {
            assertThat(row.column(LAT).isEmpty()).as(row.where() + " lat and lon both or neither")
                    .isEqualTo(row.column(LON).isEmpty());
            if (!row.column(LAT).isEmpty()) {
                assertThat(Double.parseDouble(row.column(LAT))).as(row.where() + " lat").isBetween(-90.0, 90.0);
                assertThat(Double.parseDouble(row.column(LON))).as(row.where() + " lon").isBetween(-180.0, 180.0);
            }
        });
    }

    @Test
    @DisplayName("aliases and adjectives are trimmed, non-empty and not repeated within a row")
    void surfaceFormsAreClean() {
        entities().forEach(row -> Stream.of(row.list(ALIASES), row.list(ADJECTIVES)).forEach(forms -> {
            assertThat(forms).as(row.where())
                    .allSatisfy(form -> assertThat(form).isNotBlank().isEqualTo(form.strip()))
                    .doesNotHaveDuplicates();
        }));
        entities().forEach(row -> assertThat(row.list(ALIASES)).as(row.where()).doesNotContain(row.name()));
    }

    @Test
    @DisplayName("files derived from GeoNames credit it under CC BY 4.0 in their header")
    void geoNamesIsCredited() {
        for (String file : List.of("countries.tsv", "cities.tsv")) {
            assertThat(header(file)).as(file).contains("GeoNames", "https://www.geonames.org/", "CC BY 4.0");
        }
    }

    @ParameterizedTest(name = "{1} is in {0}, country {2}")
    @DisplayName("the places typical news names resolve to the right country")
    @CsvSource(delimiter = ';', value = {
        "cities.tsv; Brussels; BE",
        "cities.tsv; Lugano; CH",
        "cities.tsv; Houston; US",
        "cities.tsv; Kyiv; UA",
        "cities.tsv; Washington, D.C.; US",
        "cities.tsv; Geneva; CH",
        "cities.tsv; Frankfurt; DE",
        "cities.tsv; Cologne; DE",
        "regions.tsv; Alaska; US",
        "regions.tsv; Crimea; UA",
        "regions.tsv; Scotland; GB",
        "regions.tsv; Guangdong; CN",
        "regions.tsv; Cagayan; PH",
        "regions.tsv; Uttar Pradesh; IN",
        "regions.tsv; Lagos State; NG",
        "regions.tsv; Tehran Province; IR",
        "regions.tsv; Belgorod Region; RU",
        "regions.tsv; Bavaria; DE",
        "regions.tsv; Suez Canal; EG",
        "countries.tsv; Ukraine; UA",
        "countries.tsv; Soviet Union; SU",
    })
    void knownPlacesArePresent(String file, String name, String country) {
        assertThat(mostProminent(file, name).country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{2} is in the {1} of {0}")
    @DisplayName("editors' abbreviations, spellings and demonyms are surface forms of the right place")
    @CsvSource({
        "country:us, aliases, U.S.",
        "country:us, aliases, USA",
        "country:gb, aliases, Britain",
        "country:ae, aliases, UAE",
        "country:mm, aliases, Burma",
        "country:su, aliases, USSR",
        "region:us-tx, aliases, Tex.",
        "region:us-ca, aliases, Calif.",
        "geonames:3448439, aliases, Sao Paulo",
        "geonames:703448, aliases, Kiev",
        "geonames:2660646, aliases, Genève",
        "country:ua, adjectives, Ukrainian",
        "country:us, adjectives, American",
        "country:gb, adjectives, British",
        "country:nl, adjectives, Dutch",
        "country:su, adjectives, Soviet",
        "region:europe, adjectives, European",
        "region:us-tx, adjectives, Texan",
        "region:cn-gd, aliases, Guangdong province",
        "region:jp-01, aliases, Hokkaidō",
        "region:strait-of-hormuz, aliases, Hormuz Strait",
        "region:mediterranean-sea, aliases, Mediterranean",
    })
    void surfaceFormsArePresent(String id, String column, String form) {
        assertThat(byId(id).list(column.equals("aliases") ? ALIASES : ADJECTIVES)).contains(form);
    }

    @Test
    @DisplayName("a name owned by a former state is not an alias of its successor")
    void formerStatesKeepTheirNames() {
        assertThat(byId("country:cd").list(ALIASES)).doesNotContain("Zaire");
        assertThat(byId("country:zw").list(ALIASES)).doesNotContain("Rhodesia");
    }

    @ParameterizedTest(name = "{0} is {1}, shared by no country")
    @DisplayName("seas, straits and other features news reports from are places of their own")
    @CsvSource({
        "region:south-china-sea, South China Sea",
        "region:strait-of-hormuz, Strait of Hormuz",
        "region:taiwan-strait, Taiwan Strait",
        "region:red-sea, Red Sea",
        "region:korean-peninsula, Korean Peninsula",
    })
    void featuresArePresent(String id, String name) {
        KbRow feature = byId(id);
        assertThat(feature.name()).isEqualTo(name);
        assertThat(feature.country()).isEmpty();
        assertThat(feature.column(LAT)).isNotEmpty();
    }

    @Test
    @DisplayName("a subdivision named like a city, a country or a feature is only listed with its unit word")
    void subdivisionsYieldSharedNames() {
        Set<String> otherForms = entities().filter(row -> !row.column(WEIGHT).equals(GENERATED_SUBDIVISION_WEIGHT))
                .flatMap(row -> row.surfaceForms().stream())
                .collect(Collectors.toSet());
        assertThat(linesByFile.get("regions.tsv"))
                .filteredOn(row -> row.column(WEIGHT).equals(GENERATED_SUBDIVISION_WEIGHT))
                .hasSizeGreaterThan(1500)
                .allSatisfy(row -> assertThat(row.surfaceForms()).as(row.where()).doesNotContainAnyElementsOf(otherForms));
        assertThat(byId("region:ng-la").surfaceForms()).doesNotContain("Lagos");
        assertThat(byId("region:sd-rs").surfaceForms()).doesNotContain("Red Sea");
    }

    @Test
    @DisplayName("a curated region wins over the generated subdivision of the same id")
    void curatedRegionsWin() {
        assertThat(byId("region:de-by").column(WEIGHT)).isNotEqualTo(GENERATED_SUBDIVISION_WEIGHT);
        assertThat(byId("region:cn-bj").name()).isEqualTo("Beijing Municipality");
    }

    @Test
    @DisplayName("NOTICE credits every source of the generated place files under its licence")
    void noticeCreditsTheSources() throws IOException {
        String notice = Files.readString(Path.of("../../NOTICE"));
        assertThat(notice).contains("GeoNames", "CC BY 4.0", "i18n-iso-countries", "countries-list", "iso-3166",
                "cldr-subdivisions-full", "Unicode License v3", "regions.tsv");
        assertThat(header("regions.tsv")).contains("iso-3166", "cldr-subdivisions-full", "Unicode-3.0");
    }

    private static KbRow mostProminent(String file, String name) {
        return linesByFile.get(file).stream()
                .filter(row -> row.name().equals(name))
                .max(Comparator.comparingLong(row -> Long.parseLong(row.column(WEIGHT))))
                .orElseGet(() -> fail("no " + name + " in " + file));
    }

    private static KbRow byId(String id) {
        return entities().filter(row -> row.id().equals(id)).findFirst().orElseGet(() -> fail("no row " + id));
    }

    private static Stream<KbRow> entities() {
        return linesByFile.values().stream().flatMap(List::stream);
    }

    private static String header(String file) {
        return KbRow.lines(file).stream().takeWhile(text -> text.startsWith("#")).collect(Collectors.joining("\n"));
    }
}
