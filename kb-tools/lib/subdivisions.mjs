import { CuratedDataError, splitList } from './curated-table.mjs';
import { location } from './kb-file.mjs';
import { asciiSpellings, withVariants } from './surface-forms.mjs';

/**
 * The weight of a generated subdivision: the sources give no population, and a subdivision must never outweigh the
 * curated regions, features and countries it could share a form with. Below every selected city except the tiniest
 * capitals.
 */
export const SUBDIVISION_WEIGHT = 1000;

// A name that already ends in one of these ("Altai Krai", "Madrid Autonomous Community") takes no unit word after it.
const ADMINISTRATIVE_WORDS = new Set([
  'autonomous community', 'canton', 'community', 'county', 'department', 'district', 'division', 'emirate',
  'governorate', 'krai', 'municipality', 'oblast', 'okrug', 'prefecture', 'province', 'region', 'republic', 'state',
  'territory', 'voivodeship', 'wilaya',
]);

// Macrons and dots or lines below are romanisation marks (Ōsaka, Chhattīsgarh, Khorāsān-e Raẕavī) that English news
// does not write, unlike the accents of names in Latin-script languages (São Paulo, Yucatán).
const ROMANISATION_MARKS = /[\u0304\u0323\u0331]/u;

/**
 * ISO 3166-2 subdivisions as `region:<code>` entities (`region:cn-gd` Guangdong), for the countries listed in
 * kb-tools/curated/subdivision-units.tsv at the level given there (first-level units; the Philippines' provinces,
 * which news names far more than its regions).
 *
 * Reads: the ISO 3166-2 list (code, parent) of npm iso-3166, the English names of CLDR (cldr-subdivisions-full), the
 * unit rows (country, level, |-separated unit words such as `province` or `oblast|region`), and the surface forms
 * other entities already own. Skips ids in `curatedIds` (curation is authoritative) and codes without a CLDR English
 * name or with a catalogue-style one (`Guyane (française)`).
 *
 * Guarantees no bare name that would be mistaken for something else: when the English name is a form owned by a
 * country, city, curated region or feature ("Lagos", "Red Sea") or a single common English word ("Delta"), the name
 * becomes the qualified form editors write ("Lagos State") and the bare name is left out. Every row also carries its
 * qualified forms (`Guangdong province`, `Guangdong Province`) so that the mention spans the unit word.
 */
export function subdivisions({ iso31662, englishNames, unitRows, knownCountries, curatedIds, takenForms, commonWords }) {
  const entities = [];
  for (const row of unitRows) {
    const [country, levelCell, unitCell] = row;
    if (!knownCountries.has(country)) throw CuratedDataError.at(row, `unknown country code '${country}'`);
    if (levelCell !== '1' && levelCell !== '2') throw CuratedDataError.at(row, `level '${levelCell}' is not 1 or 2`);
    const units = splitList(unitCell);
    if (units.length === 0 || units.some((unit) => unit !== unit.toLowerCase())) {
      throw CuratedDataError.at(row, `units '${unitCell}' must be one or more lower-case words`);
    }
    for (const entry of entriesAtLevel(iso31662, country, Number(levelCell))) {
      const id = `region:${entry.code.toLowerCase()}`;
      const englishName = englishNames[entry.code.toLowerCase().replace('-', '')];
      if (curatedIds.has(id) || !englishName || /[,()]/.test(englishName)) continue;
      entities.push(subdivision(id, englishName, country, units, takenForms, commonWords));
    }
  }
  return entities;
}

function entriesAtLevel(iso31662, country, level) {
  const firstLevel = iso31662.filter((entry) => entry.parent === country);
  if (level === 1) return firstLevel;
  const parents = new Set(firstLevel.map((entry) => entry.code));
  return iso31662.filter((entry) => parents.has(entry.parent));
}

function subdivision(id, cldrName, country, units, takenForms, commonWords) {
  const englishName = ROMANISATION_MARKS.test(cldrName.normalize('NFD')) ? asciiSpellings(cldrName)[0] ?? cldrName : cldrName;
  const alreadyQualified = [...ADMINISTRATIVE_WORDS].some((word) => englishName.toLowerCase().endsWith(` ${word}`));
  const qualified = alreadyQualified
    ? []
    : units.flatMap((unit) => [`${englishName} ${capitalised(unit)}`, `${englishName} ${unit}`]);
  const bareIsSafe = qualified.length === 0 || !isMistakable(englishName, takenForms, commonWords);
  const name = bareIsSafe ? englishName : qualified[0];
  return location({
    id,
    name,
    aliases: withVariants(bareIsSafe ? [cldrName, ...qualified] : qualified.slice(1), name),
    country,
    weight: SUBDIVISION_WEIGHT,
  });
}

function isMistakable(name, takenForms, commonWords) {
  return [name, ...asciiSpellings(name)].some((form) => takenForms.has(form)) || commonWords.has(name.toLowerCase());
}

function capitalised(word) {
  return word[0].toUpperCase() + word.slice(1);
}

/** Every name and alias of the given entities: the forms a generated subdivision must not take bare. */
export function surfaceForms(entities) {
  return new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases]));
}
