/**
 * The fenced blocks of the docs' markdown, as the docs print them: the warm-up catalogue takes the
 * GraphQL operations from them (catalogue.ts), and the docs tests compare each with the answer
 * printed after it (test/helpers/docExamples.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { PROJECT_ROOT } from './config.js';

export interface Block {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  text: string;
  /** The markdown between the previous block (or heading) and this one. */
  before: string;
  /** The `<!-- example: NAME -->` marker just before the block, if any. */
  name: string | undefined;
  heading: string;
}

/** README.md and every file in docs/ (a new one is included by being there), project-relative. */
export function docFiles(): string[] {
  const docs = readdirSync(path.join(PROJECT_ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

export function readDoc(file: string): string {
  return readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
}

/** Every fenced block of a markdown file, in order. */
export function blocksOf(file: string): Block[] {
  const lines = readDoc(file).split('\n');
  const blocks: Block[] = [];
  let heading = '';
  let before: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(\s*)```(\S*)\s*$/.exec(line);
    if (!fence) {
      if (/^#{1,6} /.test(line)) {
        heading = line.replace(/^#+ /, '');
        before = [];
      } else before.push(line);
      continue;
    }
    const indent = fence[1]!.length;
    const body: string[] = [];
    const start = i;
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!.slice(indent));
    const between = before.join('\n');
    const marker = /<!-- example: ([\w.-]+) -->\s*$/.exec(between.trimEnd());
    blocks.push({ file, line: start + 1, lang: fence[2]!, text: body.join('\n'), before: between, name: marker?.[1], heading });
    before = [];
  }
  return blocks;
}

/** True for a block holding GraphQL operations (not SDL, not a fragment of a type). */
export function isOperation(text: string): boolean {
  try {
    const document = parse(text);
    return document.definitions.length > 0 && document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return false;
  }
}

export interface WorkedExample {
  operation: Block;
  /** The answer printed right after the operation (only blank lines between them). */
  answer: Block | undefined;
}

/** Each GraphQL operation of a file with the JSON answer printed right after it. */
export function graphqlExamples(file: string): WorkedExample[] {
  const blocks = blocksOf(file);
  const examples: WorkedExample[] = [];
  blocks.forEach((block, i) => {
    if (block.lang !== 'graphql' || !isOperation(block.text)) return;
    const next = blocks[i + 1];
    const answer = next && (next.lang === 'json' || next.lang === 'jsonc') && next.before.trim() === '' ? next : undefined;
    examples.push({ operation: block, answer });
  });
  return examples;
}
