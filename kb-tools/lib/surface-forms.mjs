/**
 * Spelling variants of place names as they appear in English wire copy. Pure functions, no I/O.
 */

// Letters that Unicode does not decompose into a base letter plus a combining mark.
const UNDECOMPOSABLE = new Map([
  ['ø', 'o'], ['Ø', 'O'], ['æ', 'ae'], ['Æ', 'Ae'], ['œ', 'oe'], ['Œ', 'Oe'], ['ß', 'ss'],
  ['ł', 'l'], ['Ł', 'L'], ['đ', 'd'], ['Đ', 'D'], ['ð', 'd'], ['Ð', 'D'], ['þ', 'th'], ['Þ', 'Th'], ['ı', 'i'],
]);

// Transliteration marks (Arabic ayn and hamza, Ukrainian soft sign, Hawaiian okina): news copy writes them as an
// apostrophe (Nuku'alofa) or, more often, drops them (Samarra, Kramatorsk).
const TRANSLITERATION_MARKS = /[‘’ʻʼ`]/g;

/**
 * The ASCII spellings of a name: `São Paulo` -> [`Sao Paulo`]; `Sāmarrā’` -> [`Samarra'`, `Samarra`]. Empty when the
 * name has letters without an ASCII form (Cyrillic, CJK).
 */
export function asciiSpellings(form) {
  const folded = [...form.normalize('NFD').replace(/\p{M}/gu, '')].map((ch) => UNDECOMPOSABLE.get(ch) ?? ch).join('');
  const spellings = [folded.replace(TRANSLITERATION_MARKS, "'"), folded.replace(TRANSLITERATION_MARKS, '')];
  return [...new Set(spellings)].filter((spelling) => /^[\x20-\x7e]*$/.test(spelling));
}

/** `Saint Petersburg` <-> `St. Petersburg`: wire style abbreviates, GeoNames and ISO spell out. */
export function saintVariant(form) {
  if (/\bSaint /.test(form)) return form.replace(/\bSaint /g, 'St. ');
  if (/\bSt\. /.test(form)) return form.replace(/\bSt\. /g, 'Saint ');
  return null;
}

/**
 * Every distinct surface form of the given forms and their ASCII and Saint/St. variants, sorted, without `exclude`
 * (the canonical name, which is its own column) and without empty strings.
 */
export function withVariants(forms, exclude = null) {
  const all = new Set();
  for (const form of forms.map((f) => f.trim()).filter(Boolean)) {
    for (const spelling of [form, ...asciiSpellings(form)]) {
      all.add(spelling);
      const saint = saintVariant(spelling);
      if (saint) all.add(saint);
    }
  }
  all.delete(exclude);
  return [...all].sort();
}
