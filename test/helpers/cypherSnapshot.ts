/**
 * How the unit tests pin Cypher: each statement rendered as a readable file under test/unit/cypher/
 * (its name, its parameters as `// ` comment lines, then its text), compared with
 * `toMatchFileSnapshot`, so a change to a statement shows in review as a diff of a .cypher file.
 * Shared by test/unit/cypher-snapshots.test.ts and test/unit/query-tree-cypher.test.ts.
 */
import neo4j from 'neo4j-driver';
import type { Statement } from '../../src/cypher/statement.js';

/** The snapshot file of a statement; toMatchFileSnapshot resolves it against the calling test file, so for tests in test/unit. */
export const file = (name: string) => `./cypher/${name}.cypher`;

/** Parameters as JSON, with driver integers shown as int(n) (what the engine receives as an INTEGER). */
function showParams(params: Record<string, unknown>): string {
  const json = JSON.stringify(params, (_key, value: unknown) => (neo4j.isInt(value) ? `__int(${value.toString()})` : value), 2);
  return json.replace(/"__int\((-?\d+)\)"/g, 'int($1)');
}

/** Strips the indentation the statement has in its source file. */
export function dedent(cypher: string): string {
  const lines = cypher.replace(/^\n+/, '').replace(/\s+$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function render(statement: Statement): string {
  const params = showParams(statement.params)
    .split('\n')
    .map((l) => `// ${l}`)
    .join('\n');
  return `// name: ${statement.name}\n// parameters:\n${params}\n\n${dedent(statement.cypher)}\n`;
}

export const renderAll = (statements: Statement[]) => statements.map(render).join('\n// ----\n\n');
