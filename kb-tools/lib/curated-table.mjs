import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Reads a hand-written table from kb-tools/curated/: UTF-8, tab-separated, `#` comment lines and blank lines skipped.
 * Returns one array of trimmed cells per row, each carrying its `source` path and `line` number for error messages;
 * fails with the file and line when a row does not have exactly `columns` cells.
 */
export function readCuratedTable(path, columns) {
  const rows = [];
  readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.split('\t').map((cell) => cell.trim());
    if (cells.length !== columns) {
      throw new CuratedDataError(path, index + 1, `expected ${columns} tab-separated columns, found ${cells.length}`);
    }
    rows.push(Object.assign(cells, { source: path, line: index + 1 }));
  });
  return rows;
}

/** `a|b|c` -> `['a', 'b', 'c']`; an empty cell is an empty list. */
export function splitList(cell) {
  return cell ? cell.split('|').map((item) => item.trim()).filter(Boolean) : [];
}

/** A whole, non-negative number cell (a population); fails with the row's location otherwise. */
export function parseWholeNumber(row, column) {
  const cell = row[column];
  if (!/^\d+$/.test(cell)) throw CuratedDataError.at(row, `'${cell}' is not a whole number`);
  return Number(cell);
}

/** A mistake in a curated file, reported with the place to fix it. */
export class CuratedDataError extends Error {
  constructor(path, line, message) {
    super(`${relative(process.cwd(), path)}:${line}: ${message}`);
    this.name = 'CuratedDataError';
  }

  /** The error for a row returned by readCuratedTable. */
  static at(row, message) {
    return new CuratedDataError(row.source, row.line, message);
  }
}
