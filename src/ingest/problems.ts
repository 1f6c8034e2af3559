/**
 * One problem type, one error and one report for every way data comes in — the seed, the
 * reference files, `npm run import` (whole or `--bulk`): where (file, line, the field or column)
 * and what, so a user fixes a seed file, a reference CSV and an import file from the same kind of
 * line, as editors link them.
 */
import { printable } from '../printable.js';

export interface DataProblem {
  /** As the user finds it from the project folder, e.g. `seed/data/20-value-chain.yaml`. */
  file: string;
  /** 1-based; absent for the file as a whole. */
  line?: number;
  /** The field (`relationships[3].to`, `changes[0].percent`) or CSV column at fault; absent for the line as a whole. */
  path?: string;
  message: string;
}

/** A problem with a row of the file being imported: the file is the import's own. */
export type RowProblem = Omit<DataProblem, 'file' | 'line' | 'path'> & { line: number; path: string };

/** How many problems a report lists before it only counts the rest. */
export const PROBLEMS_SHOWN = 50;

/** `  file:line  path: message`. Escaped: paths and messages can quote the file's own bytes, and a bad file must not drive the terminal. */
export function formatProblem(p: DataProblem): string {
  const where = `${printable(p.file, 300)}${p.line ? `:${p.line}` : ''}`;
  return `  ${where}  ${p.path ? `${printable(p.path, 200)}: ` : ''}${printable(p.message, 500)}`;
}

/**
 * The first `shown` problems, one per line, then how many more there are (of `total`, when more
 * were found than kept; `rest` adds to that line).
 */
export function formatProblems(problems: readonly DataProblem[], { total = problems.length, shown = PROBLEMS_SHOWN, rest = '' } = {}): string {
  const lines = problems.slice(0, shown).map(formatProblem);
  const more = total - lines.length;
  if (more > 0) lines.push(`  … and ${more.toLocaleString('en-US')} more problem(s) not shown${rest}`);
  return lines.join('\n');
}

/**
 * Data that cannot go in, and nothing was written: every problem found, each where it is; or, for a
 * file or command refused as a whole (a missing file, a flag that does not apply), one message that
 * says what to do.
 */
export class DataError extends Error {
  /** The located problems (none for a refusal of a file or command as a whole). */
  readonly problems: DataProblem[];
  constructor(message: string);
  constructor(problems: DataProblem[], what: string);
  constructor(problemsOrMessage: DataProblem[] | string, what = '') {
    const problems = typeof problemsOrMessage === 'string' ? [] : problemsOrMessage;
    super(typeof problemsOrMessage === 'string' ? problemsOrMessage : `${problems.length} problem(s) in ${what}; nothing was written:\n${formatProblems(problems)}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** Collects problems while files are read; `failIfAny()` throws them as one DataError. */
export class Problems {
  readonly list: DataProblem[] = [];
  constructor(
    /** What is read, for the error (`the reference data`). */
    private readonly what: string,
    /** The file as the user finds it, from the name the reader uses (e.g. relative to the reference folder). */
    private readonly shown: (file: string) => string = (file) => file,
  ) {}

  add(file: string, line: number | undefined, message: string, path?: string): void {
    this.list.push({ file: this.shown(file), ...(line ? { line } : {}), ...(path ? { path } : {}), message });
  }

  failIfAny(): void {
    if (this.list.length > 0) throw new DataError(this.list, this.what);
  }
}
