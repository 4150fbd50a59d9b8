import { CuratedDataError, splitList } from './curated-table.mjs';
import { coordinatesOf } from './geonames.mjs';
import { location } from './kb-file.mjs';
import { withVariants } from './surface-forms.mjs';

/** Below these populations a town is rarely the place a news story means when it shares a name with a bigger one. */
export const MIN_POPULATION = 50_000;
export const MIN_POPULATION_US = 20_000;

/**
 * GeoNames populated places as `geonames:<id>` entities: every place of at least MIN_POPULATION, every US place of at
 * least MIN_POPULATION_US, and every national capital whatever its size. The name is the GeoNames name, or the English
 * name kb-tools/curated/city-aliases.tsv gives (Geneva for Genève); aliases are the GeoNames name, the curated aliases
 * (Kiev, Bombay) and their ASCII and Saint/St. spellings; weight is the GeoNames population.
 * Fails when a curated alias row names a place that is not selected or whose GeoNames name differs.
 */
export function cities(places, capitalIds, aliasRows) {
  const selected = places.filter(
    (place) =>
      place.population >= MIN_POPULATION ||
      (place.country === 'US' && place.population >= MIN_POPULATION_US) ||
      capitalIds.has(place.cityId),
  );
  const curatedById = curatedNames(aliasRows, new Map(selected.map((place) => [place.cityId, place])));
  return selected.map((place) => {
    const { englishName, aliases } = curatedById.get(place.cityId) ?? { englishName: '', aliases: [] };
    const name = englishName || place.name;
    return location({
      id: `geonames:${place.cityId}`,
      name,
      aliases: withVariants([place.name, ...aliases], name),
      country: place.country,
      ...coordinatesOf(place),
      weight: place.population,
    });
  });
}

function curatedNames(rows, selectedById) {
  const byId = new Map();
  for (const row of rows) {
    const [id, geonamesName, aliases, englishName] = row;
    const place = selectedById.get(Number(id));
    if (!place || place.name !== geonamesName) {
      throw CuratedDataError.at(row, `GeoNames ${id} is not the selected place '${geonamesName}'`);
    }
    byId.set(place.cityId, { englishName, aliases: splitList(aliases) });
  }
  return byId;
}
