/**
 * The knowledge-base entity file format of enrich/engine/KNOWLEDGE_BASE.md: one entity per line, nine tab-separated
 * columns, `#` comment header. Pure functions: the same entities always give the same bytes.
 */

export const COLUMNS = ['id', 'type', 'name', 'aliases', 'country', 'lat', 'lon', 'adjectives', 'weight'];

const ID = /^(country|region|geonames):[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A LOCATION entity. `aliases` and `adjectives` are lists, `lat`/`lon` numbers or null, `weight` a whole number.
 * Fails on a malformed id, an out-of-range coordinate or a form that would break the file layout.
 */
export function location({ id, name, aliases = [], country = '', lat = null, lon = null, adjectives = [], weight }) {
  if (!ID.test(id)) throw new Error(`malformed id '${id}': expected lowercase kind:slug`);
  if ((lat === null) !== (lon === null)) throw new Error(`${id}: lat and lon must both be given or both be empty`);
  if (lat !== null && !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
    throw new Error(`${id}: coordinates ${lat},${lon} out of range`);
  }
  if (!Number.isSafeInteger(weight) || weight < 0) throw new Error(`${id}: weight '${weight}' is not a whole number`);
  for (const form of [name, ...aliases, ...adjectives]) {
    if (!form || /[\t\n|]/.test(form)) throw new Error(`${id}: surface form '${form}' is empty or contains a separator`);
  }
  return { id, type: 'LOCATION', name, aliases, country, lat, lon, adjectives, weight };
}

/** Parses a curated coordinate cell: empty gives null, anything else must be a decimal number. */
export function parseDegrees(cell, what) {
  if (cell === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(cell)) throw new Error(`${what} '${cell}' is not a decimal number of degrees`);
  return Number(cell);
}

/** The whole file: comment header, column legend, then the entities sorted by id. */
export function formatKbFile(headerLines, entities) {
  const lines = [...headerLines, COLUMNS.join('\t')].map((line) => `# ${line}`.trimEnd());
  for (const entity of [...entities].sort(compareIds)) lines.push(formatLine(entity));
  return `${lines.join('\n')}\n`;
}

function formatLine(entity) {
  return [
    entity.id,
    entity.type,
    entity.name,
    entity.aliases.join('|'),
    entity.country,
    formatDegrees(entity.lat),
    formatDegrees(entity.lon),
    entity.adjectives.join('|'),
    String(entity.weight),
  ].join('\t');
}

// GeoNames stores five decimals (about a metre); more digits would only be floating-point noise.
function formatDegrees(value) {
  return value === null ? '' : String(Number(value.toFixed(5)));
}

// Numeric GeoNames ids sort as numbers so that the order survives ids of different lengths.
function compareIds(a, b) {
  const [kindA, slugA] = a.id.split(':');
  const [kindB, slugB] = b.id.split(':');
  if (kindA !== kindB) return kindA < kindB ? -1 : 1;
  if (/^\d+$/.test(slugA) && /^\d+$/.test(slugB)) return Number(slugA) - Number(slugB);
  return slugA < slugB ? -1 : slugA > slugB ? 1 : 0;
}
