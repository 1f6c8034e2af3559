/**
 * Untrusted text made safe to show: in an error message, a log line or a terminal. Control
 * characters (terminal escapes included), lone surrogates and invisible direction marks are shown as
 * \u escapes, and long text is cut, so what a user typed or a file held is never echoed raw.
 */
// C0 and C1 controls, DEL, bidi overrides and isolates, zero-width and line/paragraph separators, BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function printable(text: string, maxLength = 120): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when the text holds a control character (tab and newline allowed only where `multiline`). */
export function hasControlCharacters(text: string, multiline = false): boolean {
  // eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
  return (multiline ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/ : /[\u0000-\u001f\u007f-\u009f]/).test(text);
}

/** Like printable, line by line: line breaks stay, every other control character is escaped. */
export function printableLines(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line, Number.POSITIVE_INFINITY))
    .join('\n');
}

/** Where in an input a problem is, as a client writes it: `input.sources[0].url`. */
export function pathText(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}
