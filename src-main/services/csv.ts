import type { Language } from '@shared/i18n';

/**
 * The one CSV writer of every export (the plan, the programme report, the participant list): files that Swedish Excel
 * opens as they are — UTF-8 with a BOM, `;` between fields, every field quoted, CRLF line ends, numbers without
 * grouping and with a decimal comma in Swedish.
 *
 * Names and titles can come from another office through an import, so a text that Excel would take for a formula
 * (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'` (OWASP's advice on
 * CSV injection). Numbers are passed as numbers and stay numbers: `-3` is a negative figure, not a formula.
 */

/** A cell: text (neutralised when it could start a formula), a number (formatted for the language), or empty. */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as Excel must read it: never as the start of a formula. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A number rounded to two decimals, with a decimal comma in Swedish. */
export function csvNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 100) / 100);
  return language === 'sv' ? text.replace('.', ',') : text;
}

function csvField(cell: CsvCell, language: Language): string {
  const text = cell === null ? '' : typeof cell === 'number' ? csvNumber(cell, language) : neutraliseText(cell);
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: a BOM, then each row on its own CRLF-ended line. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, language: Language): string {
  const lines = rows.map((row) => row.map((cell) => csvField(cell, language)).join(';'));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
