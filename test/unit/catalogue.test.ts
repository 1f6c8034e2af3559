/**
 * The warm-up's catalogue of documented operations (src/startup/catalogue.ts) holds every operation
 * a user meets in supplygraph's own material — each found here by reading that material on its
 * own — and each entry is a request the server accepts: it validates against the schema and its
 * variables coerce. An operation added to client/operations, web/src/examples.ts or the docs
 * joins it without an edit to the catalogue; one whose required variables no example shows a
 * value for fails here, naming them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/startup/config.js';
import { loadTypeDefs } from '../../src/http/server.js';
import { documentedOperations } from '../../src/startup/catalogue.js';
import { examples } from '../../web/src/examples.js';
import { EXPLORER_REQUESTS } from '../../web/src/explore/fixedVariables.js';

const catalogue = documentedOperations();
const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const operationNames = (text: string) =>
  parse(text)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value);

describe('the catalogue of documented operations', () => {
  it('holds every typed operation of client/operations, each with a value for every required variable', () => {
    const files = readdirSync(path.join(PROJECT_ROOT, 'client', 'operations')).filter((f) => f.endsWith('.graphql'));
    const names = files.flatMap((f) => operationNames(read(`client/operations/${f}`)));
    expect(names.length).toBeGreaterThan(5);
    const typed = catalogue.filter((o) => o.origin === 'typed operation');
    expect(typed.map((o) => o.name).sort()).toEqual([...names].sort());
    expect(typed.filter((o) => o.unresolved.length > 0).map((o) => `${o.name}: ${o.unresolved.join(', ')}`)).toEqual([]);
  });

  it("holds every typed operation the explorer sends (it sends only typed operations)", () => {
    const dir = path.join(PROJECT_ROOT, 'web', 'src', 'explore');
    const sent = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/\b([A-Z]\w*)Document\b/g)].map((m) => m[1]!));
    expect(sent.length).toBeGreaterThan(3);
    const typed = new Set(catalogue.filter((o) => o.origin === 'typed operation').map((o) => o.name));
    expect([...new Set(sent)].filter((name) => !typed.has(name))).toEqual([]);
  });

  it("holds each request the explorer shapes itself, as it sends it (paths' routes, hops and single target are part of its statement)", () => {
    const sent = catalogue.filter((o) => o.origin === 'explorer request');
    expect(sent.map((o) => o.name)).toEqual(Object.keys(EXPLORER_REQUESTS));
    const paths = sent.find((o) => o.name === 'Paths')!;
    expect(paths.query).toBe(catalogue.find((o) => o.origin === 'typed operation' && o.name === 'Paths')!.query);
    expect(paths.variables).toMatchObject({ k: 3, maxHops: 5, to: { id: expect.stringMatching(/^[a-z]+:/) }, from: expect.stringMatching(/^[a-z]+:/) });
    // The explorer takes them from that one table rather than writing its own.
    const dir = path.join(PROJECT_ROOT, 'web', 'src', 'explore');
    const written = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx'))
      .filter((f) => /\b(maxHops|k):\s*\d/.test(readFileSync(path.join(dir, f), 'utf8')));
    expect(written).toEqual([]);
  });

  it('holds every example of the IDE', () => {
    const listed = catalogue.filter((o) => o.origin === 'IDE example');
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      for (const name of operationNames(example.query)) {
        expect(listed.some((o) => o.query === example.query && o.name === name), `IDE example "${example.title}" (${name})`).toBe(true);
      }
    }
  });

  it('holds every GraphQL operation printed in README.md and docs/', () => {
    const files = ['README.md', ...readdirSync(path.join(PROJECT_ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const printed = files.flatMap((file) =>
      [...read(file).matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].flatMap((m) => {
        try {
          const document = parse(m[1]!);
          return document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION) ? [m[1]!.trimEnd()] : [];
        } catch {
          return [];
        }
      }),
    );
    expect(printed.length).toBeGreaterThan(10);
    const listed = new Set(catalogue.filter((o) => o.origin === 'docs example').map((o) => o.query.trimEnd()));
    expect(printed.filter((text) => !listed.has(text))).toEqual([]);
  });

  it('lists only requests the server accepts: each validates against the schema and its variables coerce', () => {
    const schema = buildSchema(loadTypeDefs());
    const problems = catalogue.flatMap((o) => {
      const document = parse(o.query);
      const errors = validate(schema, document).map((e) => e.message);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === o.name);
      const coerced = operation ? getVariableValues(schema, operation.variableDefinitions ?? [], o.variables) : { errors: [] };
      return [...errors, ...(coerced.errors ?? []).map((e) => e.message)].map((m) => `${o.source} ${o.name ?? ''}: ${m}`);
    });
    expect(problems).toEqual([]);
  });

  it('marks the docs examples whose printed answer is an error, and only those', () => {
    const withError = catalogue.filter((o) => o.answersWithError);
    expect(withError.length).toBeGreaterThan(0);
    expect(withError.every((o) => o.origin === 'docs example')).toBe(true);
  });
});
