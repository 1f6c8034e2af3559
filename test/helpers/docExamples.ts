/**
 * The worked examples of the docs, read from the markdown itself: fenced blocks, the operation or
 * command as printed, and the answer printed after it. Printed answers are JSON, or JSONC trimmed
 * with `// …` comments; `printedMatches` compares such an answer with a real one, so that a trimmed
 * answer still states exactly what it shows.
 *
 * A `// …` comment stands for what was left out where it stands: in an array, one or more items
 * ("// … 3 more", "// … 12 companies headquartered in China": a leading number is the exact count);
 * in an object, fields (an object with such a comment may leave fields out; one without must have
 * exactly the fields the server returns).
 */
import type { Block } from '../../src/startup/docBlocks.js';

export { blocksOf, graphqlExamples, isOperation, readDoc, type Block, type WorkedExample } from '../../src/startup/docBlocks.js';

/**
 * The file a block is, where its first line names it (`// codegen.ts`, `# src/operations.graphql`,
 * `<!-- index.html -->`): how a copy-paste quickstart says where each block goes.
 */
export function namedFile(block: Block): string | undefined {
  const first = block.text.split('\n', 1)[0] ?? '';
  return /^(?:\/\/|#|<!--)\s*([\w./-]+\.\w+)\s*(?:-->)?\s*$/.exec(first)?.[1];
}

// ---- JSONC with `// …` elisions ------------------------------------------------------------

/** Items left out of an array: exactly `count`, or at least one when the comment gives no number. */
export class Elided {
  constructor(
    readonly count: number | undefined,
    readonly comment: string,
  ) {}
}

/** Objects printed with fields left out. */
const TRIMMED_OBJECTS = new WeakSet<object>();

export type Printed = null | boolean | number | string | Printed[] | Elided | { [key: string]: Printed };

const countOf = (comment: string) => {
  const n = /^…\s+(\d{1,3}) [a-zA-Z]/.exec(comment);
  return n ? Number(n[1]) : undefined;
};

/** Parses JSON or JSONC; a run of `//` comment lines becomes one Elided item (arrays) or trims the object. */
export function parsePrinted(text: string): Printed {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`printed JSON: ${what} at offset ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
  };
  /** Skips blanks; returns the comments met (consecutive comment lines joined). */
  const blank = (): string[] => {
    const comments: string[] = [];
    let joining = false;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\n') {
        i++;
        continue;
      }
      if (/\s/.test(c)) {
        i++;
        continue;
      }
      if (text.startsWith('//', i)) {
        const end = text.indexOf('\n', i);
        const comment = text.slice(i + 2, end === -1 ? text.length : end).trim();
        i = end === -1 ? text.length : end;
        // A comment line that does not start with "…" continues the one before.
        if (joining && !comment.startsWith('…') && comments.length > 0) comments[comments.length - 1] += ` ${comment}`;
        else comments.push(comment);
        joining = true;
        continue;
      }
      break;
    }
    return comments;
  };
  const value = (): Printed => {
    blank();
    const c = text[i];
    if (c === '{') {
      i++;
      const object: { [key: string]: Printed } = {};
      for (;;) {
        if (blank().length > 0) TRIMMED_OBJECTS.add(object);
        if (text[i] === '}') {
          i++;
          return object;
        }
        const key = value();
        if (typeof key !== 'string') fail('expected a key');
        blank();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        object[key as string] = value();
        if (blank().length > 0) TRIMMED_OBJECTS.add(object);
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const array: Printed[] = [];
      for (;;) {
        for (const comment of blank()) array.push(new Elided(countOf(comment), comment));
        if (text[i] === ']') {
          i++;
          return array;
        }
        array.push(value());
        for (const comment of blank()) array.push(new Elided(countOf(comment), comment));
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected "," or "]"');
      }
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)) as string;
      i = j + 1;
      return s;
    }
    const literal = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!literal) return fail('unexpected text');
    i += literal[0].length;
    return JSON.parse(literal[0]) as Printed;
  };
  const result = value();
  blank();
  if (i < text.length) fail('text after the value');
  return result;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

/**
 * Where a printed answer differs from the real one: an empty list when it matches. Printed
 * objects must have the same fields (fewer where trimmed); printed arrays the same items in the
 * same order, with each Elided standing for the items it counts.
 */
export function printedMatches(printed: Printed, actual: unknown, path = '$'): string[] {
  if (printed instanceof Elided) return [`${path}: an elision outside an array`];
  if (Array.isArray(printed)) {
    if (!Array.isArray(actual)) return [`${path}: printed a list, the server answers ${show(actual)}`];
    if (!printed.some((p) => p instanceof Elided)) {
      if (printed.length !== actual.length) return [`${path}: printed ${printed.length} items, the server answers ${actual.length}: ${show(actual)}`];
      return printed.flatMap((p, k) => printedMatches(p, actual[k], `${path}[${k}]`));
    }
    return globMatch(printed, actual, path);
  }
  if (printed !== null && typeof printed === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: printed an object, the server answers ${show(actual)}`];
    const real = actual as Record<string, unknown>;
    const problems: string[] = [];
    for (const [key, value] of Object.entries(printed)) {
      if (!(key in real)) problems.push(`${path}.${key}: printed, but the server answers no such field`);
      else problems.push(...printedMatches(value, real[key], `${path}.${key}`));
    }
    if (!TRIMMED_OBJECTS.has(printed)) {
      for (const key of Object.keys(real)) if (!(key in printed)) problems.push(`${path}.${key}: the server answers ${show(real[key])}, not printed (nor marked "// …")`);
    }
    return problems;
  }
  return Object.is(printed, actual) ? [] : [`${path}: printed ${show(printed)}, the server answers ${show(actual)}`];
}

/** Arrays with elisions: each printed item matches one real item in order; an Elided skips its count (or one or more). */
function globMatch(printed: Printed[], actual: unknown[], path: string): string[] {
  const memo = new Map<string, boolean>();
  const fits = (p: number, a: number): boolean => {
    const key = `${p},${a}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok: boolean;
    if (p === printed.length) ok = a === actual.length;
    else {
      const item = printed[p]!;
      if (item instanceof Elided) {
        if (item.count !== undefined) ok = a + item.count <= actual.length && fits(p + 1, a + item.count);
        else {
          ok = false;
          for (let n = 1; a + n <= actual.length && !ok; n++) ok = fits(p + 1, a + n);
        }
      } else ok = a < actual.length && printedMatches(item, actual[a]).length === 0 && fits(p + 1, a + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  if (fits(0, 0)) return [];
  const shown = printed.map((p) => (p instanceof Elided ? `// ${p.comment}` : show(p))).join('\n    ');
  return [`${path}: the printed list does not match the server's ${actual.length} items.\n  printed:\n    ${shown}\n  server:\n    ${actual.map(show).join('\n    ')}`];
}
