import { CuratedDataError, splitList } from './curated-table.mjs';
import { location } from './kb-file.mjs';
import { withVariants } from './surface-forms.mjs';

/**
 * Areas larger than a country (Europe, Middle East, Balkans) from kb-tools/curated/supranational-regions.tsv.
 * Members are either a countries-list continent (`continent:EU`) or listed alpha-2 codes; the weight is the sum of the
 * members' weights, so a region always outranks each of its members. No country, no coordinates.
 */
export function supranationalRegions(rows, countries, countryFacts) {
  const weightOf = new Map(countries.map((country) => [country.country, country.weight]));
  return rows.map((row) => {
    const [id, name, aliases, adjectives, members] = row;
    const codes = memberCodes(row, members, weightOf, countryFacts);
    return location({
      id,
      name,
      aliases: withVariants([name, ...splitList(aliases)], name),
      adjectives: withVariants(splitList(adjectives)),
      weight: codes.reduce((sum, code) => sum + weightOf.get(code), 0),
    });
  });
}

function memberCodes(row, members, weightOf, countryFacts) {
  const continent = /^continent:([A-Z]{2})$/.exec(members)?.[1];
  const codes = continent
    ? [...weightOf.keys()].filter((code) => countryFacts[code]?.continent === continent)
    : splitList(members);
  const unknown = codes.filter((code) => !weightOf.has(code));
  if (codes.length === 0 || unknown.length > 0) {
    throw CuratedDataError.at(row, `members '${members}' must be a continent or known alpha-2 codes`);
  }
  return codes;
}
