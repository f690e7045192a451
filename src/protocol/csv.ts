/**
 * A cell of the CSV files Accord writes (a class's export on the server, a game's results in the
 * browser), for the spreadsheet an instructor opens them in: RFC 4180 quoting, and never a formula.
 * A trainee's name, a reflection or a worksheet answer is typed by anyone with the join code; one that
 * starts like a formula ("=HYPERLINK(…)", "-1+cmd|…", "@SUM(…)") is run by Excel or LibreOffice when
 * the file opens (OWASP's CSV injection). Such a text gets a leading apostrophe, which spreadsheets
 * read as "this is text" and do not show; a plain number ("-12", "+3.5") stays a number.
 */

import type { DealWord } from '../engine/index.ts';

/** The CSV column, in both exports, of each party's tour-de-table word on the deal (English, like the columns). */
export const DEAL_WORD_COLUMN = 'tour de table on the deal';
export const DEAL_WORD_CSV: Record<DealWord, string> = {
  named: 'could live with it',
  'left-out': 'left it out',
  silent: 'no word',
};

/** Characters a spreadsheet reads a formula after, at the start of a cell (tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function csvCell(v: string | number): string {
  const s = String(v);
  const safe = FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line of cells, comma-separated. */
export const csvLine = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(',');

/**
 * A whole file: a byte-order mark, then one line per row, each ended by CRLF (RFC 4180). Without the
 * mark, Excel reads a CSV file in the computer's legacy encoding, and a French class's names and
 * answers ("Hélène", "Zoé", "intérêt") open as "HÃ©lÃ¨ne"; LibreOffice and Google Sheets take it too.
 */
export const csvText = (rows: readonly (readonly (string | number)[])[]): string =>
  `\uFEFF${rows.map((r) => csvLine(r) + '\r\n').join('')}`;
