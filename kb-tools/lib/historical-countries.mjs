import { CuratedDataError, parseWholeNumber, splitList } from './curated-table.mjs';
import { coordinatesOf, findCapital } from './geonames.mjs';
import { location } from './kb-file.mjs';
import { withVariants } from './surface-forms.mjs';

/**
 * Former states (Soviet Union, Yugoslavia, ...) from kb-tools/curated/historical-countries.tsv, located at their
 * capital's GeoNames coordinates and weighted by their population in their last year. Fails when a capital is not a
 * GeoNames place of the given current country.
 */
export function historicalCountries(rows, placesByCountry) {
  return rows.map((row) => {
    const [id, formerCode, name, aliases, capitalCell, adjectives] = row;
    const [capitalName, capitalCountry] = capitalCell.split('@');
    const capital = findCapital(placesByCountry.get(capitalCountry) ?? [], capitalName);
    if (!capital || capital.name !== capitalName) {
      throw CuratedDataError.at(row, `capital '${capitalCell}' is not a GeoNames place name@country`);
    }
    return location({
      id,
      name,
      aliases: withVariants([name, ...splitList(aliases)], name),
      country: formerCode,
      ...coordinatesOf(capital),
      adjectives: withVariants(splitList(adjectives)),
      weight: parseWholeNumber(row, 6),
    });
  });
}

/** Every name and alias of the historical states: current countries must not claim them (Zaire is not Congo). */
export function historicalForms(rows) {
  return new Set(rows.flatMap(([, , name, aliases]) => withVariants([name, ...splitList(aliases)])));
}
