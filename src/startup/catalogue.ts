/**
 * The documented operations: every operation a user meets in supplygraph's own material, read
 * from where it is written so that one added there joins the catalogue without an edit here.
 *
 *   typed operations   client/operations/*.graphql (what the explorer and typed clients send)
 *   explorer requests  a typed operation again as the explorer sends it
 *                      (web/src/explore/fixedVariables.ts), where that changes the statement's text
 *   IDE examples       web/src/examples.ts (the tabs of /graphiql)
 *   docs examples      the GraphQL blocks of README.md and docs/*.md
 *
 * `npm start` runs each once before it reports Ready (warmUp.ts), so the engine has planned every
 * statement they lead to. The explorer sends only typed operations, so they cover it.
 *
 * A typed operation declares variables; the catalogue gives each required one a value the IDE or
 * the docs use for the same argument (`Query.entity(id:)` → "country:CN"), found by walking their
 * documents with the schema. Optional variables are left to their defaults: what a statement's
 * text depends on is the document, not values such as `first` or an id (they are parameters) —
 * except the number of routes and hops of `paths` and the kind of its target, which are part of
 * its text; the explorer's requests are planned as it sends them, between two ids the examples use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  Kind,
  parse,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { PROJECT_ROOT } from './config.js';
import { examples as ideExamples } from '../../web/src/examples.js';
import { EXPLORER_REQUESTS } from '../../web/src/explore/fixedVariables.js';
import { docFiles, graphqlExamples } from './docBlocks.js';

export type OperationOrigin = 'typed operation' | 'explorer request' | 'IDE example' | 'docs example';

export interface DocumentedOperation {
  origin: OperationOrigin;
  /** Where it is written: `client/operations/paths.graphql`, `web/src/examples.ts "Search"`, `docs/API.md:120`. */
  source: string;
  /** The operation's name, when it has one. */
  name: string | undefined;
  /** The document to send: the operation and the fragments it uses. */
  query: string;
  variables: Record<string, unknown>;
  /** A query (run by the warm-up) or a mutation (only listed: the warm-up writes nothing). */
  type: 'query' | 'mutation' | 'subscription';
  /** Required variables no IDE or docs example gives a value for (the catalogue test fails on them). */
  unresolved: string[];
  /** The docs print an error as its answer (the examples of refusals). */
  answersWithError: boolean;
  /**
   * The variable holding the id of a root `entity` / `node`: the statement depends on the kind
   * that id names (entity.resolvers.ts), so the warm-up runs the operation once per kind.
   */
  kindVariable?: string;
}

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'client', 'operations');
const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

function loadSchema(): GraphQLSchema {
  const sdl = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
  return buildSchema(sdl);
}

const operationsOf = (document: DocumentNode) => document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The operation and the fragments it uses (transitively), printed from the source text. */
function documentFor(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, text: (d: DefinitionNode) => string): string {
  const needed = new Set<string>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (needed.has(name) || !fragment) return;
        needed.add(name);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...[...needed].map((name) => fragments.get(name)!)].map(text).join('\n\n');
}

/** Argument values the IDE and docs examples pass, by coordinate (`Query.paths.to`), first found first. */
function argumentValues(schema: GraphQLSchema, documents: { document: DocumentNode; variables: Record<string, unknown> }[]): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const { document, variables } of documents) {
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const argument = typeInfo.getArgument();
          if (!parent || !field || !argument) return;
          const coordinate = `${parent.name}.${field.name}.${argument.name}`;
          if (found.has(coordinate)) return;
          const value = valueFromAST(node.value, argument.type, variables);
          if (value !== undefined && value !== null) found.set(coordinate, value);
        },
      }),
    );
  }
  return found;
}

/** Where each variable of an operation is passed as a whole argument: variable → coordinate. */
function variableCoordinates(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Map<string, string> {
  const coordinates = new Map<string, string>();
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (node.value.kind !== Kind.VARIABLE || !parent || !field) return;
        if (!coordinates.has(node.value.name.value)) coordinates.set(node.value.name.value, `${parent.name}.${field.name}.${node.name.value}`);
      },
    }),
  );
  return coordinates;
}

