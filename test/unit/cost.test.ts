/**
 * A request's worst case (src/http/cost.ts), worked out from the document and its variables without a
 * database: a `first` given as a variable counts as its value, a missing one as its default, and
 * nested lists multiply.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, isInterfaceType, isLeafType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { LIST_BOUNDS, requestCost } from '../../src/http/cost.js';
import { LIMITS } from '../../src/http/limits.js';
import { MAX_SOURCES_PER_ITEM } from '../../src/model/records.js';
import { loadTypeDefs } from '../../src/http/server.js';

const schema = buildSchema(loadTypeDefs());

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return requestCost(schema, document, operation, variables);
}

/** The query of issue #19: three nested relationship fields, each `first: $f`. */
const NESTED = `query($f: Int) { entity(id: "country:CN") { ... on Country { produces(first: $f) { edges { node { ... on Commodity { producers(first: $f) { edges { node { ... on Country { produces(first: $f) { totalCount } } } } } } } } } } } }`;

describe('the worst case of a request', () => {
  it('counts a first given as a variable as its value', () => {
    // 500 commodities, 500 producers each, and one count per producer.
    const found = cost(NESTED, { f: 500 });
    expect(found?.rows).toBe(500 + 500 * 500 + 500 * 500);
    expect(found?.rows).toBeGreaterThan(LIMITS.maxRowsPerRequest);
    expect(found?.heaviest).toMatchObject({ path: ['entity', 'produces'], argument: 'first', value: 500, variable: 'f' });
  });

  it('counts a literal first, a variable default and a field default alike', () => {
    const literal = NESTED.replace('query($f: Int)', 'query').replaceAll('$f', '500');
    expect(cost(literal)?.rows).toBe(500_500);
    expect(cost(literal)?.heaviest).toMatchObject({ path: ['entity', 'produces'], value: 500, variable: undefined });
    expect(cost(NESTED.replace('$f: Int', '$f: Int = 500'))?.rows).toBe(500_500);
    // No value and no default for $f: each field's own default (20).
    expect(cost(NESTED)?.rows).toBe(20 + 20 * 20 + 20 * 20);
    expect(cost(NESTED, { f: null })?.rows).toBe(20 + 20 * 20 + 20 * 20);
  });

  it('names the largest first on the heaviest branch', () => {
    const found = cost(`{ countries(first: 2) { nodes { produces(first: 400) { edges { node { ... on Commodity { producers(first: 300) { edges { node { id } } } } } } } } } }`);
    expect(found?.rows).toBe(2 + 2 * 400 + 2 * 400 * 300);
    expect(found?.heaviest).toMatchObject({ path: ['countries', 'nodes', 'produces'], value: 400 });
  });

  it('takes the worst of the kinds an entity can be', () => {
    const found = cost(`{ entity(id: "x") { ... on Country { produces(first: 100) { totalCount } } ... on Company { makes(first: 300) { edges { node { id } } } } } }`);
    expect(found?.rows).toBe(300);
  });

  it('counts a page once whether it is asked for as edges, nodes or both', () => {
    expect(cost(`{ countries(first: 50) { nodes { id } edges { cursor node { id } } } }`)?.rows).toBe(50);
  });

  it('clamps a first above its field\'s limit: the resolver refuses that before any database work', () => {
    expect(cost(`{ countries(first: 1000000) { nodes { id } } }`)?.rows).toBe(100);
  });

  it('carries sources with their item, and multiplies what is nested below them', () => {
    expect(cost(`{ countries(first: 10) { nodes { sources { id } } } }`)?.rows).toBe(10 + 10);
    expect(cost(`{ countries(first: 10) { nodes { sources { cites(first: 10) { edges { node { id } } } } } } }`)?.rows).toBe(10 + 10 * (1 + MAX_SOURCES_PER_ITEM * 10));
  });

  it('bounds research answers by their arguments', () => {
    expect(cost(`{ dependencies(of: "company:ford", first: 300) { items { entity { id } } byKind { count } } }`)?.rows).toBeGreaterThanOrEqual(300);
    const nested = cost(`{ exposure(to: "country:CN", first: 500) { items { entity { ... on Company { suppliers(first: 100) { edges { node { id } } } } } } } }`);
    expect(nested?.rows).toBe(500 + 500 * 100);
    expect(nested?.heaviest).toMatchObject({ path: ['exposure'], value: 500 });
    // A path's nodes and steps are parts of the answer, not rows of their own.
    expect(cost(`{ dependencies(of: "company:ford", maxTier: 6, first: 500) { items { tier path { nodes { id } steps { relationships { __typename } } } } } }`)?.rows).toBe(500);
    expect(cost(`{ dependencies(of: "company:ford", maxTier: 6, first: 100) { items { path { nodes { ... on Country { produces(first: 20) { totalCount } } } } } } }`)?.rows).toBe(100 + 100 * 7);
  });

  it('leaves variables that do not coerce to execution', () => {
    expect(cost(NESTED, { f: 'many' })).toBeUndefined();
  });

  it('has a bound for every list of objects in the schema', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const item = getNamedType(field.type);
        if (!isListType(getNullableType(field.type)) || isLeafType(item)) continue;
        const sized = field.args.some((a) => a.name === 'first');
        const page = (field.name === 'edges' || field.name === 'nodes') && type.name.endsWith('Connection');
        const citations = item.name === 'Source' && (field.name === 'sources' || field.name === 'citations');
        if (!sized && !page && !citations && !LIST_BOUNDS[`${type.name}.${field.name}`]) unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('lets every operation of the typed client through with its defaults and the explorer\'s largest page', () => {
    const dir = path.join(PROJECT_ROOT, 'client', 'operations');
    const text = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const document = parse(text);
    for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      for (const first of [undefined, 500]) {
        const found = requestCost(schema, document, operation, { id: 'country:CN', text: 'x', ...(first ? { first } : {}) });
        expect(found?.rows ?? 0, `${operation.name?.value} first=${first}`).toBeLessThanOrEqual(LIMITS.maxRowsPerRequest);
      }
    }
  });
});
