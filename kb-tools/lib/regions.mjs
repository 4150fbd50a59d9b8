import { CuratedDataError, parseWholeNumber, splitList } from './curated-table.mjs';
import { coordinatesOf, distanceKm } from './geonames.mjs';
import { location, parseDegrees } from './kb-file.mjs';
import { withVariants } from './surface-forms.mjs';

// A centroid this far from every GeoNames place of its country is a typo (a swapped sign, lat and lon exchanged).
const MAX_KM_FROM_NEAREST_PLACE = 800;

/**
 * Sub-national areas from kb-tools/curated/regions.tsv. Fails on an unknown country code, malformed coordinates or
 * coordinates implausibly far from every GeoNames place of the region's country.
 */
export function regions(rows, knownCountries, placesByCountry) {
  return rows.map((row) => {
    const [id, name, aliases, country, latCell, lonCell, adjectives] = row;
    if (country && !knownCountries.has(country)) throw CuratedDataError.at(row, `unknown country code '${country}'`);
    try {
      const point = { lat: parseDegrees(latCell, 'lat'), lon: parseDegrees(lonCell, 'lon') };
      if (country && point.lat !== null) checkWithinCountry(point, placesByCountry.get(country) ?? []);
      return location({
        id,
        name,
        aliases: withVariants([name, ...splitList(aliases)], name),
        country,
        ...point,
        adjectives: withVariants(splitList(adjectives)),
        weight: parseWholeNumber(row, 7),
      });
    } catch (error) {
      throw error instanceof CuratedDataError ? error : CuratedDataError.at(row, error.message);
    }
  });
}

function checkWithinCountry(point, places) {
  const nearest = Math.min(...places.map((place) => distanceKm(point, coordinatesOf(place))));
  if (!(nearest <= MAX_KM_FROM_NEAREST_PLACE)) {
    throw new Error(`${point.lat},${point.lon} is ${Math.round(nearest)} km from the nearest place of the country`);
  }
}
