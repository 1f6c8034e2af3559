/**
 * Which folder may import which: the model (src/model) is the vocabulary everything else uses and
 * imports nothing of theirs; the database layer (src/db) imports neither the ways in for data
 * (src/ingest) nor the API modules, so src/ingest → src/db is one way and never a cycle; the Cypher
 * pieces (src/cypher) are shared by everything that prints a statement and import no module. And
 * resolvers never print Cypher: a file that defines resolvers holds no statement text and uses
 * none of the Cypher printers, so every statement lives in a `*.queries.ts` (or the query tree);
 * nor do loaders: the entities they batch are read by the query tree's printer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';

/** Every TypeScript file under `dir` (relative to the project root). */
function sources(dir: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** The project files a file imports (relative specifiers only), as paths from the project root. */
function importsOf(file: string, text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8')): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => path.normalize(path.join(path.dirname(file), s)));
}

const FORBIDDEN: Record<string, string[]> = {
  'src/db': ['src/ingest', 'src/modules', 'src/cli'],
  'src/model': ['src/db', 'src/ingest', 'src/modules', 'src/cli'],
  'src/cypher': ['src/ingest', 'src/modules', 'src/cli'],
  // The ways in for data write through src/db; they never go through the API's modules.
  'src/ingest': ['src/modules', 'src/http', 'src/cli'],
};

/** The Cypher printers: what a file needs to build a statement's text. */
const CYPHER_PRINTERS = ['src/cypher/params.js', 'src/cypher/pattern.js', 'src/cypher/entity.js', 'src/cypher/validity.js', 'src/cypher/relationshipTypes.js'];

describe('layers', () => {
  it('finds imports of every form', () => {
    const text = `import a from '../ingest/seed/load.js';\nimport { b } from './x.js';\nimport type { C } from "../model/kinds.js";\nconst d = await import('../ingest/import/write.js');\nimport '../side.js';`;
    expect(importsOf('src/db/upsert.ts', text)).toEqual(['src/ingest/seed/load.js', 'src/db/x.js', 'src/model/kinds.js', 'src/ingest/import/write.js', 'src/side.js']);
  });

  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`${layer} imports nothing from ${forbidden.join(', ')}`, () => {
      const bad = sources(layer).flatMap((file) =>
        importsOf(file)
          .filter((target) => forbidden.some((f) => target === f || target.startsWith(`${f}/`)))
          .map((target) => `${file} → ${target}`),
      );
      expect(bad).toEqual([]);
    });
  }

  it('resolvers print no Cypher: no statement text, no Cypher printer', () => {
    // A file that types resolvers (Resolvers, QueryResolvers, …) from the generated types.
    const definesResolvers = (text: string) => /import type \{[^}]*\bResolvers\b|import type \{[^}]*\w+Resolvers\b[^}]*\} from '[./]+generated\/resolvers\.js'/.test(text);
    const resolverFiles = sources('src').filter((file) => !file.startsWith('src/generated') && definesResolvers(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')));
    expect(resolverFiles.length).toBeGreaterThan(5);
    const bad = resolverFiles.flatMap((file) => {
      const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      return [
        ...(/\/\* cypher \*\/|\bMATCH \(|\bUNWIND \$/.test(text) ? [`${file}: Cypher text`] : []),
        ...importsOf(file, text).filter((target) => CYPHER_PRINTERS.includes(target)).map((target) => `${file} → ${target}`),
      ];
    });
    expect(bad).toEqual([]);
  });

  it('loaders print no Cypher: the entities they read are printed by the query tree', () => {
    const loaderFiles = sources('src').filter((file) => /\.loaders?\.ts$/.test(file));
    expect(loaderFiles.length).toBeGreaterThan(1);
    const bad = loaderFiles.flatMap((file) => {
      const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      return [
        ...(/\/\* cypher \*\/|\bMATCH \(|\bUNWIND \$/.test(text) ? [`${file}: Cypher text`] : []),
        ...importsOf(file, text)
          .filter((target) => CYPHER_PRINTERS.includes(target) || target.endsWith('.queries.js'))
          .map((target) => `${file} → ${target}`),
      ];
    });
    expect(bad).toEqual([]);
    // What the entity loaders run: the tree's printer, and no statement of their own.
    const repository = readFileSync(path.join(PROJECT_ROOT, 'src/modules/entity/entity.repository.ts'), 'utf8');
    expect(repository).toMatch(/findByIds[\s\S]*?this\.findTrees\(/);
  });
});
