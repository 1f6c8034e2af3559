/**
 * The walking rules of dependencies and exposure live in one table (src/model/walks.ts); the
 * queries are built from it and docs/API.md prints it. These tests keep the docs equal to the
 * table and the table to the rules it states.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_TYPES } from '../../src/model/relationships.js';
import { walkTableMarkdown, WALKS, type WalkName } from '../../src/model/walks.js';
import { reachQuery } from '../../src/modules/research/research.queries.js';

const API_DOC = readFileSync(new URL('../../docs/API.md', import.meta.url), 'utf8');

/** The table between `<!-- walk: NAME -->` and `<!-- /walk -->` in docs/API.md. */
function documentedTable(walk: WalkName): string | undefined {
  const match = new RegExp(`<!-- walk: ${walk} -->\\n([\\s\\S]*?)\\n<!-- /walk -->`).exec(API_DOC);
  return match?.[1]?.trim();
}

describe('walk semantics table', () => {
  for (const walk of Object.keys(WALKS) as WalkName[]) {
    it(`docs/API.md prints the ${walk} table exactly (paste walkTableMarkdown('${walk}') between its markers)`, () => {
      expect(documentedTable(walk)).toBe(walkTableMarkdown(walk));
    });
  }

  it('walks each type at most once per walk and direction; only group expansions (from the start only) add a second direction', () => {
    for (const rules of Object.values(WALKS)) {
      const steps = rules.map((r) => `${r.type} ${r.direction}`);
      expect(new Set(steps).size).toBe(steps.length);
      const chain = rules.filter((r) => !r.onlyFromStart).map((r) => r.type);
      expect(new Set(chain).size).toBe(chain.length);
      for (const r of rules) expect(Object.keys(RELATIONSHIP_TYPES)).toContain(r.type);
      for (const r of rules) expect(r.onlyFromStart && r.notFromStart, r.type).toBeFalsy();
    }
  });

  it('expands a starting group into its members in both walks, and a country into what is based there for dependencies', () => {
    for (const walk of Object.keys(WALKS) as WalkName[]) {
      expect(WALKS[walk].find((r) => r.type === 'PART_OF'), walk).toMatchObject({ direction: 'IN', onlyFromStart: true });
      // PART_OF is never walked from anything but the start's group: region:world reached as a producer must not stand for every country.
      expect(WALKS[walk].filter((r) => r.type === 'PART_OF' && !r.onlyFromStart), walk).toEqual([]);
    }
    expect(WALKS.dependencies.find((r) => r.type === 'HEADQUARTERED_IN' && r.direction === 'IN')).toMatchObject({ onlyFromStart: true });
  });

  it('never walks MAKES from a company to what it makes AND from a commodity to its makers in one walk (that reaches competitors)', () => {
    for (const rules of Object.values(WALKS)) expect(rules.filter((r) => r.type === 'MAKES').length).toBeLessThanOrEqual(1);
    expect(WALKS.dependencies.find((r) => r.type === 'MAKES')?.direction).toBe('IN');
    expect(WALKS.exposure.find((r) => r.type === 'MAKES')?.direction).toBe('OUT');
  });

  it('mirrors the value chain: what dependencies walks against its direction, exposure walks along it', () => {
    const up = new Map(WALKS.dependencies.filter((r) => !r.onlyFromStart).map((r) => [r.type, r.direction]));
    for (const r of WALKS.exposure.filter((rule) => !rule.onlyFromStart)) {
      if (up.has(r.type)) expect(up.get(r.type), r.type).toBe(r.direction === 'OUT' ? 'IN' : 'OUT');
    }
  });

  it('builds the reach query from the table: one level per hop asked for (the cap by default), each direction with its own types', () => {
    const cypher = reachQuery('dependencies', { withRoutes: true });
    expect(cypher.match(/\/\/ level \d/g)).toEqual(['// level 1', '// level 2', '// level 3', '// level 4', '// level 5', '// level 6']);
    expect(cypher).toContain('6 <= $maxHops');
    // A request's depth is its text's number of levels: fewer levels plan faster.
    expect(reachQuery('exposure', { withRoutes: false, depth: 2 }).match(/\/\/ level \d/g)).toEqual(['// level 1', '// level 2']);
    // Level 1 does not take HEADQUARTERED_IN (a company's own headquarters); later levels do.
    const [level1, level2] = cypher.split('// level 2');
    expect(level1).toContain('[(m)-[r:USES|IMPORTS|IMPORTS_FROM]->(n) WHERE');
    expect(level2).toContain('[(m)-[r:USES|IMPORTS|IMPORTS_FROM|HEADQUARTERED_IN]->(n) WHERE');
    expect(level1).toContain('[(m)<-[r:INPUT_TO|PRODUCES|MAKES|SUPPLIES]-(n) WHERE');
    for (const withRoutes of [true, false]) {
      const exposure = reachQuery('exposure', { withRoutes });
      expect(exposure).toContain('[(m)-[r:PRODUCES|MAKES|INPUT_TO|SUPPLIES|TARGETS|AFFECTS]->(n) WHERE');
      expect(exposure).toContain('[(m)<-[r:USES|HEADQUARTERED_IN]-(n) WHERE');
      // Importers are listed but not walked on from: they leave the next frontier.
      expect(exposure).toContain('[x IN [(m)<-[r:IMPORTS|IMPORTS_FROM]-(n) WHERE');
      // Group members only from the start's group.
      expect(exposure).toContain('CASE WHEN m IN group THEN [(m)<-[r:PART_OF]-(n) WHERE');
      expect(reachQuery('dependencies', { withRoutes })).toContain('CASE WHEN m IN group THEN [(m)<-[r:HEADQUARTERED_IN|PART_OF]-(n) WHERE');
    }
    // Without routes: no route carried, no step relationships read.
    const entities = reachQuery('exposure', { withRoutes: false });
    expect(entities).not.toContain('frontier[i]');
    expect(entities).not.toContain('steps');
  });
});
