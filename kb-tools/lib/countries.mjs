import { CuratedDataError, parseWholeNumber, splitList } from './curated-table.mjs';
import { coordinatesOf, findCapital } from './geonames.mjs';
import { location } from './kb-file.mjs';
import { withVariants } from './surface-forms.mjs';

/**
 * The GeoNames place of every country's capital (null where GeoNames has none), by alpha-2 code. The capital's name
 * comes from countries-list unless kb-tools/curated/country-names.tsv spells it as GeoNames does.
 */
export function findCapitals(codes, countryFacts, nameRows, placesByCountry) {
  const corrections = rowsByCode(nameRows, codes, { complete: false });
  return new Map(
    codes.map((code) => {
      const capitalName = corrections.get(code)?.[4] || countryFacts[code]?.capital;
      return [code, findCapital(placesByCountry.get(code) ?? [], capitalName)];
    }),
  );
}

/**
 * Current ISO 3166-1 countries as `country:<alpha-2>` entities.
 *
 * Reads: English names per code (i18n-iso-countries), short names and aliases (countries-list), the capital place per
 * code, and the curated country-names, demonyms and populations tables. Guarantees one entity per ISO code, a
 * demonym row and a population for every code (fails otherwise), and aliases free of catalogue forms
 * ("Korea, Republic of"), forms the sources give to several countries ("Congo") and forms of historical states.
 */
export function modernCountries({ isoNames, countryFacts, capitals, nameRows, demonymRows, populationRows, historicalForms }) {
  const codes = Object.keys(isoNames).sort();
  const corrections = rowsByCode(nameRows, codes, { complete: false });
  const demonyms = rowsByCode(demonymRows, codes, { complete: true });
  const populations = rowsByCode(populationRows, codes, { complete: true });
  const sourceForms = new Map(codes.map((code) => [code, namesFromSources(isoNames[code], countryFacts[code])]));
  const shared = formsOfSeveral(sourceForms);

  return codes.map((code) => {
    const [, curatedName = '', extraAliases = '', rejected = ''] = corrections.get(code) ?? [];
    const name = curatedName || countryFacts[code]?.name || sourceForms.get(code)[0];
    const rejectedForms = new Set(splitList(rejected));
    const kept = sourceForms
      .get(code)
      .filter((form) => !shared.has(form) && !rejectedForms.has(form) && !historicalForms.has(form));
    const capital = capitals.get(code);
    return location({
      id: `country:${code.toLowerCase()}`,
      name,
      aliases: withVariants([name, ...kept, ...splitList(extraAliases)], name),
      country: code,
      ...(capital ? coordinatesOf(capital) : {}),
      adjectives: withVariants(splitList(demonyms.get(code)[1])),
      weight: parseWholeNumber(populations.get(code), 1),
    });
  });
}

// Catalogue forms name a country in a list, never in a sentence.
function namesFromSources(isoNames, facts) {
  const forms = [...[isoNames].flat(), facts?.name, ...(facts?.alias ?? [])];
  return [...new Set(forms.filter((form) => form && !/[,()]/.test(form)))];
}

function formsOfSeveral(formsByCode) {
  const owners = new Map();
  for (const [code, forms] of formsByCode) {
    for (const form of forms) owners.set(form, (owners.get(form) ?? new Set()).add(code));
  }
  return new Set([...owners].filter(([, codes]) => codes.size > 1).map(([form]) => form));
}

function rowsByCode(rows, codes, { complete }) {
  const known = new Set(codes);
  const byCode = new Map();
  for (const row of rows) {
    if (!known.has(row[0])) throw CuratedDataError.at(row, `'${row[0]}' is not an ISO 3166-1 alpha-2 code`);
    if (byCode.has(row[0])) throw CuratedDataError.at(row, `${row[0]} appears twice`);
    byCode.set(row[0], row);
  }
  const missing = complete ? codes.filter((code) => !byCode.has(code)) : [];
  if (missing.length > 0) {
    throw new CuratedDataError(rows[0]?.source ?? 'curated table', 0, `no row for ${missing.join(', ')}`);
  }
  return byCode;
}