function parseVariables(json: string | undefined, where: string): Record<string, unknown> {
  if (!json) return {};
  const value: unknown = JSON.parse(json);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${where}: variables must be a JSON object`);
  return value as Record<string, unknown>;
}

/** Every documented operation, in the order: typed operations, explorer requests, IDE examples, docs examples. */
export function documentedOperations(): DocumentedOperation[] {
  const schema = loadSchema();
  const examples: DocumentedOperation[] = [];
  for (const example of ideExamples) {
    const document = parse(example.query);
    for (const operation of operationsOf(document)) {
      examples.push({
        origin: 'IDE example',
        source: `web/src/examples.ts "${example.title}"`,
        name: operation.name?.value,
        query: example.query,
        variables: parseVariables(example.variables, `web/src/examples.ts "${example.title}"`),
        type: operation.operation,
        unresolved: [],
        answersWithError: false,
      });
    }
  }
  for (const file of docFiles()) {
    for (const { operation: block, answer } of graphqlExamples(file)) {
      const answersWithError = answer !== undefined && /"errors"\s*:/.test(answer.text);
      for (const operation of operationsOf(parse(block.text))) {
        examples.push({ origin: 'docs example', source: `${file}:${block.line}`, name: operation.name?.value, query: block.text, variables: {}, type: operation.operation, unresolved: [], answersWithError });
      }
    }
  }

  // Values for the typed operations' variables, from what the examples pass for the same argument.
  const known = argumentValues(
    schema,
    examples.map((e) => ({ document: parse(e.query), variables: e.variables })),
  );
  const files = readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
  const sources = files.map((f) => ({ file: `client/operations/${f}`, text: readFileSync(path.join(OPERATIONS_DIR, f), 'utf8') }));
  const parsed = sources.map((s) => ({ ...s, document: parse(s.text) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  const textOf = new Map<DefinitionNode, string>();
  for (const { document, text } of parsed) {
    for (const definition of document.definitions) {
      textOf.set(definition, definition.loc ? text.slice(definition.loc.start, definition.loc.end) : '');
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const typed: DocumentedOperation[] = parsed.flatMap(({ file, document }) =>
    operationsOf(document).map((operation) => {
      const coordinates = variableCoordinates(schema, operation, fragments);
      const variables: Record<string, unknown> = {};
      const unresolved: string[] = [];
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        if (definition.type.kind !== Kind.NON_NULL_TYPE || definition.defaultValue) continue;
        const coordinate = coordinates.get(name);
        const value = coordinate ? known.get(coordinate) : undefined;
        if (value === undefined) unresolved.push(`$${name}${coordinate ? ` (${coordinate})` : ''}`);
        else variables[name] = value;
      }
      const kindVariable = operation.selectionSet.selections.flatMap((s) =>
        s.kind === Kind.FIELD && (s.name.value === 'entity' || s.name.value === 'node')
          ? (s.arguments ?? []).flatMap((a) => (a.name.value === 'id' && a.value.kind === Kind.VARIABLE ? [a.value.name.value] : []))
          : [],
      )[0];
      return {
        ...(kindVariable ? { kindVariable } : {}),
        origin: 'typed operation' as const,
        source: file,
        name: operation.name?.value,
        query: documentFor(operation, fragments, (d) => textOf.get(d) ?? ''),
        variables,
        type: operation.operation,
        unresolved,
        answersWithError: false,
      };
    }),
  );
  // Which two entities does not matter (ids are parameters): two the examples use.
  const [from, to] = [known.get('Query.paths.from'), known.get('Query.entity.id')].map(String);
  const explorer: DocumentedOperation[] = Object.entries(EXPLORER_REQUESTS).map(([name, variablesFor]) => {
    const operation = typed.find((o) => o.name === name);
    if (!operation) throw new Error(`web/src/explore/fixedVariables.ts names ${name}, which client/operations does not have`);
    return { ...operation, origin: 'explorer request', source: `web/src/explore/fixedVariables.ts "${name}"`, variables: variablesFor(from!, to!) };
  });
  return [...typed, ...explorer, ...examples];
}
