/**
 * Tables as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), for the
 * "Download CSV" buttons of every chart and table. A text cell that a spreadsheet would run as a
 * formula (=, +, -, @ at its start) is prefixed with an apostrophe: names and notes come from
 * sources, and a downloaded file must not compute anything when opened.
 */
export type Cell = string | number | boolean | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A file name from a title: lower case, words joined by dashes, `.csv`. */
export function csvFileName(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'supplygraph'}.csv`;
}
